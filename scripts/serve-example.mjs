#!/usr/bin/env node
// Serves the built dashboard and the example host pages (examples/intranet.html, and
// examples/cms-stripped.html as a CMS rewrites it) on two origins, each under its
// Content-Security-Policy, until Ctrl-C. Build first: npm run build (YRD_DIST=dist-x for another folder).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/example-host.ts', {
  configFile: false,
  logLevel: 'silent',
});
const servers = await module.startExample();
console.log(`dashboard:    ${servers.app.url}`);
console.log(`example page: ${servers.pageUrl}`);
console.log(`CMS-stripped: ${servers.urlOf('cms-stripped')}`);
console.log('Ctrl-C to stop.');
process.on('SIGINT', async () => {
  await servers.close();
  process.exit(0);
});
