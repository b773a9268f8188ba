import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { chartsDrawn, describePanel, panelsSettled, useApp } from '../support/browser-env';
import { panelOf, ready, search } from '../support/pages';

const panel = panelOf('governance');

describePanel('governance')('the governance results panel in Chromium', () => {
  const app = useApp();

  it.each([
    [
      'zh',
      '',
      '湖州2020年矛盾纠纷化解率96.1%,安全生产事故数同比下降70.6%',
      ['矛盾纠纷化解率 · 2020年(今年)', '96.1%', '91.8%', '▼ −70.6%', '100%'],
      ['13连冠', '13次', '7起', '1171人', '100人'],
      '在公布的20个月中 · 占65.0%(推算)',
    ],
    [
      'en',
      '?lang=en',
      'Huzhou resolved 96.1% of disputes in 2020; work-safety accidents fell 70.6%',
      ['Disputes resolved · 2020 (“this year”)', '96.1%', '91.8%', '▼ −70.6%'],
      ['13consecutive titles', '13times', '7cases', '1,171people', '100people'],
      'in the 20 months published · 65.0% of them (derived)',
    ],
  ])(
    'draws in %s: rates and the change in the chart, counts as cards',
    async (_l, query, title, drawnTexts, cardValues, share) => {
      const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open(query);
      await ready(page);
      await expect(panel(page).locator('h2').textContent()).resolves.toBe(title);
      const drawn = await panel(page)
        .locator('[data-chart="governance"] svg text')
        .allTextContents();
      expect(drawn).toEqual(expect.arrayContaining(drawnTexts));
      // No count is drawn on the rate chart.
      expect(drawn.join(' ')).not.toMatch(/1,?171|13连冠/);
      await expect(panel(page).locator('.gov-card-value').allTextContents()).resolves.toEqual(
        cardValues,
      );
      await expect(panel(page).locator('.gov-card-share').textContent()).resolves.toBe(share);
      await expect(panel(page).locator('[data-finding]').count()).resolves.toBe(2);
      // Every card and finding points to a numbered sentence in the frame's list.
      const marks = await panel(page).locator('.gov-source').allTextContents();
      expect(marks.length).toBe(7);
      await expect(panel(page).locator('.panel-source li').count()).resolves.toBe(4);
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
      await context.close();
    },
  );

  it('a click on a rate bar shows its value and changes no filter; the category chip filters every panel to grassroots governance, and back', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-chart="governance"] svg text', { hasText: '96.1%' }).click();
    // Its tooltip, drawn on the chart beside the label: the value a second time.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-chart="governance"] svg text')].filter((t) =>
          t.textContent?.includes('96.1%'),
        ).length >= 2,
    );
    expect(search(page)).toBe('');
    await page.locator('[data-filter="cat"] [data-value="grassroots-governance"]').click();
    await page.waitForURL(/cat=/);
    expect(search(page)).toBe('?cat=grassroots-governance');
    await expect(
      page
        .locator('[data-filter="cat"] [data-value="grassroots-governance"]')
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // The cold-case card leaves this panel; the projects panel has nothing in that category and says so.
    await page.waitForFunction(
      () => !document.querySelector('[data-figure="cold-homicides-solved-2020"]'),
    );
    await expect(
      page.locator('[data-panel="projects"] .panel-empty').getAttribute('data-empty'),
    ).resolves.toBe('category');
    await chartsDrawn(page);
    await page.locator('[data-filter="cat"] [data-value="grassroots-governance"]').click();
    await page.waitForFunction(() => !window.location.search.includes('cat='));
    await context.close();
  });

  it('a figure card is text: a click on it (or its source mark) sets no filter; the category filter still leaves the cold case alone', async () => {
    // Was: a click on the card toggled `cat=cold-cases` (issue 20: a card looked like a figure and
    // emptied the page under the finger). The card is text now; the category is the filter bar's.
    const { page, context } = await app.open('?lang=en');
    await ready(page);
    const card = panel(page).locator('[data-figure="cold-homicides-solved-2020"]');
    await expect(card.evaluate((el) => el.tagName)).resolves.toBe('DIV');
    await card.locator('.gov-card-label').click();
    await card.locator('[data-cite]').click();
    await page.waitForSelector('dialog[data-reader]');
    expect(search(page)).toMatch(/^\?lang=en&sentence=governance\.\d$/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-reader]', { state: 'detached' });
    expect(search(page)).toBe('?lang=en');
    await context.close();
    const filtered = await app.open('?lang=en&cat=cold-cases');
    const p2 = filtered.page;
    await panelsSettled(p2);
    // Only the cold case is left here: no rate chart, one card, its finding.
    // The chart stays mounted for when a filter brings its figures back, but hidden: not shown,
    // and out of the accessibility tree.
    await expect(panel(p2).locator('[data-chart="governance"]:visible').count()).resolves.toBe(0);
    await expect(
      panel(p2)
        .getByRole('img', { name: /./ })
        .and(p2.locator('[data-chart="governance"]'))
        .count(),
    ).resolves.toBe(0);
    await expect(panel(p2).locator('.gov-card').count()).resolves.toBe(1);
    await expect(panel(p2).locator('[data-finding]').allTextContents()).resolves.toEqual([
      expect.stringContaining('fewest unsolved homicides'),
    ]);
    await expect(panel(p2).locator('h2').textContent()).resolves.toBe(
      'Huzhou solved 7 cold homicide cases in 2020',
    );
    await filtered.context.close();
  }, 120_000); // two pages

  it.each([
    ['?region=anhui', 'scope', '这些数字属于湖州市(浙江省)'],
    ['?from=2010&to=2019', 'years', '这些数字均属2020年'],
    ['?cat=judicial-cooperation', 'category', '“命积案侦破”“基层治理”'],
  ])('says why it is empty for %s', async (query, reason, words) => {
    const { page, context } = await app.open(query);
    await panelsSettled(page);
    const empty = panel(page).locator('.panel-empty');
    await expect(empty.getAttribute('data-empty')).resolves.toBe(reason);
    await expect(empty.textContent()).resolves.toContain(words);
    await context.close();
  });

  it('shows the figures in its table view, the derived share marked as derived', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-action="table"]').click();
    const table = panel(page).locator('table.data-table');
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(cells.map((r) => [r[0], r[2]])).toEqual([
      ['矛盾纠纷化解率', '96.1'],
      ['安全隐患整改率', '91.8'],
      ['安全生产事故数同比变化', '-70.6'],
      ['平安湖州连冠', '13'],
      ['平安指数全省第一次数', '13'],
      ['全省平安指数公布月数', '20'],
      ['平安指数全省第一次数 / 全省平安指数公布月数', '65'],
      ['今年连破命积案', '7'],
      ['“防范之星”', '1171'],
      ['“陈建如式优秀民警”', '100'],
      ['全省命积案最少的地市', ''],
      ['群众安全感满意度名列全省前茅', ''],
    ]);
    expect(cells[6]?.[1]).toBe('推算占比');
    await context.close();
  });

  it('exports an SVG that holds every figure the panel shows, with its source line', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).locator('[data-action="svg"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('yrd-governance-zh.svg');
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    for (const text of ['96.1%', '▼ −70.6%', '1171人 · “防范之星” · 截至2020年6月', '来源:'])
      expect(svg).toContain(text);
    await context.close();
  });
});
