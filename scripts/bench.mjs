#!/usr/bin/env node
// npm run bench [-- --quick] [-- --bytes-budget]: see tests/bench/run-bench.ts.
// With --fail-on-bytes it exits non-zero when a bytes budget falls short (bytes are stable; timings
// are not, so they never fail the run).
import { runnerImport } from 'vite';

const quick = process.argv.includes('--quick');
const { module } = await runnerImport('./tests/bench/run-bench.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { rows } = await module.runBench({ quick });
if (process.argv.includes('--fail-on-bytes')) {
  const short = rows.filter((r) => r.metric.includes('(gzip)') && r.verdict === 'falls short');
  if (short.length) {
    console.error(`bench: ${short.length} bytes budget(s) fall short`);
    process.exit(1);
  }
}
