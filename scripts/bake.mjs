#!/usr/bin/env node
// Re-bakes an existing dist/ from its own data/*.json, without a rebuild (see src/bake/bake-dist.ts):
// after a deployer replaced a data file. Validates first: a broken file is refused with
// check-data's report and the page is left as it was. Usage: npm run bake [-- path/to/dist]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const dist = resolve(process.argv[2] ?? 'dist');
const { module } = await runnerImport('./src/bake/bake-dist.ts', {
  configFile: false,
  logLevel: 'silent',
});
try {
  const { ms, hashes } = await module.bakeDist(dist, (url) => import(url));
  console.log(
    `bake: ${dist}/index.html and embed.html baked in ${ms} ms from ${Object.keys(hashes).join(', ')}`,
  );
} catch (error) {
  if (!(error instanceof module.BakeRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
