import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};

/** gzip -9 size in bytes of a built file. */
export function gzipSize(root: string, file: string): number {
  return gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
}

export interface LoadBytes {
  /** JS and CSS fetched before the first figure was readable. */
  beforeFigure: string[];
  /** All JS and CSS the page fetched until every chart was drawn. */
  all: string[];
}

/**
 * The asset paths (relative to the build) a page loads, split at the moment the first figure is
 * readable: a resource counts as "before" when it had arrived by that moment (Resource Timing
 * responseEnd); a chunk still downloading when the figure showed was not needed to read it.
 */
export async function assetsLoaded(
  browser: Browser,
  url: string,
  firstFigure: string,
  done: (page: Page) => Promise<void>,
): Promise<LoadBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const w = window as unknown as { __figureAt?: number };
    new MutationObserver((_m, observer) => {
      if (w.__figureAt === undefined && document.querySelector(selector)) {
        w.__figureAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, firstFigure);
  await page.goto(url);
  await page.waitForSelector(firstFigure, { timeout: 30_000 });
  await done(page);
  const base = new URL('./', url).href;
  const { figureAt, resources } = await page.evaluate(() => ({
    figureAt: (window as unknown as { __figureAt: number }).__figureAt,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ name: r.name, end: (r as PerformanceResourceTiming).responseEnd })),
  }));
  await context.close();
  const assets = resources.filter(
    (r) => r.name.startsWith(base) && /\.(js|css)$/.test(new URL(r.name).pathname),
  );
  const rel = (r: { name: string }) =>
    new URL(r.name).pathname.slice(new URL(base).pathname.length);
  return {
    beforeFigure: [...new Set(assets.filter((r) => r.end <= figureAt).map(rel))],
    all: [...new Set(assets.map(rel))],
  };
}

/** Time from navigation start to `window.__benchDone` (baselines) or to every first-screen chart drawn, live or baked (the app), in ms. */
export async function timeToDrawn(
  browser: Browser,
  url: string,
  kind: 'app' | 'baseline',
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (kind === 'app') {
    // Watches from the first script on: the moment every chart in the first viewport has finished.
    await page.addInitScript(() => {
      const check = () => {
        const charts = [...document.querySelectorAll('[data-chart]')].filter(
          (c) => c.getBoundingClientRect().top < window.innerHeight,
        );
        const panels = document.querySelectorAll('[data-panel]');
        const pending = document.querySelectorAll('[data-panel][data-status="pending"]');
        if (
          panels.length > 0 &&
          pending.length === 0 &&
          charts.length > 0 &&
          // Drawn live, or shown as baked into the page (it stays so until the reader uses it).
          charts.every(
            (c) =>
              c.getAttribute('data-chart-state') === 'finished' ||
              [...c.querySelectorAll('.chart-baked > svg')].some((s) => s.getClientRects().length),
          )
        ) {
          (window as unknown as { __benchDone: number }).__benchDone = performance.now();
          return;
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __benchDone?: number }).__benchDone !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  const t = await page.evaluate(() => (window as unknown as { __benchDone: number }).__benchDone);
  await context.close();
  return t;
}

/**
 * Filter latency: from a filter change (a click on a real control, issued inside the page) to the
 * last chart redraw it caused, in ms. A change is done when no chart has redrawn for 1.1 s: longer
 * than ECharts' longest default animation (1 s), so a late or animated redraw is not cut off.
 */
export async function filterLatencies(page: Page, changes: number): Promise<number[]> {
  const selectors = [
    'input[name="metric"][value="homicides"]',
    '[data-filter="region"] [data-value="zhejiang"]',
    'input[name="metric"][value="both"]',
    '[data-filter="cat"] [data-value="cold-cases"]',
    '[data-filter="region"] [data-value="zhejiang"]',
    'input[name="metric"][value="criminal-cases"]',
    '[data-filter="cat"] [data-value="cold-cases"]',
    'input[name="metric"][value="both"]',
  ];
  const out: number[] = [];
  for (let i = 0; i < changes; i++) {
    const selector = selectors[i % selectors.length] as string;
    const ms = await page.evaluate(
      (sel) =>
        new Promise<number>((resolve) => {
          let last = -1;
          let quiet: number | undefined;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            last = performance.now();
            window.clearTimeout(quiet);
            quiet = window.setTimeout(finish, 1100);
          });
          const finish = () => {
            observer.disconnect();
            resolve(last < 0 ? Number.NaN : last - t0);
          };
          observer.observe(document.body, {
            subtree: true,
            attributes: true,
            attributeFilter: ['data-renders'],
          });
          quiet = window.setTimeout(finish, 2000);
          (document.querySelector(sel) as HTMLElement).click();
        }),
      selector,
    );
    if (!Number.isNaN(ms)) out.push(ms);
  }
  return out;
}
