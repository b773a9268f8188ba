import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { hasPanel } from '../support/panel-ids';

// A filter that empties a panel and a filter that brings it back: the chart is the same element
// and the same ECharts instance throughout (hidden while empty), not one destroyed and built anew.
describeBrowser('a chart through an empty panel', () => {
  const app = useApp();

  // The migration panel is the one a category empties alone; without it, there is nothing to keep.
  it.skipIf(!hasPanel('migration'))(
    'stays mounted, hidden behind the message, and is shown as it was when the figures return',
    async () => {
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
      const renders = () => page.locator(chart).getAttribute('data-renders');
      const drawn = await renders();
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
      // Brought back to what it drew before: shown as it was, not drawn again.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))),
      );
      expect(await renders(), 'not redrawn').toBe(drawn);
      expect(await page.evaluate(() => window.__yrdCharts?.live())).toBe(before);
      await expect(page.locator('[data-panel="migration"] .panel-empty').count()).resolves.toBe(0);

      // Emptied again, and a province chosen meanwhile: the figures that return are others, drawn
      // by the same instance.
      await page.locator('[data-filter="cat"] [data-value="cold-cases"]').click();
      await page.waitForSelector('[data-panel="migration"] .panel-empty');
      await page.locator('[data-filter="region"] [data-value="zhejiang"]').click();
      await page.locator('[data-filter="cat"] [data-value="cold-cases"]').click();
      await page.waitForFunction(
        ([sel, n]) =>
          Number(document.querySelector(sel as string)?.getAttribute('data-renders')) > Number(n),
        [chart, drawn],
      );
      const redrawn = await page.evaluate((sel) => {
        const el = document.querySelector(sel) as HTMLElement & { __kept?: boolean };
        const svg = el.querySelector('svg') as SVGElement & { __kept?: boolean };
        return {
          element: el.__kept === true,
          instance: svg.__kept === true,
          shown: el.checkVisibility(),
        };
      }, chart);
      expect(redrawn).toEqual({ element: true, instance: true, shown: true });
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('draws a chart once for a filter change that also changes its height', async () => {
    const { page, context, pageErrors } = await app.open();
    await panelsSettled(page);
    await chartsDrawn(page);
    const chart = page.locator('[data-chart="crime-trend"]');
    const settle = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 400))));
    for (const metric of ['homicides', 'both', 'criminal-cases', 'both']) {
      const height = await chart.evaluate((el) => el.clientHeight);
      const renders = Number(await chart.getAttribute('data-renders'));
      await page.locator(`input[name="metric"][value="${metric}"]`).check();
      await settle();
      // One metric or two: the chart's height changes with the option, and it is drawn once, at
      // the new height (not at the old one and again after the resize).
      expect({
        grown: (await chart.evaluate((el) => el.clientHeight)) !== height,
        draws: Number(await chart.getAttribute('data-renders')) - renders,
      }).toEqual({ grown: true, draws: 1 });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
