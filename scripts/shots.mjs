#!/usr/bin/env node
// Takes screenshots of dist/ (build first). Usage: npm run shots [-- "metric=homicides&theme=dark"]
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/support/shots.ts', {
  configFile: false,
  logLevel: 'silent',
});
const files = await module.takeShots('tests/artifacts', process.argv[2] ?? '');
console.log(files.join('\n'));
