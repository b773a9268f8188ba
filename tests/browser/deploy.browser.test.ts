import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import { panelStatuses } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';
import { STRICT_CSP } from '../support/server';

const DIST = resolve(process.env.YRD_DIST ?? 'dist');

/** Every response of the page with a status of 400 or more (a wrong relative URL shows up here). */
function failedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A request cut short by a reload is not a broken URL; a wrong one is a 404 above.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${r.url()}`);
  });
  return failed;
}

describeBrowser('the build served under a sub-path (/a/b/) with the strict CSP', () => {
  const app = useApp({ base: '/a/b/' });

  it('draws the dashboard, fetching data/*.json from beside it', async () => {
    const { page, context, cspViolations, foreignRequests, pageErrors } = await app.open();
    // Watch a second, complete load (a reload while the first is in flight would abort requests).
    await panelsSettled(page);
    const failed = failedResponses(page);
    const data: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname);
    });
    await page.reload();
    await panelsSettled(page);
    await chartsDrawn(page);
    const panels = await panelStatuses(page);
    expect(panels).toEqual(PANEL_IDS.map((id) => [id, 'success']));
    expect(data).toContain('/a/b/data/crime.json');
    expect(data.every((p) => p.startsWith('/a/b/data/'))).toBe(true);
    expect({ failed, cspViolations, foreignRequests, pageErrors }).toEqual({
      failed: [],
      cspViolations: [],
      foreignRequests: [],
      pageErrors: [],
    });
    await context.close();
  });

  it("marks the code of the first screen, and only that, for V8's eager compilation", async () => {
    // vite.config.ts' compileHints(): the files the page runs before a click start with the hint.
    const hint = '//# allFunctionsCalledOnLoad\n';
    const { page, context } = await app.open();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script')
        scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
    });
    await page.reload();
    await panelsSettled(page);
    await chartsDrawn(page);
    await context.close();
    const starts = (file: string) =>
      readFileSync(join(DIST, 'assets', file), 'utf8').startsWith(hint);
    // A file the first load was still asking for may be asked for again by the reload.
    const appFiles = [...new Set(scripts)].filter((f) => f !== 'browser-check.js');
    expect(appFiles.filter((f) => f.startsWith('echarts-'))).toHaveLength(1);
    expect(appFiles.filter((f) => !starts(f))).toEqual([]);
    const onClick = readdirSync(join(DIST, 'assets')).filter((f) =>
      /^(present-mode|deck-pptx|export)-.*\.js$/.test(f),
    );
    expect(onClick).toHaveLength(3);
    expect(onClick.filter(starts)).toEqual([]);
  });

  it('serves the embed and its host script from the same sub-path', async () => {
    const { page, context, cspViolations, pageErrors } = await app.open(
      'embed.html?panel=crime-trend&lang=en',
    );
    await panelsSettled(page);
    const failed = failedResponses(page);
    await page.reload();
    await panelsSettled(page);
    expect(await page.locator('[data-panel="crime-trend"]').getAttribute('data-status')).toBe(
      'success',
    );
    const script = await page.request.get(`${app.server.url}embed.js`);
    expect(script.status()).toBe(200);
    expect(await script.text()).toContain('yrd-dashboard:resize');
    expect({ failed, cspViolations, pageErrors }).toEqual({
      failed: [],
      cspViolations: [],
      pageErrors: [],
    });
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// deploy/nginx.conf, run by the real nginx (Debian: apt-get install -y nginx-light).

// NGINX_PATH points at another binary (a path that does not exist: behave as if nginx were missing).
const NGINX = process.env.NGINX_PATH
  ? existsSync(process.env.NGINX_PATH)
    ? process.env.NGINX_PATH
    : undefined
  : ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) =>
      existsSync(p),
    );
if (!NGINX) {
  const banner = [
    '',
    '################################################################################',
    '#  NO NGINX FOUND: deploy/nginx.conf was NOT tested.                           #',
    '#  Install it with:  sudo apt-get install -y nginx-light                       #',
    '#  (With CI=true a missing nginx fails the run.)                               #',
    '################################################################################',
    '',
  ].join('\n');
  console.error(banner);
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true and no nginx: deploy/nginx.conf must be tested in CI (apt-get install -y nginx-light).',
    );
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** deploy/nginx.conf with only its `listen` and `alias` lines pointed at this machine, inside a minimal http block. */
function nginxConfig(prefix: string, port: number): string {
  const site = readFileSync(resolve('deploy/nginx.conf'), 'utf8');
  const listen = 'listen 80;';
  const alias = 'alias /srv/yrd-dashboard/dist/;';
  if (!site.includes(listen) || !site.includes(alias))
    throw new Error(
      `deploy/nginx.conf must keep the lines "${listen}" and "${alias}" (the test points them here)`,
    );
  const tested = site
    .replace(listen, `listen 127.0.0.1:${port};`)
    .replace(alias, `alias ${DIST}/;`);
  writeFileSync(join(prefix, 'yrd-dashboard.conf'), tested);
  const mime = existsSync('/etc/nginx/mime.types')
    ? 'include /etc/nginx/mime.types;'
    : 'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; }';
  return [
    'daemon off;',
    'worker_processes 1;',
    // Started as root (CI), the workers would drop to "nobody", who may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  ${mime}`,
    '  default_type application/octet-stream;',
    `  access_log ${prefix}/access.log;`,
    `  client_body_temp_path ${prefix}/tmp/body;`,
    `  proxy_temp_path ${prefix}/tmp/proxy;`,
    `  fastcgi_temp_path ${prefix}/tmp/fastcgi;`,
    `  uwsgi_temp_path ${prefix}/tmp/uwsgi;`,
    `  scgi_temp_path ${prefix}/tmp/scgi;`,
    `  include ${prefix}/yrd-dashboard.conf;`,
    '}',
    '',
  ].join('\n');
}

