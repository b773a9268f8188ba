import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  attr,
  chartsDrawn,
  describeEachOld,
  describeState,
  exists,
  NO_PROBLEMS,
  type Opened,
  PANEL_IDS,
  problems,
  shot,
  text,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';

const DECK = ['title', ...PANEL_IDS, 'sources'];
const slideOn = (page: Page) => attr(page, '[data-slide]', 'data-slide');

async function press(o: Opened, key: string, expected: string) {
  await o.page.keyboard.press(key);
  await waitUntil(o, `slide "${expected}" after ${key}`, async () => {
    return (await slideOn(o.page)) === expected;
  });
}

/** Present mode and the one-panel embed from the production build (strict CSP), in Chromium 86 and 109. */
describeEachOld('present mode and the embed (production build, strict CSP)', (version) => {
  const app = useOldApp(version);

  it('walks the deck with the keys, every slide with its chart drawn', async () => {
    const o = await app.open('?mode=present', { viewport: { width: 1920, height: 1080 } });
    await waitUntil(o, 'the title slide', async () => (await slideOn(o.page)) === 'title');
    expect(await text(o.page, '[data-slide-count]')).toContain('1 / 7');
    for (const id of PANEL_IDS) {
      await press(o, 'ArrowRight', id);
      await chartsDrawn(o, [id]);
      if (id === 'crime-trend' || id === 'timeline')
        await shot(o.page, version, `present-${id}-1920`);
    }
    await press(o, 'ArrowRight', 'sources');
    await press(o, 'ArrowRight', 'title');
    await press(o, 'ArrowLeft', 'sources');
    await press(o, 'ArrowLeft', 'migration');
    await chartsDrawn(o, ['migration']);
    await press(o, 'Home', 'title');
    await press(o, 'End', 'sources');
    expect(await text(o.page, '[data-slide-count]')).toContain(`${DECK.length} / ${DECK.length}`);
    await press(o, 'Home', 'title');
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
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
