#!/usr/bin/env node
// Validates every data file of the registry's panels (src/modes/panel-registry.tsx), in data/ or
// the folder given, against its schema and the article.
// Usage: npm run check-data [-- path/to/data] [--lang zh]; `--list` prints the registry's data files,
// one a line. (--lang zh: each problem in Chinese, as the dashboard's Chinese page words it.)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : 'en';

const { module } = await runnerImport('./src/panels/check-data.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { DATASETS, DATASET_FILES } = (
  await runnerImport('./src/modes/panel-registry.tsx', { configFile: false, logLevel: 'silent' })
).module;
if (args.includes('--list')) {
  console.log(DATASET_FILES.join('\n'));
  process.exit(0);
}
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1)) ?? 'data',
);

const articlePath = join(dir, 'article.txt');
if (!existsSync(articlePath)) {
  console.error(
    `check-data: ${articlePath} is missing; the source article must sit beside the data files.`,
  );
  process.exit(2);
}
const files = Object.fromEntries(
  DATASET_FILES.map((f) => [
    f,
    existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined,
  ]),
);
const reports = module.checkDataFiles(files, readFileSync(articlePath, 'utf8'), DATASETS);
const { problemText } = (
  await runnerImport('./src/i18n/problems.ts', { configFile: false, logLevel: 'silent' })
).module;
console.log(module.formatCheckReport(reports, (m) => problemText(m, lang === 'zh' ? 'zh' : 'en')));
const count = reports.reduce((n, r) => n + r.problems.length, 0);
if (count > 0) {
  console.error(`\ncheck-data: ${count} problem${count === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(
  `\ncheck-data: all ${reports.length - 1} data files valid, every sentence found in the article.`,
);
