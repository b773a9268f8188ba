import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  launchOldChromium,
  OLD_VERSIONS,
  type OldVersion,
  requireOldChromium,
} from './old-chromium';
import { PANEL_IDS } from './panel-ids';
import { type StaticServer, type StaticServerOptions, serveStatic } from './server';
import { buildSingleFile } from './single-file';

export { PANEL_IDS };

/**
 * `describe` once per old version, skipped loudly when that browser cannot be had (a failure
 * under CI=true, thrown while the file is collected).
 */
export function describeEachOld(title: string, body: (version: OldVersion) => void) {
  for (const version of OLD_VERSIONS) {
    const path = requireOldChromium(version);
    (path ? describe : describe.skip)(`Chromium ${version}: ${title}`, () => body(version));
  }
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
  /** Requests the page was not allowed to make (aborted). */
  foreignRequests: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Cut the network (for the single file). */
  offline?: boolean;
  /** A phone: touch events and the mobile viewport meta (tests/support/phone.ts). */
  touch?: boolean;
}

/** A fresh page in a fresh context, recording page errors, console errors, CSP violations and stray requests. */
export async function openPage(
  browser: Browser,
  url: string,
  allowed: (url: string) => boolean,
  options: OpenOptions = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  if (options.offline) await context.setOffline(true);
  const page = await context.newPage();
  const opened: Opened = {
    page,
    context,
    pageErrors: [],
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
  };
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (allowed(u) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    opened.foreignRequests.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => opened.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.consoleErrors.push(m.text());
  });
  await page.exposeFunction('__reportCsp', (v: string) => opened.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(url);
  return opened;
}

/**
 * The window `action` opens from the page (the presenter console), watched as openPage watches a
 * page: its page errors, console errors and CSP violations; its requests go through the context's
 * route, so a stray one lands in the opener's `foreignRequests`. Call it once per context.
 */
export async function openedWindow(o: Opened, action: () => Promise<unknown>): Promise<Opened> {
  const opened: Opened = {
    page: o.page,
    context: o.context,
    pageErrors: [],
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: o.foreignRequests,
  };
  await o.context.exposeBinding('__reportWindowCsp', (_source, v: string) =>
    opened.cspViolations.push(v),
  );
  await o.context.addInitScript(() => {
    if (!window.opener) return;
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportWindowCsp: (v: string) => void }).__reportWindowCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  const [page] = await Promise.all([
    o.context.waitForEvent('page').then((p) => {
      p.on('pageerror', (e) => opened.pageErrors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') opened.consoleErrors.push(m.text());
      });
      return p;
    }),
    action(),
  ]);
  opened.page = page;
  return opened;
}

export interface OldApp {
  browser: Browser;
  server: StaticServer;
  /** Opens a path under the production build (YRD_DIST or dist/), served with the strict CSP. */
  open(path?: string, options?: OpenOptions): Promise<Opened>;
}

/** One old Chromium and one static server for the describe block; both closed after it. */
export function useOldApp(version: OldVersion, serverOptions: StaticServerOptions = {}): OldApp {
  const app = {} as OldApp;
  beforeAll(async () => {
    app.server = await serveStatic(serverOptions);
    app.browser = await launchOldChromium(version);
    const origin = new URL(app.server.url).origin;
    app.open = (path = '', options = {}) =>
      openPage(app.browser, app.server.url + path, (u) => u.startsWith(`${origin}/`), options);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

export interface PanelState {
  id: string;
  status: string | null;
  chart: string | null;
  /** Marks in the chart's SVG: paths (lines, bars, axes) and text. */
  paths: number;
  texts: number;
  /** What the panel says when it did not succeed (an error, a fetch failure). */
  says: string;
}

/** Each panel's status and its chart's state, read from the DOM. */
export function panelStates(page: Page): Promise<PanelState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-panel]')].map((p) => {
      const chart = p.querySelector('[data-chart]');
      const svg = chart?.querySelector('svg');
      const status = p.getAttribute('data-status');
      return {
        id: p.getAttribute('data-panel') ?? '',
        status,
        chart: chart?.getAttribute('data-chart-state') ?? null,
        paths: svg?.querySelectorAll('path').length ?? 0,
        texts: svg?.querySelectorAll('text').length ?? 0,
        says: status === 'success' ? '' : (p.textContent ?? '').trim().slice(0, 240),
      };
    }),
  );
}

