import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { PANEL_IDS } from '../support/panel-ids';

/** The last panel: the farthest down the page. */
const LAST = PANEL_IDS.at(-1) ?? '';

const SIZES = [
  { name: 'desktop 1440×900', viewport: { width: 1440, height: 900 }, touch: false },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, touch: true },
] as const;

/** Waits for the landing to end (`<html data-landing>`: done or cancelled) and returns how it ended. */
async function landingEnded(page: Page): Promise<string | undefined> {
  await page.waitForFunction(
    () => ['done', 'cancelled'].includes(document.documentElement.dataset.landing ?? ''),
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(() => document.documentElement.dataset.landing);
}

/** The panel's top in the viewport, px. */
function topOf(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? NaN, id);
}

/** Whether the page is scrolled to its end (a short last panel lands as high as it can go). */
function atPageEnd(page: Page): Promise<boolean> {
  return page.evaluate(
    () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
  );
}

describeBrowser('a link to a panel lands on it (issue 20, item 4)', () => {
  const app = useApp();

  it.each(SIZES)(
    '$name: #<panel> opens with that panel at the top, for every panel',
    async (size) => {
      const { page, context, pageErrors } = await app.open('', size);
      for (const id of PANEL_IDS) {
        // A new document each time (a fragment change alone would not load the page).
        await page.goto('about:blank');
        await page.goto(`${app.server.url}?region=anhui#${id}`);
        await expect(landingEnded(page)).resolves.toBe('done');
        const top = await topOf(page, id);
        // At the top, or as high as the page lets it (a short last panel: the page is at its end).
        const atEnd = await atPageEnd(page);
        expect({ id, top, landed: top >= -1 && (top <= 80 || atEnd) }).toEqual({
          id,
          top,
          landed: true,
        });
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    180_000,
  );

  it('the embed’s "open in the full dashboard" lands on its panel', async () => {
    const { page, context } = await app.open(`embed.html?panel=${LAST}&region=anhui&lang=en`);
    const href = await page.locator('[data-action="open-dashboard"]').getAttribute('href');
    expect(href).toMatch(new RegExp(`#${LAST}$`));
    await page.goto(new URL(href ?? '', page.url()).href);
    await expect(landingEnded(page)).resolves.toBe('done');
    const top = await topOf(page, LAST);
    const atEnd = await atPageEnd(page);
    expect(top).toBeGreaterThanOrEqual(-1);
    if (!atEnd) expect(top).toBeLessThanOrEqual(80);
    await context.close();
  });

  it('once the reader scrolls (wheel), the page never jumps back to the panel', async () => {
    const { page, context } = await app.open(`?lang=en#${LAST}`);
    // Landed once, still following the panels above as they take their heights: the reader's
    // wheel turns at that moment (in the page: from the test, on a busy machine, the following
    // could end before the wheel came), then goes on scrolling up.
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top;
      const now =
        document.documentElement.dataset.landing === 'following' &&
        top !== undefined &&
        Math.abs(top) < 2;
      if (now) window.dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
      return now;
    }, LAST);
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -600);
    await expect(landingEnded(page)).resolves.toBe('cancelled');
    await panelsSettled(page);
    // Time enough for a landing still following to have pulled the panel back up.
    await page.waitForTimeout(1500);
    expect(await topOf(page, LAST)).toBeGreaterThan(300);
    await context.close();
  });

  it('a link without a panel, or naming none, stays at the top', async () => {
    const { page, context } = await app.open('?lang=en#nothing-here');
    await panelsSettled(page);
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => [window.scrollY, document.documentElement.dataset.landing]),
    ).toEqual([0, undefined]);
    await context.close();
  });
});
