#!/usr/bin/env node
// Takes screenshots of dist/ (build first; YRD_DIST=dist-x for another build folder).
// Usage: npm run shots [-- "metric=homicides&theme=dark" [out-dir]]
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/support/shots.ts', {
  configFile: false,
  logLevel: 'silent',
});
const files = await module.takeShots(process.argv[3] ?? 'tests/artifacts', process.argv[2] ?? '');
console.log(files.join('\n'));
