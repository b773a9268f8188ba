import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, type OpenedPage, useApp } from '../support/browser-env';
import { drawAllCharts } from '../support/charts';
import { domQuiet } from '../support/pages';
import {
  firstPanelReadyInPage,
  MIN_CHART_TEXT,
  MIN_TARGET,
  measurePhone,
  PHONES,
  tap,
  tapAndWatch,
} from '../support/phone';

const LIMITS = { target: MIN_TARGET, text: MIN_CHART_TEXT };
const WORDS = {
  zh: { filters: '筛选', one: '筛选 · 1', zhejiang: '浙江' },
  en: { filters: 'Filters', one: 'Filters · 1', zhejiang: 'Zhejiang' },
};

const firstPanelReady = (page: Page) => page.waitForFunction(firstPanelReadyInPage);
const attr = (page: Page, sel: string, name: string) =>
  page.evaluate(
    ([s, n]) => document.querySelector(s as string)?.getAttribute(n as string),
    [sel, name],
  );
const text = (page: Page, sel: string) =>
  page.evaluate((s) => (document.querySelector(s)?.textContent ?? '').trim(), sel);
const focusedAction = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action);
const noProblems = (o: OpenedPage) =>
  expect({ pageErrors: o.pageErrors, console: o.consoleErrors, csp: o.cspViolations }).toEqual({
    pageErrors: [],
    console: [],
    csp: [],
  });