const describeNginx = NGINX ? describeBrowser : describe.skip;

describeNginx('deploy/nginx.conf under the real nginx, dist/ under /yrd/', () => {
  let nginx: ChildProcess | undefined;
  let prefix: string;
  let base: string;
  let browser: Browser;
  const log: string[] = [];

  beforeAll(async () => {
    prefix = mkdtempSync(join(tmpdir(), 'yrd-nginx-'));
    mkdirSync(join(prefix, 'tmp'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    writeFileSync(join(prefix, 'nginx.conf'), nginxConfig(prefix, port));
    const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
    const check = spawn(NGINX as string, [...args, '-t'], { stdio: 'pipe' });
    const checkOut: string[] = [];
    check.stderr?.on('data', (d) => checkOut.push(String(d)));
    const code = await new Promise((ok) => check.on('exit', ok));
    if (code !== 0) throw new Error(`nginx -t rejects the configuration:\n${checkOut.join('')}`);
    nginx = spawn(NGINX as string, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr?.on('data', (d) => log.push(String(d)));
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await fetch(`${base}/`);
        break;
      } catch {
        if (Date.now() > deadline || nginx.exitCode !== null)
          throw new Error(`nginx did not start:\n${log.join('')}`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((ok) => nginx?.once('exit', ok));
      nginx.kill('SIGQUIT');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it('redirects /yrd to /yrd/ (keeping the query string) with a relative Location', async () => {
    for (const [from, to] of [
      ['/yrd', '/yrd/'],
      ['/yrd?lang=en&region=anhui', '/yrd/?lang=en&region=anhui'],
    ]) {
      const r = await fetch(`${base}${from}`, { redirect: 'manual' });
      expect(r.status).toBe(301);
      expect(r.headers.get('location')).toBe(to);
    }
    expect((await fetch(`${base}/other/`)).status).toBe(404);
  });

  it('sends the CSP and no-cache on pages, a year on hashed assets, a short cache on data', async () => {
    for (const page of ['/yrd/', '/yrd/index.html', '/yrd/embed.html']) {
      const r = await fetch(`${base}${page}`);
      expect(r.status, page).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('content-security-policy')).toBe(STRICT_CSP);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const assets = readdirSync(join(DIST, 'assets'));
    const js = assets.find((f) => f.endsWith('.js'));
    const css = assets.find((f) => f.endsWith('.css'));
    const floorJs = readdirSync(join(DIST, 'floor/assets')).find((f) => f.endsWith('.js'));
    for (const f of [`assets/${js}`, `assets/${css}`, `floor/assets/${floorJs}`]) {
      const r = await fetch(`${base}/yrd/${f}`);
      expect(r.status, f).toBe(200);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${base}/yrd/assets/${js}`)).headers.get('content-type')).toMatch(
      /javascript/,
    );
    const data = await fetch(`${base}/yrd/data/crime.json`);
    expect(data.status).toBe(200);
    expect(data.headers.get('content-type')).toMatch(/^application\/json/);
    const maxAge = Number(data.headers.get('cache-control')?.match(/max-age=(\d+)/)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(600);
    expect(JSON.parse(await data.text())).toHaveProperty('dataset', 'crime');
    const embedJs = await fetch(`${base}/yrd/embed.js`);
    expect(embedJs.status).toBe(200);
    expect(embedJs.headers.get('cache-control')).toBe('public, max-age=3600');
    // A replaced data file is revalidated, not served stale: the validator is there.
    expect(data.headers.get('last-modified') ?? data.headers.get('etag')).toBeTruthy();
  });

  it.each([
    ['the dashboard', '/yrd', PANEL_IDS],
    ['an embed', '/yrd/embed.html?panel=crime-trend&lang=en', ['crime-trend']],
  ])(
    '%s works in Chromium with no CSP violation and no failed request',
    async (_what, path, ids) => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const failed = failedResponses(page);
      const csp: string[] = [];
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.exposeFunction('__reportCsp', (v: string) => csp.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      await page.goto(`${base}${path}`);
      expect(new URL(page.url()).pathname).toMatch(/^\/yrd\//);
      await panelsSettled(page);
      await chartsDrawn(page);
      const panels = await panelStatuses(page);
      expect(panels).toEqual(ids.map((id) => [id, 'success']));
      // Redirect responses (301) are not failures; everything else must have loaded.
      expect({ failed: failed.filter((f) => !f.startsWith('301')), csp, errors }).toEqual({
        failed: [],
        csp: [],
        errors: [],
      });
      await context.close();
    },
  );
});
