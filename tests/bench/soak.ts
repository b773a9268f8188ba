import type { Browser } from 'playwright-core';

export interface SoakResult {
  transitions: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  growthMB: number;
  liveChartsAfter: number;
  registeredChartsAfter: number;
  maxChartsOnOneSlide: number;
  seconds: number;
}

/**
 * Present mode for hours, compressed: `transitions` slide changes at a short interval, JS heap
 * measured after a forced GC before (after one warm-up lap) and after, and the live ECharts
 * instances counted at the end.
 */
export async function presentSoak(
  browser: Browser,
  url: string,
  transitions: number,
  intervalMs = 40,
): Promise<SoakResult> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  };
  await page.goto(`${url}?mode=present`);
  await page.waitForSelector('[data-slide="title"]');
  let maxCharts = 0;
  const step = async () => {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(intervalMs);
    maxCharts = Math.max(maxCharts, await page.evaluate(() => window.__yrdCharts?.live() ?? 0));
  };
  // One warm-up lap, each slide drawn before the next: every chunk loaded, every dataset cached.
  for (let i = 0; i < 7; i++) {
    await step();
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-slide] [data-panel][data-status="pending"]') &&
        [...document.querySelectorAll('[data-slide] [data-chart]')].every(
          (c) => c.getAttribute('data-chart-state') === 'finished',
        ),
      undefined,
      { timeout: 15_000 },
    );
  }
  await page.waitForTimeout(500);
  const before = await heap();
  const t0 = Date.now();
  for (let i = 0; i < transitions; i++) await step();
  await page.waitForTimeout(1000);
  const after = await heap();
  const live = await page.evaluate(() => window.__yrdCharts?.live() ?? -1);
  const registered = await page.evaluate(() => window.__yrdCharts?.registered() ?? -1);
  await context.close();
  return {
    transitions,
    heapBeforeMB: before,
    heapAfterMB: after,
    growthMB: after - before,
    liveChartsAfter: live,
    registeredChartsAfter: registered,
    maxChartsOnOneSlide: maxCharts,
    seconds: (Date.now() - t0) / 1000,
  };
}
