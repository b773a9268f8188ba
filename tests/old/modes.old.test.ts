import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  attr,
  chartsDrawn,
  click,
  describeEachOld,
  describeState,
  exists,
  MIN_PATHS,
  MIN_TEXTS,
  NO_PROBLEMS,
  type Opened,
  openedWindow,
  PANEL_IDS,
  problems,
  shot,
  text,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';

const DECK = ['title', ...PANEL_IDS, 'sources'];
/** The slide after this one. */
const after = (id: string) => DECK[DECK.indexOf(id) + 1] ?? '';
const lastPanel = PANEL_IDS[PANEL_IDS.length - 1] ?? '';
/** The show's slides in order from the first panel's: [first panel, second, third, …]. */
const [, s1 = '', s2 = '', s3 = '', s4 = '', s5 = ''] = DECK;
const slideOn = (page: Page) => attr(page, '[data-slide]', 'data-slide');

async function press(o: Opened, key: string, expected: string) {
  await o.page.keyboard.press(key);
  await waitUntil(o, `slide "${expected}" after ${key}`, async () => {
    return (await slideOn(o.page)) === expected;
  });
}

const onStage = (page: Page) => attr(page, '[data-stage] [data-slide]', 'data-slide');

/**
 * Waits until the projector shows slide `id`, and the console shows it as current and `next`
 * after it, every chart of both previews drawn (finished, with marks and labels, and laid out at
 * the preview's size: scaled into it, not collapsed).
 */
async function bothOn(projector: Opened, presenter: Opened, id: string, next: string, why: string) {
  await waitUntil(projector, `the projector on "${id}" (${why})`, async () => {
    return (await onStage(projector.page)) === id;
  });
  await waitUntil(presenter, `the console on "${id}", "${next}" next, charts drawn (${why})`, () =>
    presenter.page.evaluate(
      ({ id, next, minPaths, minTexts }) => {
        const root = document.querySelector(`[data-role="console"][data-console-slide="${id}"]`);
        const preview = (which: string) => root?.querySelector(`[data-preview="${which}"]`);
        const drawn = (box: Element | null | undefined, slide: string) => {
          if (box?.querySelector('[data-slide]')?.getAttribute('data-slide') !== slide)
            return false;
          const width = box.getBoundingClientRect().width;
          return [...box.querySelectorAll('[data-panel]')].every((p) => {
            const chart = p.querySelector('[data-chart]');
            const svg = chart?.querySelector('svg');
            const w = svg?.getBoundingClientRect().width ?? 0;
            return (
              p.getAttribute('data-status') === 'success' &&
              chart?.getAttribute('data-chart-state') === 'finished' &&
              (svg?.querySelectorAll('path').length ?? 0) >= minPaths &&
              (svg?.querySelectorAll('text').length ?? 0) >= minTexts &&
              w > width * 0.3 &&
              w <= width + 1
            );
          });
        };
        return drawn(preview('current'), id) && drawn(preview('next'), next);
      },
      { id, next, minPaths: MIN_PATHS, minTexts: MIN_TEXTS },
    ),
  );
}

