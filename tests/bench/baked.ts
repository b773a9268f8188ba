// The baked page against its floor (issue 22 item 6): the same page once drawn, saved without its
// scripts, is what a reader could see at the earliest. Both are timed from navigation on a 4×
// throttled CPU at 1366×768 (an old office PC): the headline figure, the first chart, and every
// first-screen figure and chart readable. Also: the bytes (HTML, CSS; gzip) the page had fetched
// by then, and whether the chart engine was fetched on a page left alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { bakedGovernanceBar, drawAllCharts, ENGINE_CHUNK } from '../support/charts';
import { gzipSize, median } from './measure';

export interface ReadableTimes {
  headlineMs: number;
  firstChartMs: number;
  firstScreenMs: number;
}

const VIEWPORT = { width: 1366, height: 768 };

/**
 * Watches from the first script on (an init script: it runs on a page without scripts too): a chart
 * is readable once its drawing shows (baked or live) with its text; a figure once its panel's
 * heading holds a number.
 */
function watchReadable() {
  const w = window as unknown as { __readable: Record<string, number>; __lcp: string };
  w.__readable = {};
  w.__lcp = 'none';
  // The largest contentful paint's element: baked content is an element of #root (or the header)
  // that was in the page's HTML.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      const el = e.element;
      if (!el) continue;
      const panel = el.closest('[data-panel]')?.getAttribute('data-panel');
      w.__lcp = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}${panel ? ` in #${panel}` : ''}`;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const mark = (k: string) => {
    w.__readable[k] ??= performance.now();
  };
  const onScreen = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0 && r.height > 0;
  };
  const chartReadable = (c: Element) =>
    [...c.querySelectorAll('svg')].some(
      (s) => s.getClientRects().length > 0 && s.querySelector('text') !== null,
    );
  const check = () => {
    const headings = [...document.querySelectorAll('[data-panel] h2')].filter(onScreen);
    if (headings.some((h) => /\d/.test(h.textContent ?? ''))) mark('headline');
    const charts = [...document.querySelectorAll('[data-chart]')].filter(onScreen);
    if (charts.some(chartReadable)) mark('firstChart');
    const pending = document.querySelectorAll('[data-panel][data-status="pending"]').length;
    if (
      headings.length > 0 &&
      pending === 0 &&
      headings.every((h) => /\d/.test(h.textContent ?? '')) &&
      charts.length > 0 &&
      charts.every(chartReadable)
    )
      mark('firstScreen');
    if (!w.__readable.firstScreen) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function timeOnce(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watchReadable);
  const fetched: string[] = [];
  page.on('requestfinished', (r) => fetched.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(
    () =>
      (window as unknown as { __readable: Record<string, number> }).__readable.firstScreen !==
      undefined,
    undefined,
    { timeout: 60_000 },
  );
  const t = await page.evaluate(
    () => (window as unknown as { __readable: Record<string, number> }).__readable,
  );
  // Left alone for three seconds more: was the chart engine fetched?
  await page.waitForTimeout(3000);
  const lcp = await page.evaluate(() => (window as unknown as { __lcp: string }).__lcp);
  const engine = fetched.some((u) => ENGINE_CHUNK.test(u));
  await context.close();
  return {
    times: {
      headlineMs: t.headline ?? Number.NaN,
      firstChartMs: t.firstChart ?? Number.NaN,
      firstScreenMs: t.firstScreen ?? Number.NaN,
    },
    engine,
    lcp,
  };
}

/**
 * Saves the app's page, every chart drawn, without its scripts (and without what only scripts
 * use), as `saved.html` beside it in `root`.
 */
export async function saveDrawnPage(browser: Browser, url: string, root: string): Promise<string> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await drawAllCharts(page, 30_000);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], noscript'))
      el.remove();
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await context.close();
  writeFileSync(join(root, 'saved.html'), html);
  return 'saved.html';
}

/** The HTML and CSS (gzip) a page needs before anything is readable: its document and stylesheets. */
export function firstBytes(root: string, html: string, css: string[]): number {
  return gzipSize(root, html) + css.reduce((n, f) => n + gzipSize(root, f), 0);
}

/** Times the app and its saved floor, interleaved, `runs` times each; medians. */
export async function bakedAgainstSaved(
  browser: Browser,
  appUrl: string,
  savedUrl: string,
  runs: number,
) {
  const app: ReadableTimes[] = [];
  const saved: ReadableTimes[] = [];
  let engineWhileReading = false;
  const lcpElements = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const a = await timeOnce(browser, appUrl);
    app.push(a.times);
    engineWhileReading ||= a.engine;
    lcpElements.add(a.lcp);
    saved.push((await timeOnce(browser, savedUrl)).times);
  }
  const med = (xs: ReadableTimes[]): ReadableTimes => ({
    headlineMs: median(xs.map((x) => x.headlineMs)),
    firstChartMs: median(xs.map((x) => x.firstChartMs)),
    firstScreenMs: median(xs.map((x) => x.firstScreenMs)),
  });
  return {
    app: med(app),
    saved: med(saved),
    engineWhileReading,
    lcpElements: [...lcpElements],
    runs: { app, saved },
  };
}

/** How long a hover on a baked chart waits for its answer, in ms from the pointer's arrival. */
export interface HoverAnswer {
  /** The first answer: the baked chart's own tip (src/components/chart-tip.ts) or the live tooltip. */
  answerMs: number;
  /** The tooltip drawn by the live chart, in its place. */
  liveMs: number;
}

/**
 * A pointer moved onto a baked chart (the governance chart's first bar), 4× CPU: when its tooltip's
 * words are first on screen, and when the live chart draws its own tooltip there, as the reader's
 * very first act, or after they have used the page for a few seconds (the engine loaded and the
 * charts drawn live while idle).
 */
export async function hoverAnswerMs(
  browser: Browser,
  url: string,
  usedBefore: boolean,
): Promise<HoverAnswer> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(
    () => document.documentElement.dataset.baked === 'hydrated',
    undefined,
    {
      timeout: 60_000,
    },
  );
  const at = await bakedGovernanceBar(page);
  if (!at) throw new Error('hoverAnswerMs: no baked governance bar (is the build baked?)');
  if (usedBefore) {
    await page.mouse.move(5, 300);
    await page.waitForTimeout(8000);
  }
  // Timed from the pointer's event as the page received it (its timeStamp: a busy main thread's
  // delay counts), moved by the browser's own input (a real hover: :hover and all).
  await page.evaluate(() => {
    const w = window as unknown as { __hover: Promise<HoverAnswer> };
    w.__hover = new Promise<HoverAnswer>((done) => {
      let start: number | undefined;
      let answerMs: number | undefined;
      // The live tooltip: the bar's value drawn a second time in the chart (its label, the tooltip).
      const live = () =>
        [...document.querySelectorAll('[data-chart="governance"] svg text')].filter(
          (t) => t.getClientRects().length > 0 && t.textContent?.includes('96.1%'),
        ).length >= 2;
      const tip = () =>
        [...document.querySelectorAll<HTMLElement>('.chart-tip')].some(
          (t) => !t.hidden && t.getClientRects().length > 0 && t.textContent?.includes('96.1%'),
        );
      const poll = () => {
        const now = performance.now() - (start as number);
        const isLive = live();
        if (answerMs === undefined && (isLive || tip())) answerMs = now;
        if (isLive) done({ answerMs: answerMs ?? now, liveMs: now });
        else requestAnimationFrame(poll);
      };
      document.addEventListener(
        'pointermove',
        (e) => {
          if (start !== undefined) return;
          start = e.timeStamp;
          requestAnimationFrame(poll);
        },
        { capture: true },
      );
    });
  });
  await page.mouse.move(at.x, at.y);
  const times = await page.evaluate(
    () => (window as unknown as { __hover: Promise<HoverAnswer> }).__hover,
  );
  await context.close();
  return times;
}
