import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { drawAllCharts } from './charts';
import { findChromium, launchChromium, missingBrowserMessage } from './chromium';
import { hasPanel } from './panel-ids';
import { type StaticServer, type StaticServerOptions, serveStatic } from './server';

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(missingBrowserMessage());
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true and no Chromium: browser tests must run in CI. Install chromium (apt-get install -y chromium fonts-noto-cjk).',
    );
}

/** `describe` for browser tests: skipped loudly when no Chromium is installed (a failure under CI=true). */
export const describeBrowser = chromiumPath ? describe : describe.skip;

/** One panel's own browser tests: they run while the registry has the panel (removing it removes them). */
export const describePanel = (id: string) => (hasPanel(id) ? describeBrowser : describe.skip);

export interface AppHarness {
  browser: Browser;
  server: StaticServer;
  /** A fresh page in a fresh context that records console errors, page errors and requests leaving the origin. */
  open(
    path?: string,
    options?: {
      viewport?: { width: number; height: number };
      /** A phone: touch events and the mobile viewport (taps with page.touchscreen). */
      touch?: boolean;
      reducedMotion?: 'reduce' | 'no-preference';
      /** Install Playwright's fake clock before the page loads (to run timeouts forward). */
      clock?: boolean;
      /** A script run before the page's own (to take a feature away, say). */
      initScript?: string | (() => void);
    },
  ): Promise<OpenedPage>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the app's (blocked, and counted). */
  foreignRequests: string[];
  cspViolations: string[];
}

/** Starts the static server on dist/ and one Chromium for the file; stops both after it. */
export function useApp(options: StaticServerOptions = {}): AppHarness {
  const harness = {} as AppHarness;
  beforeAll(async () => {
    harness.server = await serveStatic(options);
    harness.browser = await launchChromium();
    harness.open = async (path = '', opts: Parameters<AppHarness['open']>[1] = {}) => {
      const context = await harness.browser.newContext({
        viewport: opts.viewport ?? { width: 1440, height: 900 },
        reducedMotion: opts.reducedMotion ?? 'reduce',
        ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
      });
      const page = await context.newPage();
      const opened: OpenedPage = {
        page,
        context,
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        cspViolations: [],
      };
      const origin = new URL(harness.server.url).origin;
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        opened.foreignRequests.push(url);
        return route.abort();
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') opened.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => opened.pageErrors.push(err.message));
      await page.exposeFunction('__reportCsp', (v: string) => opened.cspViolations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
            `${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      if (opts.clock) await page.clock.install();
      if (opts.initScript) await page.addInitScript(opts.initScript);
      await page.goto(harness.server.url + path);
      return opened;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** Waits until every chart on the page has drawn (scrolling each one into view, as a reader would). */
export async function chartsDrawn(page: Page, timeout = 40_000) {
  await drawAllCharts(page, timeout);
}

/** Waits until no panel is still loading. */
export async function panelsSettled(page: Page, timeout = 20_000) {
  await page.waitForFunction(
    () =>
      // A baked page (src/bake/) arrives with its panels settled: wait for the app to take it over
      // (hydrated, or rendered anew where its data changed or failed), whose panels are the ones judged.
      (!document.getElementById('yrd-bake') ||
        ['hydrated', 'replaced', 'live'].includes(document.documentElement.dataset.baked ?? '')) &&
      document.querySelectorAll('[data-panel]').length > 0 &&
      document.querySelectorAll('[data-panel][data-status="pending"]').length === 0,
    undefined,
    { timeout },
  );
}