/** A chart counts as drawn when ECharts finished it and its SVG holds marks and labels. */
export const MIN_PATHS = 5;
export const MIN_TEXTS = 3;

const drawnIn = (states: PanelState[], ids: string[]) =>
  ids.every((id) => {
    const s = states.find((p) => p.id === id);
    return (
      s?.status === 'success' &&
      s.chart === 'finished' &&
      s.paths >= MIN_PATHS &&
      s.texts >= MIN_TEXTS
    );
  });

/** What the page shows and reported, for a failure message. */
export async function describeState(o: Opened): Promise<string> {
  let states: PanelState[] | string;
  let where = '';
  try {
    states = await panelStates(o.page);
    where = await o.page.evaluate(() => location.href);
  } catch (e) {
    states = `(page not readable: ${(e as Error).message})`;
  }
  return JSON.stringify(
    {
      url: where,
      panels: states,
      pageErrors: o.pageErrors,
      consoleErrors: o.consoleErrors,
      cspViolations: o.cspViolations,
    },
    null,
    2,
  );
}

/**
 * Polls `check` (in Node, so it may read the DOM through page.evaluate) until it is true. A timeout
 * names what was awaited and the page's state; so does a page error, or `giveUp` when it returns a
 * reason early (a state the page does not leave by itself).
 */
