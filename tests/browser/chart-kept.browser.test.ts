import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';

// A filter that empties a panel and a filter that brings it back: the chart is the same element
// and the same ECharts instance throughout (hidden while empty), not one destroyed and built anew.
describeBrowser('a chart through an empty panel', () => {
  const app = useApp();

  it('stays mounted, hidden behind the message, and redraws in place when the figures return', async () => {
    const { page, context, pageErrors } = await app.open();
    await panelsSettled(page);
    await chartsDrawn(page);
    const chart = '[data-panel="migration"] [data-chart="migration"]';
    // Mark the element and its ECharts instance as they are now.
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { __kept?: boolean };
      el.__kept = true;
      const svg = el.querySelector('svg') as SVGElement & { __kept?: boolean };
      svg.__kept = true;
    }, chart);
    const before = await page.evaluate(() => window.__yrdCharts?.live());
    // Cold cases only: the migration panel (service reform) is empty and says why.
    await page.locator('[data-filter="cat"] [data-value="cold-cases"]').click();
    await page.waitForSelector('[data-panel="migration"] .panel-empty');
    const hidden = await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { __kept?: boolean };
      return { kept: el.__kept === true, shown: el.checkVisibility() };
    }, chart);
    expect(hidden).toEqual({ kept: true, shown: false });
    await expect(
      page.getByRole('img').and(page.locator(chart)).count(),
      'out of the accessibility tree',
    ).resolves.toBe(0);
    // Back to every category: the same element and instance, shown and redrawn.
    await page.locator('[data-filter="cat"] [data-value="cold-cases"]').click();
    await page.waitForFunction(() => !window.location.search.includes('cat='));
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.checkVisibility() === true,
      chart,
    );
    const after = await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { __kept?: boolean };
      const svg = el.querySelector('svg') as SVGElement & { __kept?: boolean };
      return { element: el.__kept === true, instance: svg.__kept === true };
    }, chart);
    expect(after).toEqual({ element: true, instance: true });
    expect(await page.evaluate(() => window.__yrdCharts?.live())).toBe(before);
    await expect(page.locator('[data-panel="migration"] .panel-empty').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
