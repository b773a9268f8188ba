import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';

/**
 * Builds the offline single file (npm run build:single) from the current sources into a new
 * temporary folder named `prefix…` (about 2 s), so no stale dist-single/ is tested by mistake.
 * Returns the folder (for the caller to remove) and the file's path.
 */
export function buildSingleFile(prefix: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const vite = resolve('node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'single', '--outDir', dir, '--logLevel', 'warn'],
    // The test runner's NODE_ENV (test) would give React's development build.
    { encoding: 'utf8', timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (run.status !== 0) throw new Error(`build:single failed\n${run.stdout}\n${run.stderr}`);
  return { dir, file: join(dir, 'yrd-dashboard.html') };
}

/**
 * A browser context for the single file opened from disk with the network cut off: it may read
 * only the file itself (and data:/blob: URLs); every other request is aborted and recorded.
 */
export async function offlineContext(
  browser: Browser,
  file: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; self: string; requests: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.setOffline(true);
  const self = pathToFileURL(file).href;
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.split(/[?#]/)[0] === self || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    requests.push(url);
    return route.abort();
  });
  return { context, self, requests };
}