export async function waitUntil(
  o: Opened,
  what: string,
  check: () => Promise<boolean>,
  timeout = 25_000,
  giveUp?: () => Promise<string | undefined>,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let ok = false;
    try {
      ok = await check();
    } catch {}
    if (ok) return;
    // Every test ends by asserting no page error, so one is a failure already: stop waiting.
    const reason =
      Date.now() > deadline
        ? `timed out after ${timeout} ms`
        : o.pageErrors.length > 0
          ? 'a page error'
          : await giveUp?.();
    if (reason) throw new Error(`${reason} waiting for ${what}\n${await describeState(o)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Scrolls to the bottom in steps of most of a screen, letting each step's charts start, then back to the top. */
export async function scrollThrough(page: Page) {
  for (let i = 0; i < 40; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(120);
    if (atEnd) break;
  }
}

/**
 * Scrolls through the page as a reader would and waits until the given panels have succeeded and
 * their charts are drawn. A chart still waiting is scrolled to (a panel below may have grown).
 */
export async function chartsDrawn(o: Opened, ids = PANEL_IDS, timeout = 30_000) {
  const started = Date.now();
  await scrollThrough(o.page);
  await waitUntil(
    o,
    `the charts of ${ids.join(', ')} drawn`,
    async () => {
      const states = await panelStates(o.page);
      if (drawnIn(states, ids)) return true;
      await o.page.evaluate(() => {
        const pending = [...document.querySelectorAll('[data-chart]')].find(
          (c) => c.getAttribute('data-chart-state') !== 'finished',
        );
        pending?.scrollIntoView({ block: 'center' });
      });
      return false;
    },
    timeout,
    // States the page does not leave by itself: fail at once rather than at the timeout.
    async () => {
      const states = await panelStates(o.page);
      const failed = states.filter((s) => ids.includes(s.id) && s.status === 'error');
      if (failed.length > 0) return `panel ${failed.map((s) => s.id).join(', ')} in error`;
      if (states.length === 0 && o.consoleErrors.length > 0 && Date.now() - started > 5000)
        return 'no panel after 5 s and a console error';
      return undefined;
    },
  );
}

export const text = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);

export const attr = (page: Page, selector: string, name: string) =>
  page.evaluate(({ s, n }) => document.querySelector(s)?.getAttribute(n) ?? null, {
    s: selector,
    n: name,
  });

export const exists = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s) !== null, selector);

/** A real click (CDP mouse input, so a user gesture) in the middle of the element, scrolled into view first. */
export async function click(page: Page, selector: string) {
  const at = await page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2] as const;
  }, selector);
  if (!at) throw new Error(`nothing matches ${selector}`);
  await page.mouse.click(at[0], at[1]);
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/**
 * Clicks the element and returns the file it downloads. Playwright's download event needs the
 * Browser.downloadWillBegin event, which Chromium 86 never sends; so, on both versions alike, the
 * page's own CDP session saves downloads into a fresh folder (Page.setDownloadBehavior) and reports
 * them (Page.downloadWillBegin, Page.downloadProgress). When none comes, the error names what the
 * page said instead (an export that fails flashes its reason in the panel's status line).
 */
export async function download(o: Opened, selector: string, timeout = 20_000): Promise<Downloaded> {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-old-download-'));
  const cdp = await o.context.newCDPSession(o.page);
  try {
    let name = '';
    let failed = '';
    let done = false;
    cdp.on('Page.downloadWillBegin', (e) => {
      name = e.suggestedFilename;
    });
    cdp.on('Page.downloadProgress', (e) => {
      if (e.state === 'completed') done = true;
      if (e.state === 'canceled') failed = 'the download was canceled';
    });
    await cdp.send('Page.enable');
    await cdp.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await click(o.page, selector);
    const deadline = Date.now() + timeout;
    while (!(done && name) && !failed && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    if (!(done && name)) {
      const said = await o.page
        .evaluate(() =>
          [...document.querySelectorAll('[role="status"]')]
            .map((s) => s.textContent?.trim())
            .filter(Boolean),
        )
        .catch(() => []);
      throw new Error(
        `no download within ${timeout} ms of a click on ${selector}${failed ? ` (${failed})` : ''}; status lines: ${JSON.stringify(said)}\n${await describeState(o)}`,
      );
    }
    return { name, bytes: readFileSync(join(dir, name)) };
  } finally {
    await cdp.detach().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ARTIFACTS = 'tests/artifacts/old';

/**
 * A screenshot for a person to look at: tests/artifacts/old/<version>/<name>.png. A full page is
 * taken with the viewport stretched to the page's height: Chromium 86 paints nothing beyond the
 * viewport in a full-page capture (captureBeyondViewport came later), and 109 is shot the same way.
 */
export async function shot(page: Page, version: OldVersion, name: string, fullPage = false) {
  const dir = join(ARTIFACTS, version);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = page.viewportSize();
  if (fullPage && viewport) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({
      width: viewport.width,
      height: Math.max(height, viewport.height),
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path });
    await page.setViewportSize(viewport);
  } else {
    await page.waitForTimeout(200);
    await page.screenshot({ path });
  }
  return path;
}

/** The three lists that must stay empty on every page. */
export const problems = (o: Opened) => ({
  pageErrors: o.pageErrors,
  consoleErrors: o.consoleErrors,
  cspViolations: o.cspViolations,
  foreignRequests: o.foreignRequests,
});

export const NO_PROBLEMS = {
  pageErrors: [],
  consoleErrors: [],
  cspViolations: [],
  foreignRequests: [],
};

/**
 * The offline single file (npm run build:single) for the file's tests. YRD_SINGLE=path/to/file
 * tests a file already built (e.g. dist-single/yrd-dashboard.html); otherwise one is built from the
 * current sources into a temporary folder (about 2 s), as tests/browser/single-file.browser.test.ts
 * does, so neither a stale dist-single/ nor a parallel build of it is ever tested by mistake.
 */
export function singleFileFixture(): { path: string } {
  const single = { path: '' };
  let tmp: string | undefined;
  beforeAll(() => {
    if (process.env.YRD_SINGLE) {
      single.path = resolve(process.env.YRD_SINGLE);
      if (!existsSync(single.path)) throw new Error(`YRD_SINGLE=${single.path}: no such file`);
      return;
    }
    const built = buildSingleFile('yrd-old-single-');
    tmp = built.dir;
    single.path = built.file;
  }, 180_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  return single;
}
