import { parseDataset } from '../data/load';
import { DatasetError, type Problem } from '../data/problems';
import { checkProvenance, checkReports } from '../data/provenance';
import type { DatasetFile, Datasets } from './datasets';

export interface FileReport {
  file: string;
  problems: Problem[];
  /** A file that fails its schema is not checked against the article (its figures cannot be read yet). */
  articleUnchecked?: boolean;
}

/**
 * Validates data files against their schemas and the article. `files` maps a file name to its
 * text (or undefined when the file is missing); `datasets` are the files to check with their
 * schemas, the registry's DATASETS (src/modes/panel-registry.tsx). Pure, so the same check runs in
 * the CLI and in tests.
 */
export function checkDataFiles(
  files: Partial<Record<DatasetFile, string | undefined>>,
  article: string,
  datasets: Datasets,
): FileReport[] {
  const reports: FileReport[] = [{ file: 'src/data/reports.ts', problems: checkReports(article) }];
  for (const [file, schema] of Object.entries(datasets)) {
    const text = files[file];
    if (text === undefined) {
      reports.push({ file, problems: [{ path: '', message: 'the file is missing' }] });
      continue;
    }
    try {
      const data = parseDataset(file, text, schema);
      reports.push({ file, problems: checkProvenance(data, article) });
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      reports.push({ file, problems: [...e.problems], articleUnchecked: true });
    }
  }
  return reports;
}

/** The report as a deployer reads it in a terminal; `words` puts each problem in another language
 *  (`npm run check-data -- --lang zh`: i18n/problems.ts's Chinese, as the page shows it). */
export function formatCheckReport(
  reports: readonly FileReport[],
  words: (message: string) => string = (m) => m,
): string {
  return reports
    .map((r) =>
      r.problems.length === 0
        ? `✓ ${r.file}`
        : [
            `✗ ${r.file}`,
            ...r.problems.map((p) => `    ${p.path || '(whole file)'}: ${words(p.message)}`),
            ...(r.articleUnchecked
              ? [
                  '    (its figures and sentences are checked against the article once these are fixed)',
                ]
              : []),
          ].join('\n'),
    )
    .join('\n');
}
