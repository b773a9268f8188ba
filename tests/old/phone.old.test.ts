import { expect, it } from 'vitest';
import {
  attr,
  chartsDrawn,
  describeEachOld,
  describeState,
  NO_PROBLEMS,
  type Opened,
  problems,
  shot,
  text,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';
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

const firstPanelReady = (o: Opened) =>
  waitUntil(o, 'the first panel with its finding and chart', () =>
    o.page.evaluate(firstPanelReadyInPage),
  );
const search = (o: Opened) => o.page.evaluate(() => location.search);

/**
 * Issue 21's floor: the phone layout in the WebViews of older phones (Chromium 86, and 109), with
 * a phone's viewport and touch: the same measures as tests/browser/phone.browser.test.ts, through
 * page.evaluate (Playwright's locators need checkVisibility, which 86 lacks).
 */
describeEachOld('on a phone (touch, 390×844 and 360×780)', (version) => {
  const app = useOldApp(version);

  for (const viewport of PHONES)
    for (const lang of ['zh', 'en'] as const)
      it(`${viewport.width}×${viewport.height} ${lang}: the finding on the first screen, 44 px controls, the filter sheet`, async () => {
        const o = await app.open(lang === 'en' ? '?lang=en' : '', { viewport, touch: true });
        await firstPanelReady(o);
        const first = await o.page.evaluate(measurePhone, LIMITS);
        const state = JSON.stringify(first);
        expect(first.innerWidth, state).toBe(viewport.width);
        expect(first.finding.top, state).toBeGreaterThanOrEqual(0);
        expect(first.finding.bottom, state).toBeLessThanOrEqual(first.innerHeight);
        expect(first.chartTop, state).toBeGreaterThan(0);
        expect(first.chartTop, state).toBeLessThanOrEqual(500);
        expect(first.controlsAbove, state).toBeGreaterThan(0);
        expect(first.controlsAbove, state).toBeLessThanOrEqual(200);
        await shot(o.page, version, `phone-${viewport.width}-${lang}`);

        await chartsDrawn(o);
        const all = await o.page.evaluate(measurePhone, LIMITS);
        expect(all.small).toEqual([]);
        expect(all.tinyText).toEqual([]);
        expect(all.scrollWidth).toBeLessThanOrEqual(all.innerWidth);
        await o.page.evaluate(() => window.scrollTo(0, 0));

        // The filter sheet: a province applies (link and chart change), a chip's × clears it.
        const w = WORDS[lang];
        expect(await text(o.page, '[data-action="open-filters"]')).toBe(w.filters);
        await tap(o.page, '[data-action="open-filters"]');
        await waitUntil(o, 'the filter sheet open', () =>
          o.page.evaluate(
            () => !!document.querySelector('.filter-sheet[data-open][role="dialog"]'),
          ),
        );
        // What every panel says (its text, its charts' summaries): a province changes it, and it
        // all comes back after.
        const summaries = () =>
          o.page.evaluate(() =>
            JSON.stringify(
              [...document.querySelectorAll('[data-panel]')].map(
                (p) =>
                  `${p.textContent} ${[...p.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('aria-label'))}`,
              ),
            ),
          );
        const before = await summaries();
        const zhejiang = '.filter-sheet [data-filter="region"] [data-value="zhejiang"]';
        expect(await tapAndWatch(o.page, zhejiang)).toBe(0);
        const filtered = lang === 'en' ? '?lang=en&region=zhejiang' : '?region=zhejiang';
        await waitUntil(
          o,
          'region=zhejiang in the link and a chart redrawn for it',
          async () => (await search(o)) === filtered && (await summaries()) !== before,
        );
        await tap(o.page, '[data-action="close-filters"]');
        await waitUntil(o, 'the sheet closed', () =>
          o.page.evaluate(() => !document.querySelector('.filter-sheet[data-open]')),
        );
        expect(await text(o.page, '[data-action="open-filters"]')).toBe(w.one);
        const chip = '[data-active-filter="region:zhejiang"]';
        expect(await text(o.page, chip)).toBe(`${w.zhejiang}×`);
        await tap(o.page, chip);
        await waitUntil(o, 'the chip gone, the link and the charts as before', async () => {
          const gone = await o.page.evaluate((s) => !document.querySelector(s), chip);
          return (
            gone &&
            (await search(o)) === (lang === 'en' ? '?lang=en' : '') &&
            (await summaries()) === before
          );
        });
        expect(await text(o.page, '[data-action="open-filters"]')).toBe(w.filters);

        // A panel's actions menu opens on a tap, its items are menu items, Esc closes it.
        const button = '[data-panel="crime-trend"] [data-action="actions-menu"]';
        await tap(o.page, button);
        await waitUntil(o, 'the actions menu open', () =>
          o.page.evaluate(
            () =>
              !!document.querySelector(
                '[data-panel="crime-trend"] .actions-list[data-open][role="menu"]',
              ),
          ),
        );
        await o.page.keyboard.press('Escape');
        expect(await attr(o.page, button, 'aria-expanded')).toBe('false');
        expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
        await o.context.close();
      });
});
