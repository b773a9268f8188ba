import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { search } from '../support/pages';
import { hasPanel, PANEL_IDS } from '../support/panel-ids';

/** The link keys that are filters: a click that only looks or reads must leave them as they were. */
const FILTER_KEYS = ['from', 'to', 'cat', 'region', 'metric'];

const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, touch: false, lang: 'zh' },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true, lang: 'en' },
] as const;

type Size = (typeof SIZES)[number];

function filtersOf(page: Page): string {
  const params = new URL(page.url()).searchParams;
  return FILTER_KEYS.map((k) => `${k}=${params.get(k) ?? ''}`).join('&');
}

/** What each panel shows: its title, its chart's summary (or none), its empty message (or none). */
function panelsShown(page: Page) {
  return page.evaluate((ids) => {
    return ids.map((id) => {
      const panel = document.querySelector(`[data-panel="${id}"]`);
      const chart = panel?.querySelector('[data-chart]:not([hidden])');
      return {
        id,
        title: panel?.querySelector('h2')?.textContent,
        chart: chart?.getAttribute('aria-label') ?? null,
        empty: panel?.querySelector('.panel-empty')?.textContent ?? null,
      };
    });
  }, PANEL_IDS);
}

/** A click, or on a phone a tap, at a point of the page (viewport coordinates). */
async function press(page: Page, size: Size, at: number[] | undefined) {
  expect(at).toBeDefined();
  const [x, y] = at as [number, number];
  if (size.touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** The middle of an element, in view. */
async function middleOf(page: Page, selector: string): Promise<number[]> {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  expect(box).not.toBeNull();
  return [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2];
}

/** Waits two frames, for whatever a press would have set off to be rendered. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

describeBrowser('clicks do what they look like (issue 20, item 1)', () => {
  const app = useApp();

  it.each(SIZES)(
    '$name: the crime peak, a governance figure card and a citation mark change no filter',
    async (size) => {
      const query = size.lang === 'en' ? '?lang=en' : '';
      const { page, context, pageErrors } = await app.open(query, size);
      await panelsSettled(page);
      await chartsDrawn(page);
      const before = await panelsShown(page);

      // The peak point: its detail, and no filter.
      await page.locator('[data-chart="crime-trend"]').scrollIntoViewIfNeeded();
      const peak = await page.evaluate(() =>
        window.__yrdCharts?.pixel('crime-trend', { seriesIndex: 0 }, [2010, 43000]),
      );
      await press(page, size, peak);
      await page.locator('[data-panel="crime-trend"] [data-point-year="2010"]').waitFor();
      await expect(
        page.locator('[data-panel="crime-trend"] [data-point-year="2010"] p').textContent(),
      ).resolves.toBe(
        size.lang === 'en'
          ? 'Criminal cases, 2010: 43,000 cases (the peak)'
          : '刑事案件总量 2010年:4.3万起(峰值)',
      );
      expect(search(page)).toBe(query);
      expect(await panelsShown(page)).toEqual(before);

      // The cold-case card: text, not a button; the whole card and its number pressed.
      const card = '[data-panel="governance"] [data-figure="cold-homicides-solved-2020"]';
      await expect(
        page.locator(card).evaluate((el) => el.tagName !== 'BUTTON' && !el.closest('button')),
      ).resolves.toBe(true);
      await press(page, size, await middleOf(page, card));
      await press(page, size, await middleOf(page, `${card} .gov-card-number`));
      await settle(page);
      expect(search(page)).toBe(query);
      expect(await panelsShown(page)).toEqual(before);

      // A citation mark on a card: whatever it opens, it sets no filter and hides no card.
      const mark = page
        .locator('[data-panel="governance"] .gov-cards')
        .getByText(/^(原句|source )\d+$/)
        .first();
      await mark.scrollIntoViewIfNeeded();
      const box = await mark.boundingBox();
      await press(page, size, box ? [box.x + box.width / 2, box.y + box.height / 2] : undefined);
      await settle(page);
      expect(filtersOf(page)).toBe(FILTER_KEYS.map((k) => `${k}=`).join('&'));
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-panel="governance"] .gov-card').count()).resolves.toBe(5);
      expect(await panelsShown(page)).toEqual(before);
      // The patterns toggle says whom it is for (its title: the hover hint and accessible description).
      await expect(
        page.locator('[data-action="patterns"]').first().getAttribute('title'),
      ).resolves.toMatch(
        size.lang === 'en' ? /colour-blind readers and greyscale print/ : /色觉障碍读者和黑白打印/,
      );
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it.each(SIZES)(
    '$name: "filter to this" in the point detail filters to the year, says so beside the chart, and its × restores the view',
    async (size) => {
      const query = size.lang === 'en' ? '?lang=en&from=2008' : '?from=2008';
      const { page, context } = await app.open(query, size);
      await panelsSettled(page);
      await chartsDrawn(page);
      const before = await panelsShown(page);
      await page.locator('[data-chart="crime-trend"]').scrollIntoViewIfNeeded();
      await press(
        page,
        size,
        await page.evaluate(() =>
          window.__yrdCharts?.pixel('crime-trend', { seriesIndex: 0 }, [2010, 43000]),
        ),
      );
      await page.locator('[data-action="filter-to-point"]').click();
      await page.waitForURL(/to=2010/);
      expect(search(page)).toBe(
        size.lang === 'en' ? '?lang=en&from=2010&to=2010' : '?from=2010&to=2010',
      );
      const chip = page.locator(
        '[data-cross-filters="crime-trend"] [data-cross-filter="years:2010"]',
      );
      await expect(chip.textContent()).resolves.toBe(
        size.lang === 'en' ? 'Filtered to 2010 ×' : '已按 2010 年筛选 ×',
      );
      // The homicides chart is gone: the panel says why.
      await expect(
        page.locator('[data-panel="crime-trend"] [data-out-of-years="homicides"]').textContent(),
      ).resolves.toMatch(
        size.lang === 'en' ? /^Homicides not drawn.*2008, 2019/ : /^命案.*2008、2019/,
      );
      // The chip stands beside the chart: in its panel, just above it.
      const [chipBox, chartBox] = await Promise.all([
        chip.boundingBox(),
        page.locator('[data-chart="crime-trend"]').boundingBox(),
      ]);
      expect(
        (chartBox?.y ?? 0) - ((chipBox?.y ?? 0) + (chipBox?.height ?? 0)),
      ).toBeGreaterThanOrEqual(0);
      expect((chartBox?.y ?? 0) - ((chipBox?.y ?? 0) + (chipBox?.height ?? 0))).toBeLessThan(60);

      // The × undoes exactly that filter: back to from=2008, and every panel as it was.
      await chip.click();
      await page.waitForURL((u) => search(u.toString()) === query);
      await chartsDrawn(page);
      expect(await panelsShown(page)).toEqual(before);
      await expect(page.locator('[data-cross-filters]').count()).resolves.toBe(0);
      await context.close();
    },
  );

  it.each(SIZES)(
    '$name: the timeline’s category chip still filters, with an undo chip beside the chart that restores the view',
    async (size) => {
      const { page, context } = await app.open('', size);
      await panelsSettled(page);
      await chartsDrawn(page);
      const before = await panelsShown(page);
      await page.locator('[data-panel="timeline"] [data-lane="cold-cases"]').click();
      await page.waitForURL(/cat=cold-cases/);
      expect(search(page)).toBe('?cat=cold-cases');
      const chip = page.locator(
        '[data-cross-filters="timeline"] [data-cross-filter="categories:cold-cases"]',
      );
      await expect(chip.textContent()).resolves.toBe('已按“命积案侦破”筛选 ×');
      await expect(chip.getAttribute('aria-label')).resolves.toBe(
        '已按“命积案侦破”筛选,点击撤销此筛选',
      );
      const [chipBox, chartBox] = await Promise.all([
        chip.boundingBox(),
        page.locator('[data-chart="timeline"]').boundingBox(),
      ]);
      // Above the chart with only the lane chips between.
      const gap = (chartBox?.y ?? 0) - ((chipBox?.y ?? 0) + (chipBox?.height ?? 0));
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(size.touch ? 260 : 160);
      // Other panels changed with it (the filter is for every panel), and only this one has the chip.
      expect(await panelsShown(page)).not.toEqual(before);
      await expect(page.locator('[data-cross-filters]').count()).resolves.toBe(1);

      await chip.click();
      await page.waitForURL((u) => search(u.toString()) === '');
      await chartsDrawn(page);
      expect(await panelsShown(page)).toEqual(before);
      await expect(
        page.locator('[data-filter="cat"] [data-value="cold-cases"]').getAttribute('aria-pressed'),
      ).resolves.toBe('false');
      await context.close();
    },
  );

  // The province chips that set this filter from a chart are the migration panel's.
  it.skipIf(!hasPanel('migration'))(
    'a filter changed elsewhere takes its chip away: the chip only ever names a filter in force',
    async () => {
      const { page, context } = await app.open('?lang=en');
      await panelsSettled(page);
      await page.locator('[data-panel="migration"] [data-region="anhui"]').click();
      await page.waitForURL(/region=anhui/);
      const chip = page.locator(
        '[data-cross-filters="migration"] [data-cross-filter="regions:anhui"]',
      );
      await expect(chip.textContent()).resolves.toBe('Filtered to Anhui ×');
      // The filter bar takes Anhui off: no chip; putting it back there does not bring the chip back.
      await page.locator('[data-filter="region"] [data-value="anhui"]').click();
      await page.waitForURL((u) => !u.search.includes('region='));
      await expect(page.locator('[data-cross-filters]').count()).resolves.toBe(0);
      await page.locator('[data-filter="region"] [data-value="anhui"]').click();
      await page.waitForURL(/region=anhui/);
      await expect(page.locator('[data-cross-filters]').count()).resolves.toBe(0);
      await context.close();
    },
  );
});
