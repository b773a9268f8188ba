#!/usr/bin/env node
// Serves the built dashboard and the example host page (examples/intranet.html) on two origins,
// each under its Content-Security-Policy, until Ctrl-C. Build first: npm run build.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/example-host.ts', {
  configFile: false,
  logLevel: 'silent',
});
const servers = await module.startExample();
console.log(`dashboard:    ${servers.app.url}`);
console.log(`example page: ${servers.pageUrl}`);
console.log('Ctrl-C to stop.');
process.on('SIGINT', async () => {
  await servers.close();
  process.exit(0);
});
