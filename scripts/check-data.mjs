#!/usr/bin/env node
// Validates every data file of the registry's panels (src/modes/panel-registry.tsx), in data/ or
// the folder given, against its schema and the article.
// Usage: npm run check-data [-- path/to/data]; `--list` prints the registry's data files, one a line.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/panels/check-data.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { DATASETS, DATASET_FILES } = (
  await runnerImport('./src/modes/panel-registry.tsx', { configFile: false, logLevel: 'silent' })
).module;
if (process.argv[2] === '--list') {
  console.log(DATASET_FILES.join('\n'));
  process.exit(0);
}
const dir = resolve(process.argv[2] ?? 'data');

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
console.log(module.formatCheckReport(reports));
const count = reports.reduce((n, r) => n + r.problems.length, 0);
if (count > 0) {
  console.error(`\ncheck-data: ${count} problem${count === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(
  `\ncheck-data: all ${reports.length - 1} data files valid, every sentence found in the article.`,
);
