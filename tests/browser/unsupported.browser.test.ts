import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';

// A browser below the floor (IE 11, a dual-kernel browser in its IE mode, an old Chromium) must see
// a plain bilingual message, never a blank page. Here the current Chromium plays one: a feature
// the floor has (Promise.any, Chromium 85+) is taken away before the page's scripts run.
const BELOW_FLOOR = 'delete Promise.any;';

async function messageState(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const box = document.getElementById('unsupported');
    const root = document.getElementById('root');
    return {
      shown: !!box && !box.hidden && box.getBoundingClientRect().height > 0,
      text: box?.textContent ?? '',
      // What the app put there (the page's own hidden header, #shell, is not the app's; nor is
      // the view baked into the page's HTML at build time until the app takes it over).
      rootChildren: !root
        ? -1
        : document.getElementById('yrd-bake') &&
            !['hydrated', 'replaced', 'live'].includes(document.documentElement.dataset.baked ?? '')
          ? 0
          : root.querySelectorAll(':scope > :not(#shell)').length,
      shellShown: !!document.getElementById('shell')?.checkVisibility(),
    };
  });
}

describeBrowser('a browser below the floor', () => {
  const app = useApp();

  it.each(['', '?mode=present', 'embed.html?panel=crime-trend'])(
    '%s: the bilingual message with how to switch to 极速模式, and the app does not start',
    async (path) => {
      const { page, context, pageErrors, cspViolations } = await app.open(path, {
        initScript: BELOW_FLOOR,
      });
      await page.waitForSelector('#unsupported:not([hidden])');
      const state = await messageState(page);
      expect(state.shown).toBe(true);
      expect(state.text).toContain('极速模式');
      expect(state.text).toContain('Chromium 86');
      expect(state.text).toMatch(/fast mode/);
      expect(state.rootChildren).toBe(0);
      expect(state.shellShown).toBe(false);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
      await page.screenshot({
        path: `tests/artifacts/unsupported${path.replace(/\W+/g, '-')}.png`,
      });
      await context.close();
    },
  );

  it('the pages ask dual-kernel browsers for the Chromium kernel', async () => {
    const { page, context } = await app.open();
    const metas = await page.evaluate(() => ({
      renderer: document.querySelector('meta[name="renderer"]')?.getAttribute('content'),
      compat: document.querySelector('meta[http-equiv="X-UA-Compatible"]')?.getAttribute('content'),
    }));
    expect(metas).toEqual({ renderer: 'webkit', compat: 'IE=edge' });
    await context.close();
  });

  it('a supported browser never sees it', async () => {
    const { page, context } = await app.open();
    await page.waitForSelector('[data-panel]');
    await page.waitForTimeout(3500); // past browser-check.js's stand-by after load
    const state = await messageState(page);
    expect(state.shown).toBe(false);
    expect(state.rootChildren).toBeGreaterThan(0);
    await context.close();
  });

  it('a supported browser on a slow line never sees it either: the app’s entry arriving 5 s late', async () => {
    // The entry (the module browser-check.js starts once the baked page is painted) held back well
    // past the page's load and the 3 s stand-by that follows it.
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 5000));
      await route.continue();
    });
    await page.goto(app.server.url);
    await page.waitForTimeout(4000);
    expect((await messageState(page)).shown).toBe(false);
    await page.waitForFunction(
      () => document.documentElement.dataset.baked === 'hydrated',
      undefined,
      { timeout: 20_000 },
    );
    const state = await messageState(page);
    expect(state.shown).toBe(false);
    expect(state.rootChildren).toBeGreaterThan(0);
    await context.close();
  });

  it('an error that stops the app before it starts shows the message with the browser and the error', async () => {
    // The entry fails at its first step, as a missing API would in a browser we did not foresee.
    const { page, context, pageErrors } = await app.open('?lang=en', {
      initScript:
        "Object.defineProperty(window, '__yrdMounted', { set() { throw new TypeError('simulated missing API'); } });",
    });
    await page.waitForSelector('#unsupported:not([hidden])', { timeout: 15_000 });
    const state = await messageState(page);
    expect(state.text).toContain('simulated missing API');
    expect(state.text).toMatch(/Chrome\/\d+/);
    expect(pageErrors.join(' ')).toContain('simulated missing API');
    await context.close();
  });
});