/** Present mode and the one-panel embed from the production build (strict CSP), in Chromium 86 and 109. */
describeEachOld('present mode and the embed (production build, strict CSP)', (version) => {
  const app = useOldApp(version);

  it('walks the deck with the keys, every slide with its chart drawn', async () => {
    const o = await app.open('?mode=present', { viewport: { width: 1920, height: 1080 } });
    await waitUntil(o, 'the title slide', async () => (await slideOn(o.page)) === 'title');
    expect(await text(o.page, '[data-slide-count]')).toContain(`1 / ${DECK.length}`);
    for (const id of PANEL_IDS) {
      await press(o, 'ArrowRight', id);
      await chartsDrawn(o, [id]);
      if (id === 'crime-trend' || id === 'timeline')
        await shot(o.page, version, `present-${id}-1920`);
    }
    await press(o, 'ArrowRight', 'sources');
    await press(o, 'ArrowRight', 'title');
    await press(o, 'ArrowLeft', 'sources');
    await press(o, 'ArrowLeft', lastPanel);
    await chartsDrawn(o, [lastPanel]);
    await press(o, 'Home', 'title');
    await press(o, 'End', 'sources');
    expect(await text(o.page, '[data-slide-count]')).toContain(`${DECK.length} / ${DECK.length}`);
    await press(o, 'Home', 'title');
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });

  it('S opens the presenter console: current and next slide drawn, notes, timer, clock; keys and buttons page both windows', async () => {
    const projector = await app.open('?mode=present&slide=crime-trend', {
      viewport: { width: 1920, height: 1080 },
    });
    await waitUntil(projector, 'the crime-trend slide', async () => {
      return (await onStage(projector.page)) === 'crime-trend';
    });
    await chartsDrawn(projector, ['crime-trend']);
    const presenter = await openedWindow(projector, () => projector.page.keyboard.press('s'));
    await presenter.page.setViewportSize({ width: 1440, height: 900 });
    await waitUntil(presenter, 'the console, linked to the projector', () =>
      exists(presenter.page, '[data-role="console"][data-link="connected"]'),
    );
    const url = new URL(presenter.page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      mode: 'present',
      slide: 'crime-trend',
      console: '1',
    });
    await bothOn(projector, presenter, s1, s2, 'opened');
    expect(await presenter.page.title()).toMatch(/^演讲者视图 · /);
    const notes = await text(presenter.page, '[data-console-notes]');
    // The finding, the chart's summary with its derived figure in words, the verbatim sentence.
    expect(notes).toContain('湖州刑事案件从峰值下降65.1%,命案下降87.0%');
    expect(notes).toContain('较2010年峰值下降65.1%(推算)');
    expect(notes).toContain('命案由最高点2008年的54起降至2019年的7起');
    expect(await text(presenter.page, '[data-slide-count]')).toBe(`第 2 / ${DECK.length} 页`);
    expect(await text(presenter.page, '[data-elapsed]')).toBe('00:00');
    expect(await text(presenter.page, '[data-clock]')).toMatch(/^\d\d:\d\d$/);
    expect(await text(presenter.page, '[data-link-status]')).toBe('已连接放映窗口');
    // The projector shows the slide alone: no notes, preview, timer or clock of the console.
    expect(await exists(projector.page, '[data-notes], [data-preview], [data-timer]')).toBe(false);
    await shot(presenter.page, version, 'console-crime-trend-1440');

    // Keys and buttons in either window move both; the timer starts at the first change of slide.
    await presenter.page.keyboard.press('ArrowRight');
    await bothOn(projector, presenter, s2, s3, 'ArrowRight in the console');
    await waitUntil(presenter, 'the timer running', async () => {
      return (await attr(presenter.page, '[data-timer]', 'data-timer')) === 'running';
    });
    await click(presenter.page, '[data-action="next"]');
    await bothOn(projector, presenter, s3, s4, 'Next in the console');
    await shot(presenter.page, version, `console-${s3}-1440`);
    await shot(projector.page, version, `console-projector-${s3}-1920`);
    await projector.page.keyboard.press('ArrowRight');
    await bothOn(projector, presenter, s4, s5, 'ArrowRight in the projector');
    await click(presenter.page, '[data-action="prev"]');
    await bothOn(projector, presenter, s3, s4, 'Previous in the console');
    await presenter.page.keyboard.press('End');
    await bothOn(projector, presenter, 'sources', 'title', 'End in the console (the next wraps)');
    expect(await text(presenter.page, '[data-slide-count]')).toBe(
      `第 ${DECK.length} / ${DECK.length} 页`,
    );
    expect(await text(presenter.page, '[data-elapsed]')).toMatch(/^00:0\d$/);
    expect(problems(presenter), await describeState(presenter)).toEqual(NO_PROBLEMS);
    expect(problems(projector), await describeState(projector)).toEqual(NO_PROBLEMS);
    await projector.context.close();
  });

  it('Tab in the console never lands in a preview: the slides there are a look, not controls', async () => {
    const projector = await app.open('?mode=present&slide=timeline', {
      viewport: { width: 1280, height: 720 },
    });
    await waitUntil(projector, 'the timeline slide', async () => {
      return (await onStage(projector.page)) === 'timeline';
    });
    const presenter = await openedWindow(projector, () => projector.page.keyboard.press('s'));
    // The projects slide has buttons of its own (the named projects), next and then current.
    for (const [id, next] of [
      ['timeline', after('timeline')],
      ['projects', after('projects')],
    ] as const) {
      if (id === 'projects') await presenter.page.keyboard.press('PageDown');
      await bothOn(projector, presenter, id, next, 'before Tab');
      const inPreview: string[] = [];
      for (let i = 0; i < 30; i++) {
        await presenter.page.keyboard.press('Tab');
        const focused = await presenter.page.evaluate(() => {
          const el = document.activeElement;
          return el?.closest('[data-preview]') ? el.outerHTML.slice(0, 80) : null;
        });
        if (focused) inPreview.push(focused);
      }
      expect(inPreview, `${id} current, ${next} next`).toEqual([]);
    }
    expect(problems(presenter), await describeState(presenter)).toEqual(NO_PROBLEMS);
    expect(problems(projector), await describeState(projector)).toEqual(NO_PROBLEMS);
    await projector.context.close();
  });

  it.each(PANEL_IDS)('embed.html?panel=%s draws its chart', async (id) => {
    const o = await app.open(`embed.html?panel=${id}`, { viewport: { width: 1024, height: 768 } });
    await chartsDrawn(o, [id]);
    expect(await exists(o.page, `[data-panel]:not([data-panel="${id}"])`)).toBe(false);
    await shot(o.page, version, `embed-${id}-1024`, true);
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });
});