/** axe (WCAG 2.1 A/AA) on the page as it stands: the violations, by rule and element. */
async function violations(page: Page): Promise<string[]> {
  await domQuiet(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
}

describeBrowser('on a phone (issue 21)', () => {
  const app = useApp();

  for (const viewport of PHONES)
    for (const lang of ['zh', 'en'] as const)
      it(`${viewport.width}×${viewport.height} ${lang}: the first screen is the finding; 44 px controls; the filter sheet`, async () => {
        const o = await app.open(lang === 'en' ? '?lang=en' : '', { viewport, touch: true });
        const { page } = o;
        await firstPanelReady(page);

        // The first screen, as the reader first sees it.
        const first = await page.evaluate(measurePhone, LIMITS);
        expect(first.innerWidth).toBe(viewport.width);
        expect(first.finding.top, first.finding.text).toBeGreaterThanOrEqual(0);
        expect(first.finding.bottom, first.finding.text).toBeLessThanOrEqual(first.innerHeight);
        expect(first.chartTop).toBeGreaterThan(0);
        expect(first.chartTop).toBeLessThanOrEqual(500);
        expect(first.controlsAbove).toBeGreaterThan(0);
        expect(first.controlsAbove).toBeLessThanOrEqual(200);

        // The whole page, every chart drawn: no small target, no tiny chart text, no sideways scroll.
        await drawAllCharts(page);
        const all = await page.evaluate(measurePhone, LIMITS);
        expect(all.small).toEqual([]);
        expect(all.tinyText).toEqual([]);
        expect(all.scrollWidth).toBeLessThanOrEqual(all.innerWidth);
        await page.evaluate(() => window.scrollTo(0, 0));

        // The filter sheet: opened by the button, a province chip applies (link and chart change).
        const w = WORDS[lang];
        expect(await text(page, '[data-action="open-filters"]')).toBe(w.filters);
        expect(
          await page.evaluate(() => document.querySelector('.filter-bar')?.getClientRects().length),
        ).toBe(0);
        await tap(page, '[data-action="open-filters"]');
        await page.waitForSelector('.filter-sheet[data-open][role="dialog"][aria-modal="true"]');
        const sheet = await page.evaluate(() => {
          const r = document.querySelector('.filter-sheet')?.getBoundingClientRect();
          return {
            top: r?.top ?? -1,
            bottom: r?.bottom ?? -1,
            focus: document.activeElement?.closest('.filter-sheet') !== null,
          };
        });
        expect(sheet.top).toBeGreaterThan(0);
        expect(sheet.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
        expect(sheet.focus).toBe(true);
        // What every panel says (its text, its charts' summaries): a province changes it, and it
        // all comes back after.
        const summaries = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('[data-panel]')].map(
              (p) =>
                `${p.textContent} ${[...p.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('aria-label'))}`,
            ),
          );
        const before = await summaries();
        const zhejiang = '.filter-sheet [data-filter="region"] [data-value="zhejiang"]';
        expect(await tapAndWatch(page, zhejiang)).toBe(0);
        await page.waitForFunction(
          () =>
            location.search === '?region=zhejiang' ||
            location.search === '?lang=en&region=zhejiang',
        );
        await page.waitForFunction(
          (was) =>
            JSON.stringify(
              [...document.querySelectorAll('[data-panel]')].map(
                (p) =>
                  `${p.textContent} ${[...p.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('aria-label'))}`,
              ),
            ) !== JSON.stringify(was),
          before,
        );
        expect(await attr(page, zhejiang, 'aria-pressed')).toBe('true');
        expect(await text(page, '.sheet-head h2')).toBe(w.one);
        await tap(page, '[data-action="close-filters"]');
        await page.waitForFunction(() => !document.querySelector('.filter-sheet[data-open]'));
        expect(await focusedAction(page)).toBe('open-filters');
        expect(await text(page, '[data-action="open-filters"]')).toBe(w.one);
        const chip = '[data-active-filter="region:zhejiang"]';
        expect(await text(page, chip)).toBe(`${w.zhejiang}×`);
        // The chip's × clears it: the link, the chart and the count come back.
        await tap(page, chip);
        await page.waitForFunction((sel) => !document.querySelector(sel), chip);
        expect(new URL(page.url()).search).toBe(lang === 'en' ? '?lang=en' : '');
        await page.waitForFunction(
          (was) =>
            JSON.stringify(
              [...document.querySelectorAll('[data-panel]')].map(
                (p) =>
                  `${p.textContent} ${[...p.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('aria-label'))}`,
              ),
            ) === JSON.stringify(was),
          before,
        );
        expect(await text(page, '[data-action="open-filters"]')).toBe(w.filters);
        noProblems(o);
        await o.context.close();
      });

  it('390×844: one actions menu per panel and one header menu (menu button pattern); nothing moves under a tap', async () => {
    const o = await app.open('', { viewport: PHONES[0], touch: true });
    const { page } = o;
    await firstPanelReady(page);
    const panel = '[data-panel="crime-trend"]';
    const button = `${panel} [data-action="actions-menu"]`;
    const list = `${panel} .actions-list`;
    // Closed: the downloads are not on screen; the table switch is.
    expect(
      await page.evaluate((s) => document.querySelector(s)?.getClientRects().length, list),
    ).toBe(0);
    expect(await tapAndWatch(page, button)).toBe(0);
    await page.waitForSelector(`${list}[data-open][role="menu"]`);
    expect(await attr(page, button, 'aria-expanded')).toBe('true');
    expect(await attr(page, button, 'aria-haspopup')).toBe('menu');
    const items = await page.evaluate(
      (s) =>
        [...document.querySelectorAll(`${s} [role="menuitem"]`)].map(
          (b) => (b as HTMLElement).dataset.action,
        ),
      list,
    );
    expect(items).toEqual(['png', 'svg', 'csv', 'copy-link', 'copy-embed', 'present']);
    expect(await focusedAction(page)).toBe('png');
    await page.keyboard.press('ArrowDown');
    expect(await focusedAction(page)).toBe('svg');
    await page.keyboard.press('End');
    expect(await focusedAction(page)).toBe('present');
    await page.keyboard.press('ArrowDown');
    expect(await focusedAction(page)).toBe('png');
    await page.keyboard.press('ArrowUp');
    expect(await focusedAction(page)).toBe('present');
    await page.keyboard.press('Escape');
    expect(await attr(page, button, 'aria-expanded')).toBe('false');
    expect(await focusedAction(page)).toBe('actions-menu');
    // From the keyboard: ↓ on the button opens it on the first item; a tap outside closes it.
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector(`${list}[data-open]`);
    expect(await focusedAction(page)).toBe('png');
    await tap(page, 'h1');
    await page.waitForFunction((s) => !document.querySelector(`${s}[data-open]`), list);
    // An item's action closes the menu and gives focus back to its button.
    await tap(page, button);
    await page.waitForSelector(`${list}[data-open]`);
    await tap(page, `${list} [data-action="csv"]`);
    await page.waitForFunction((s) => !document.querySelector(`${s}[data-open]`), list);
    expect(await focusedAction(page)).toBe('actions-menu');
    // The table switch stays one tap away, and the chart does not jump under the finger.
    expect(await tapAndWatch(page, `${panel} [data-action="table"]`)).toBe(0);
    expect(await attr(page, `${panel} [data-action="table"]`, 'aria-pressed')).toBe('true');

    // The header: the title and one menu button; language, theme, patterns, then present and the PPTX.
    const visibleHeader = await page.evaluate(() =>
      [...document.querySelectorAll('header.app-header button')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => (b as HTMLElement).dataset.action),
    );
    expect(visibleHeader).toEqual(['menu']);
    expect(await tapAndWatch(page, '[data-action="menu"]')).toBe(0);
    await page.waitForSelector('#app-menu[data-open]');
    const menu = await page.evaluate(() =>
      [...document.querySelectorAll('#app-menu button')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => (b as HTMLElement).dataset.action),
    );
    expect(menu).toEqual(['lang', 'theme', 'patterns', 'present', 'pptx']);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#app-menu[data-open]'));
    expect(await focusedAction(page)).toBe('menu');
    await tap(page, '[data-action="menu"]');
    await tap(page, '#app-menu [data-action="theme"]');
    await page.waitForFunction(() => location.search === '?theme=dark');
    expect(await page.evaluate(() => document.querySelector('#app-menu[data-open]'))).toBe(null);

    // The page can be zoomed.
    const meta = await attr(page, 'meta[name="viewport"]', 'content');
    expect(meta).toContain('width=device-width');
    expect(meta).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
    noProblems(o);
    await o.context.close();
  });

  it('390×844: axe finds nothing on the first screen, in the open filter sheet and in both open menus', async () => {
    const o = await app.open('?region=zhejiang', { viewport: PHONES[0], touch: true });
    const { page } = o;
    await firstPanelReady(page);
    const found: Record<string, string[]> = {};
    found.first = await violations(page);
    await tap(page, '[data-action="open-filters"]');
    await page.waitForSelector('.filter-sheet[data-open][role="dialog"]');
    found.sheet = await violations(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.filter-sheet[data-open]'));
    await tap(page, '[data-panel="crime-trend"] [data-action="actions-menu"]');
    await page.waitForSelector('[data-panel="crime-trend"] .actions-list[data-open][role="menu"]');
    found.panelMenu = await violations(page);
    await page.keyboard.press('Escape');
    await tap(page, '[data-action="menu"]');
    await page.waitForSelector('#app-menu[data-open]');
    found.headerMenu = await violations(page);
    expect(found).toEqual({ first: [], sheet: [], panelMenu: [], headerMenu: [] });
    noProblems(o);
    await o.context.close();
  }, 120_000);

  it('844×390 (a phone held sideways): the phone layout, the finding on the first screen, 44 px controls', async () => {
    const viewport = { width: 844, height: 390 };
    const o = await app.open('?lang=en', { viewport, touch: true });
    const { page } = o;
    await firstPanelReady(page);
    const first = await page.evaluate(measurePhone, LIMITS);
    expect(first.finding.top).toBeGreaterThanOrEqual(0);
    expect(first.finding.bottom).toBeLessThanOrEqual(viewport.height);
    await chartsDrawn(page);
    const all = await page.evaluate(measurePhone, LIMITS);
    expect(all.small).toEqual([]);
    expect(all.scrollWidth).toBeLessThanOrEqual(viewport.width);
    await tap(page, '[data-action="open-filters"]');
    await page.waitForSelector('.filter-sheet[data-open]');
    // The sheet scrolls within the short screen: its last control can be reached.
    const sheet = await page.evaluate(() => {
      const s = document.querySelector('.filter-sheet') as HTMLElement;
      return { bottom: s.getBoundingClientRect().bottom, scrolls: s.scrollHeight > s.clientHeight };
    });
    expect(sheet.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(sheet.scrolls).toBe(true);
    noProblems(o);
    await o.context.close();
  });

  it('1440×900: the desk keeps its row of buttons and its filter bar; no menu button, no sheet', async () => {
    const o = await app.open('');
    const { page } = o;
    await firstPanelReady(page);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [
          '[data-action="menu"]',
          '[data-action="open-filters"]',
          '[data-panel="crime-trend"] [data-action="actions-menu"]',
          '[data-panel="crime-trend"] [data-action="png"]',
          '.filter-bar',
          'header [data-action="present"]',
        ].map((s) => [s, (document.querySelector(s)?.getClientRects().length ?? 0) > 0]),
      ),
    );
    expect(shown).toEqual({
      '[data-action="menu"]': false,
      '[data-action="open-filters"]': false,
      '[data-panel="crime-trend"] [data-action="actions-menu"]': false,
      '[data-panel="crime-trend"] [data-action="png"]': true,
      '.filter-bar': true,
      'header [data-action="present"]': true,
    });
    // No menu roles at a desk: the buttons are plain buttons.
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[role="menu"], [role="menuitem"]').length,
      ),
    ).toBe(0);
    noProblems(o);
    await o.context.close();
  });
});
