import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { timelineSchema } from '../../src/data/timeline';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { timelineView } from '../../src/panels/timeline/model';
import { timelineLayout } from '../../src/panels/timeline/option';
import { describePanel, panelsSettled, useApp } from '../support/browser-env';
import { panelOf, ready, search } from '../support/pages';
import { hasPanel } from '../support/panel-ids';

const data = timelineSchema.parse(JSON.parse(readFileSync('data/timeline.json', 'utf8')));
const layout = timelineLayout(timelineView(data, DEFAULT_VIEW));
const panel = panelOf('timeline');

/** Where a mark is drawn on screen: its centre (a day) or its middle (a span), found through the chart. */
async function markAt(page: Page, id: string): Promise<[number, number]> {
  const placed = layout.placed.find((p) => p.mark.event.id === id);
  if (!placed) throw new Error(`no mark ${id}`);
  const x = (placed.mark.start + placed.mark.end) / 2;
  await page.locator('[data-chart="timeline"]').scrollIntoViewIfNeeded();
  const at = await page.evaluate(
    ([x, y]) => window.__yrdCharts?.pixel('timeline', { seriesIndex: 0 }, [x, y]),
    [x, placed.y] as const,
  );
  expect(at).toBeDefined();
  return at as [number, number];
}

describePanel('timeline')('the timeline panel in Chromium', () => {
  const app = useApp();

  it.each([
    ['zh', '', '12件大事中有3件发生在2020年6月13日', '命积案侦破:'],
    ['en', '?lang=en', '3 of 12 events took place on 13 Jun 2020', 'Cold cases:'],
  ])('draws in %s with its finding, lanes and summary', async (_l, query, title, lane) => {
    const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open(query);
    await ready(page);
    await expect(panel(page).locator('h2').textContent()).resolves.toBe(title);
    expect(await page.locator('[data-chart="timeline"]').getAttribute('aria-label')).toContain(
      lane,
    );
    await expect(panel(page).locator('.tl-list button').count()).resolves.toBe(12);
    expect(await panel(page).locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining(['2017', '2021', '①', '⑫']),
    );
    expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
      pageErrors: [],
      consoleErrors: [],
      cspViolations: [],
    });
    await context.close();
  });

  it('a click on a mark opens its detail with the sources and keeps it in the link', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const [x, y] = await markAt(page, 'huzhou-meeting-2020');
    await page.mouse.click(x, y);
    await page.waitForURL(/event=huzhou-meeting-2020/);
    const detail = panel(page).locator('.tl-detail');
    await expect(detail.locator('h3').textContent()).resolves.toBe(
      '2020年长三角区域警务一体化领导小组会议在湖州召开',
    );
    const text = await detail.textContent();
    expect(text).toContain('2020年6月13日');
    expect(text).toContain('会上签署了10个长三角区域警务一体化合作项目。');
    expect(text).toContain('长三角地区最高规格警务会议上 湖州治理风景被点赞');
    await context.close();
  });

  it('a shared link reopens the detail; an unknown id shows nothing and does not crash', async () => {
    const shared = await app.open('?lang=en&event=first-zhejiang-jiangxi-judicial-aid');
    await ready(shared.page);
    const detail = panel(shared.page).locator('.tl-detail');
    const text = await detail.textContent();
    expect(text).toContain('recently (reported Jun 2020)');
    expect(text).toContain('100,000 yuan');
    expect(text).toContain('10万元');
    await shared.context.close();

    const unknown = await app.open('?event=no-such-event');
    await ready(unknown.page);
    await expect(panel(unknown.page).locator('.tl-detail').count()).resolves.toBe(0);
    await expect(panel(unknown.page).getAttribute('data-status')).resolves.toBe('success');
    expect(unknown.pageErrors).toEqual([]);
    await unknown.context.close();
  });

  it('an unknown event id is named in a notice in the page’s language, and dropped from the view', async () => {
    const { page, context, pageErrors } = await app.open('?lang=en&event=nope');
    await ready(page);
    const notice = page.locator('[data-notice="url"]');
    await notice.waitFor();
    await expect(notice.locator('li').allTextContents()).resolves.toEqual([
      'event=nope: no event of the timeline has this id',
    ]);
    await expect(panel(page).locator('.tl-detail').count()).resolves.toBe(0);
    // As for every refused value, the address keeps the link as it came until the view changes;
    // then the view is written without it.
    expect(search(page)).toBe('?lang=en&event=nope');
    await page.locator('[data-filter="region"] [data-value="zhejiang"]').click();
    await page.waitForURL(/region=zhejiang/);
    expect(search(page)).toBe('?lang=en&region=zhejiang');
    expect(pageErrors).toEqual([]);
    await context.close();

    const zh = await app.open('?event=nope');
    await ready(zh.page);
    await expect(zh.page.locator('[data-notice="url"] li').allTextContents()).resolves.toEqual([
      'event=nope:大事记中没有这个编号的事件',
    ]);
    await zh.context.close();
  });

  it.each(['reduce', 'no-preference'] as const)(
    'a link to an event scrolls its detail into view once drawn (reduced motion: %s)',
    async (reducedMotion) => {
      const { page, context } = await app.open('?event=first-zhejiang-jiangxi-judicial-aid', {
        reducedMotion,
      });
      // Not ready(): it scrolls to every chart to draw it, and back.
      await panelsSettled(page);
      const detail = panel(page).locator('.tl-detail');
      await detail.waitFor();
      // In view: its heading at least, within the 900 px window (a smooth scroll takes a moment).
      await page.waitForFunction(() => {
        const box = document.querySelector('.tl-detail h3')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await context.close();
    },
  );

  it('a click on a mark opens its detail without scrolling the page', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const [x, y] = await markAt(page, 'leading-group-founded');
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.click(x, y);
    await panel(page).locator('.tl-detail').waitFor();
    await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await context.close();
  });

  it('the event list opens the same detail from the keyboard and Escape closes it', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const item = panel(page).locator('.tl-list [data-event="cold-case-1994-10-7"]');
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=cold-case-1994-10-7/);
    await expect(item.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    const detail = await panel(page).locator('.tl-detail').textContent();
    // The crime date is in the detail, said to be the crime's, not the date it was solved.
    expect(detail).toContain('案发日期1994年10月7日(案件本身的日期,不是侦破日期');
    expect(detail).toContain('2017年以来');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('event'));
    await expect(panel(page).locator('.tl-detail').count()).resolves.toBe(0);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-event') === 'cold-case-1994-10-7',
    );
    await context.close();
  });

  it('a click on a lane label changes no filter; the lane chip filters that category for every panel', async () => {
    const { page, context } = await app.open();
    await ready(page);
    const lane = layout.lanes.find((l) => l.category === 'cold-cases');
    await page.locator('[data-chart="timeline"]').scrollIntoViewIfNeeded();
    const at = await page.evaluate(
      (y) => window.__yrdCharts?.pixel('timeline', { seriesIndex: 0 }, [2017, y]),
      lane?.centre as number,
    );
    expect(at).toBeDefined();
    await page.mouse.click((at?.[0] as number) - 30, at?.[1] as number);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(search(page)).toBe('');
    await panel(page).locator('[data-lane="cold-cases"]').click();
    await page.waitForURL(/cat=cold-cases/);
    expect(search(page)).toBe('?cat=cold-cases');
    await expect(
      page.locator('[data-filter="cat"] [data-value="cold-cases"]').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-panel="timeline"] .tl-list button').length === 4,
    );
    // The migration panel (when registered) belongs to service reform: it says why it is empty.
    if (hasPanel('migration'))
      await expect(
        page.locator('[data-panel="migration"] .panel-empty').textContent(),
      ).resolves.toContain('便民服务改革');
    // The lane legend toggles back.
    await panel(page).locator('[data-lane="cold-cases"]').click();
    await page.waitForFunction(() => !window.location.search.includes('cat='));
    await context.close();
  });

  it('filters by province and year, and explains an empty view', async () => {
    const { page, context } = await app.open('?region=jiangxi');
    await ready(page);
    await expect(panel(page).locator('.tl-list button').count()).resolves.toBe(2);
    await page.locator('[data-filter="to"]').selectOption('2019');
    await expect(panel(page).locator('.panel-empty').textContent()).resolves.toContain(
      '所选省份和所选年份同时筛选后没有大事记事件',
    );
    await context.close();
  });

  it('the table view lists the drawn events at their reported precision', async () => {
    const { page, context } = await app.open();
    await ready(page);
    await panel(page).locator('[data-action="table"]').click();
    const table = await panel(page).locator('table').textContent();
    for (const text of ['2018年8月', '2018年—2020年', '近日(2020年6月报道)', '司法救助金 10万元'])
      expect(table).toContain(text);
    await context.close();
  });
});
