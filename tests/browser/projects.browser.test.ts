import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { chartsDrawn, describePanel, panelsSettled, useApp } from '../support/browser-env';
import { panelOf, ready, search } from '../support/pages';

const panel = panelOf('projects');

describePanel('projects')('the projects and mechanism panel in Chromium', () => {
  const app = useApp();

  it.each([
    [
      'zh',
      '',
      '2018年—2020年行动计划推进100项重点任务,累计签订26项合作协议',
      [
        '计划的工作量',
        '协作机制的规模',
        '100项',
        '26项',
        '10个',
        '32个警种',
        '128个部门',
        '130余名',
      ],
      [
        '“警务一体化合作协议(累计)”共26项,文章点名了其中3项的领域:',
        '“2020年6月13日签署的合作项目”共10个,文章点名了其中3个:',
      ],
    ],
    [
      'en',
      '?lang=en',
      'The 2018–2020 plan: 100 key tasks under way, 26 agreements signed so far',
      ['The plan’s work', '100 tasks', '128 departments', '130+ officers'],
      [
        'The article names the areas of 3 of the 26 agreements:',
        'The article names 3 of the 10 projects:',
      ],
    ],
  ])(
    'draws in %s: two groups, 130+ as at least, the named items with "3 of"',
    async (_l, query, title, drawnTexts, statements) => {
      const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open(query);
      await ready(page);
      await expect(panel(page).locator('h2').textContent()).resolves.toBe(title);
      const drawn = await panel(page).locator('[data-chart="projects"] svg text').allTextContents();
      expect(drawn).toEqual(expect.arrayContaining(drawnTexts));
      await expect(panel(page).locator('.proj-named h3').allTextContents()).resolves.toEqual(
        statements,
      );
      // Only the named items are listed: 3 and 3, never the 10 or the 26.
      await expect(panel(page).locator('.proj-item').count()).resolves.toBe(6);
      await expect(panel(page).locator('.proj-units .unit').count()).resolves.toBe(36);
      await expect(panel(page).locator('.proj-units .unit.named').count()).resolves.toBe(6);
      expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      });
      await context.close();
    },
  );

  it('a click on a named project changes nothing; the service-reform chip leaves its named projects', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const item = panel(page).locator('[data-item="project-online-hukou-transfer"]');
    await expect(item.evaluate((el) => el.tagName)).resolves.not.toBe('BUTTON');
    await item.click();
    expect(search(page)).toBe('');
    const chip = page.locator('[data-filter="cat"] [data-value="service-reform"]');
    await chip.click();
    await page.waitForURL(/cat=/);
    expect(search(page)).toBe('?cat=service-reform');
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(item.textContent()).resolves.toContain('便民服务改革');
    // Here only the named projects stay (still "3 of the 10"); the governance panel has none and says so.
    // The chart stays mounted for when a filter brings its figures back, but hidden: not shown,
    // and out of the accessibility tree.
    await expect(panel(page).locator('[data-chart="projects"]:visible').count()).resolves.toBe(0);
    await expect(
      panel(page)
        .getByRole('img', { name: /./ })
        .and(page.locator('[data-chart="projects"]'))
        .count(),
    ).resolves.toBe(0);
    await expect(panel(page).locator('.proj-named h3').allTextContents()).resolves.toEqual([
      '“2020年6月13日签署的合作项目”共10个,文章点名了其中3个:',
    ]);
    await expect(
      page.locator('[data-panel="governance"] .panel-empty').getAttribute('data-empty'),
    ).resolves.toBe('category');
    await chip.click();
    await page.waitForFunction(() => !window.location.search.includes('cat='));
    await context.close();
  });

  it('a click on a bar changes no filter; the regional-cooperation chip does', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-chart="projects"] svg text', { hasText: '128个部门' }).click();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(search(page)).toBe('');
    const chip = page.locator('[data-filter="cat"] [data-value="regional-cooperation"]');
    await chip.click();
    await page.waitForURL(/cat=/);
    expect(search(page)).toBe('?cat=regional-cooperation');
    // The service-reform projects leave; the agreements stay.
    await expect(panel(page).locator('.proj-named').count()).resolves.toBe(1);
    await chartsDrawn(page);
    await chip.click();
    await page.waitForFunction(() => !window.location.search.includes('cat='));
    await context.close();
  });

  it.each([
    ['?region=jiangxi', 'scope', '长三角四省市'],
    ['?to=2017', 'years', '2018–2020'],
    ['?cat=cold-cases', 'category', '“区域协作”“便民服务改革”'],
  ])('says why it is empty for %s', async (query, reason, words) => {
    const { page, context } = await app.open(query);
    await panelsSettled(page);
    const empty = panel(page).locator('.panel-empty');
    await expect(empty.getAttribute('data-empty')).resolves.toBe(reason);
    await expect(empty.textContent()).resolves.toContain(words);
    await context.close();
  });

  it('keeps the figures for one YRD province, saying they are totals of the four', async () => {
    const { page, context } = await app.open('?region=anhui&lang=en');
    await ready(page);
    await expect(panel(page).locator('.panel-notes').textContent()).resolves.toContain(
      'totals for the four provinces together',
    );
    await context.close();
  });

  it('shows every bar and named item in its table view, 130 marked "more than"', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-action="table"]').click();
    const cells = await panel(page)
      .locator('table.data-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(cells.slice(0, 6).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['重点任务', '100', ''],
      ['警务一体化合作协议(累计)', '26', ''],
      ['2020年6月13日签署的合作项目', '10', ''],
      ['涵盖警种', '32', ''],
      ['涵盖部门', '128', ''],
      ['联络员', '130', '以上(至少)'],
    ]);
    expect(cells.slice(6).map((r) => r[1])).toEqual([
      '省际陆路口卡查控',
      '智慧公安建设',
      '打击食药环犯罪',
      '户籍事项证明开具“一网通办”',
      '跨省户口网上迁移',
      '公安可信身份认证互认',
    ]);
    await context.close();
  });

  it('exports an SVG that holds every figure the panel shows, with its source line', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).locator('[data-action="svg"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('yrd-projects-zh.svg');
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    for (const text of ['130余名', '文章点名了其中3个', '其余的文章未点名', '来源:'])
      expect(svg).toContain(text);
    await context.close();
  });
});
