import type { Frame, Page } from 'playwright-core';

/** The chart engine's files in a build (ECharts and the live chart wrapper): a page that asked for
 *  one of them has loaded the engine. */
export const ENGINE_CHUNK = /\/(echarts|chart-impl)-[\w-]+\.js$/;

/**
 * Waits until every chart on the page has drawn. Charts below the fold draw when they come into
 * view, so this scrolls to each one still waiting, as a reader would, and then back to where the
 * page was.
 */
export async function drawAllCharts(page: Page | Frame, timeout = 20_000) {
  const at = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('[data-chart]')];
      const pending = charts.filter((c) => c.getAttribute('data-chart-state') !== 'finished');
      pending[0]?.scrollIntoView({ block: 'center' });
      return charts.length > 0 && pending.length === 0;
    },
    undefined,
    { timeout, polling: 100 },
  );
  await page.evaluate(([x, y]) => window.scrollTo(x, y), at);
}

/**
 * Where a reader points at the governance chart's first bar (矛盾纠纷化解率, 96.1%) in its baked
 * desk drawing: left of the bar's value label, on the bar. Undefined when the page holds no such
 * drawing (not a baked build, or not a desk width).
 */
export function bakedGovernanceBar(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const label = [
      ...document.querySelectorAll(
        '[data-chart="governance"] .chart-baked > svg[data-bake-width="wide"] text',
      ),
    ].find((t) => t.textContent?.includes('96.1%'));
    const r = label?.getBoundingClientRect();
    return r && { x: r.x - 100, y: r.y + r.height / 2 };
  });
}
