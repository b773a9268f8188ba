import { expect, it } from 'vitest';
import { describePanel, panelsSettled, useApp } from '../support/browser-env';
import { panelOf, ready, search } from '../support/pages';
import { downloadedSvg } from '../support/svg-export';

const panel = panelOf('migration');

describePanel('migration')('the online household-registration transfer panel in Chromium', () => {
  const app = useApp();

  it.each([
    [
      'zh',
      '',
      '跨省迁户口:从跑三四趟、一个多月,到跑一次、不到一周',
      ['近10万人/年', '超过40万人/年', '3–4趟', '1趟'],
      ['杭州', '温州', '湖州', '合肥', '滁州', '安庆'],
    ],
    [
      'en',
      '?lang=en',
      'Moving a registration across provinces: from 3–4 trips and over 1 month to 1 trip and under 1 week',
      ['nearly 100,000 people a year', 'over 400,000 people a year', '3–4 trips', '1 trip'],
      ['Hangzhou', 'Wenzhou', 'Huzhou', 'Hefei', 'Chuzhou', 'Anqing'],
    ],
  ])(
    'draws in %s: cities, hedged volumes, trips as a range',
    async (_l, query, title, marks, cities) => {
      const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open(query);
      await ready(page);
      await expect(panel(page).locator('h2').textContent()).resolves.toBe(title);
      const drawn = await panel(page)
        .locator('[data-chart="migration"] svg text')
        .allTextContents();
      expect(drawn).toEqual(expect.arrayContaining(marks));
      await expect(panel(page).locator('.mg-city-list li').allTextContents()).resolves.toEqual(
        cities,
      );
      // The durations stay the stated words, never days.
      const cards = await panel(page).locator('.mg-card').allTextContents();
      expect(cards.join(' ')).toMatch(query ? /over 1 month.*under 1 week/ : /一个多月.*不到一周/);
      expect(cards.join(' ')).not.toMatch(/天|days/);
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
      await context.close();
    },
  );

  it('a click on a province filters every panel to it', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-region="anhui"]').click();
    await page.waitForURL(/region=anhui/);
    expect(search(page)).toBe('?region=anhui');
    await expect(panel(page).locator('.mg-city-list li').allTextContents()).resolves.toEqual([
      '合肥',
      '滁州',
      '安庆',
    ]);
    await expect(
      page.locator('[data-filter="region"] [data-value="anhui"]').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // The timeline keeps the events that involve Anhui; the Huzhou crime figures say why they are gone.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-panel="timeline"] .tl-list button').length === 5,
    );
    await expect(
      page.locator('[data-panel="crime-trend"] .panel-empty').textContent(),
    ).resolves.toContain('湖州属浙江省');
    // A second click clears it.
    await panel(page).locator('[data-region="anhui"]').click();
    await page.waitForFunction(() => !window.location.search.includes('region='));
    await context.close();
  });

  it('shows what is left for Shanghai, and why the rest is not there', async () => {
    const { page, context } = await app.open('?region=shanghai&lang=en');
    await ready(page);
    const text = await panel(page).textContent();
    expect(text).toContain('None of the first online-transfer cities is in the selected provinces');
    expect(text).toContain('outside the selected provinces');
    await expect(panel(page).locator('h2').textContent()).resolves.toBe(
      'Registration transfers across the whole YRD: over 400,000 people a year',
    );
    await context.close();
  });

  it('is empty with a reason when the categories or years leave it out', async () => {
    const cat = await app.open('?cat=judicial-cooperation');
    await panelsSettled(cat.page);
    await expect(panel(cat.page).locator('.panel-empty').textContent()).resolves.toContain(
      '便民服务改革',
    );
    await cat.context.close();
    const years = await app.open('?to=2019&lang=en');
    await panelsSettled(years.page);
    await expect(panel(years.page).locator('.panel-empty').textContent()).resolves.toContain(
      'reported in Jun 2020',
    );
    await years.context.close();
  });

  it.each([
    ['zh', '', ['一个多月', '不到一周', '虚线箭头:原文为“超过”', '虚线箭头:原文为“近”']],
    [
      'en',
      '?lang=en',
      ['over 1 month', 'under 1 week', 'the article says “over”', 'the article says “nearly”'],
    ],
  ])(
    'the SVG download (%s) holds what its title cites and the arrows’ key, tidily',
    async (_l, query, words) => {
      const { page, context } = await app.open(query);
      await ready(page);
      const drawn = await downloadedSvg(page, context, 'migration');
      const all = drawn.texts.map((t) => t.text).join('\n');
      for (const w of words) expect(all).toContain(w);
      // No label against an edge: on the right none within the image's inset (16 px, its title's
      // and source line's); on the left, where the chart's own inset is 8, none within that.
      for (const t of drawn.texts) {
        expect(t.left, t.text).toBeGreaterThanOrEqual(8);
        expect(drawn.width - t.right, t.text).toBeGreaterThanOrEqual(16);
      }
      // No empty band between what the chart draws and the source line under it.
      const footer = drawn.texts.find((t) => /^(来源|Source)/.test(t.text));
      expect((footer?.top ?? 0) - drawn.chartBottom).toBeGreaterThan(0);
      expect((footer?.top ?? Infinity) - drawn.chartBottom).toBeLessThan(48);
      await context.close();
    },
  );

  it('the table view carries the headline figures as printed', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-action="table"]').click();
    const table = await panel(page).locator('table').textContent();
    for (const text of [
      '近10万人',
      '超过了40万人',
      '三四趟',
      '一个多月',
      '不到一周',
      '安徽 · 安庆',
    ])
      expect(table).toContain(text);
    await context.close();
  });
});
