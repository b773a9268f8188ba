#!/usr/bin/env node
// npm run bench [-- --quick] [-- --fail-on-bytes] [-- --wait-quiet[=SECONDS]]: see tests/bench/run-bench.ts.
// With --fail-on-bytes it exits non-zero when a bytes budget falls short (bytes are stable; timings
// are not, so they never fail the run). With --wait-quiet it waits up to SECONDS (300 if not given)
// for the machine to be quiet before it starts (see tests/bench/load.ts); it starts anyway after that.
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const waitArg = args.findIndex((a) => a === '--wait-quiet' || a.startsWith('--wait-quiet='));
let waitQuiet = 0;
if (waitArg >= 0) {
  const arg = args[waitArg];
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[waitArg + 1];
  waitQuiet = value !== undefined && /^\d+$/.test(value) ? Number(value) : 300;
}
const { module } = await runnerImport('./tests/bench/run-bench.ts', {
  configFile: false,
  logLevel: 'silent',
});
const { rows } = await module.runBench({ quick, waitQuiet });
if (process.argv.includes('--fail-on-bytes')) {
  const short = rows.filter((r) => r.metric.includes('(gzip)') && r.verdict === 'falls short');
  if (short.length) {
    console.error(`bench: ${short.length} bytes budget(s) fall short`);
    process.exit(1);
  }
}
