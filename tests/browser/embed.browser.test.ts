import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExampleServers, startExample } from '../../scripts/example-host';
import { describeBrowser } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import { axeViolations } from '../support/pages';
import { PANEL_IDS, PANELS_META } from '../support/panel-ids';

/** The first and the last panel's names: the message lists every panel by name. */
const FIRST = PANELS_META[0]?.name ?? { zh: '', en: '' };
const LAST = PANELS_META.at(-1)?.name ?? { zh: '', en: '' };

import { expectClean, frameOf, openWatched, RESIZE, settled } from '../support/watched-page';

const embeds = (page: Page) => page.$$('iframe[data-yrd-embed]');

/** Each embed iframe's height on the host page, and the height of the content inside it. */
async function heights(page: Page) {
  const out: { panel: string; iframe: number; content: number; overflow: number }[] = [];
  for (const handle of await embeds(page)) {
    const frame = await frameOf(handle);
    const inner = await frame.evaluate(() => {
      const root = document.querySelector('[data-embed]');
      const doc = document.documentElement;
      return {
        panel: root?.getAttribute('data-embed') ?? '',
        content: root ? root.getBoundingClientRect().height : -1,
        overflow: doc.scrollHeight - doc.clientHeight,
      };
    });
    const iframe = await handle.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
    out.push({ ...inner, iframe });
  }
  return out;
}

/** Waits (the resize message needs a moment) until every iframe fits its content within 2 px. */
async function expectFitted(page: Page) {
  const deadline = Date.now() + 10_000;
  let last = await heights(page);
  while (Date.now() < deadline && !last.every((h) => Math.abs(h.iframe - h.content) <= 2)) {
    await page.waitForTimeout(200);
    last = await heights(page);
  }
  for (const h of last) {
    expect(Math.abs(h.iframe - h.content), JSON.stringify(h)).toBeLessThanOrEqual(2);
    expect(h.overflow, `${h.panel} scrolls inside its iframe`).toBeLessThanOrEqual(0);
    expect(h.content).toBeGreaterThan(100);
  }
  return last;
}

/** Scrolls each (lazy) iframe into view and waits until its panel has drawn. */
async function allEmbedsDrawn(page: Page, lang = 'zh') {
  for (const handle of await embeds(page)) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await frameOf(handle);
    await frame.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang, {
      timeout: 20_000,
    });
    await settled(frame);
  }
}

describeBrowser('the example host page embeds two panels from another origin', () => {
  let servers: ExampleServers;
  let noScript: ExampleServers;
  let browser: Browser;
  let origins: string[];
  beforeAll(async () => {
    servers = await startExample();
    // The same page without the host script: the iframes keep their fixed height.
    noScript = await startExample({
      transform: (html) => html.replace(/<script src="[^"]*embed\.js" defer><\/script>/, ''),
    });
    browser = await launchChromium();
    origins = [new URL(servers.app.url).origin, new URL(servers.host.url).origin];
    expect(origins[0]).not.toBe(origins[1]);
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.close();
    await noScript?.close();
  });

  it('sizes each iframe to its content after load and after a language switch, with no CSP violation and no request off the two origins', async () => {
    const w = await openWatched(browser, servers.pageUrl, origins);
    const { page } = w;
    expect(await page.$$eval('iframe[data-yrd-embed]', (fs) => fs.length)).toBe(2);
    await allEmbedsDrawn(page);
    const zh = await expectFitted(page);
    expect(zh.map((h) => h.panel)).toEqual(['crime-trend', 'projects']);

    // Each frame: its panel drawn, its source line kept; the second without the panel's buttons (actions=0).
    const [first, second] = await Promise.all((await embeds(page)).map(frameOf));
    for (const frame of [first, second] as Frame[]) {
      expect(await frame.locator('[data-panel]').getAttribute('data-status')).toBe('success');
      expect((await frame.locator('.panel-source p').first().textContent())?.trim()).toMatch(
        /^来源/,
      );
    }
    expect(await (first as Frame).locator('.panel-actions').count()).toBe(1);
    expect(await (second as Frame).locator('.panel-actions, [data-action]').count()).toBe(0);

    // The host page changes the iframes' language through their src.
    for (const handle of await embeds(page))
      await handle.evaluate((el) => {
        const f = el as HTMLIFrameElement;
        const url = new URL(f.src);
        url.searchParams.set('lang', 'en');
        f.src = url.href;
      });
    await allEmbedsDrawn(page, 'en');
    const en = await expectFitted(page);
    for (const handle of await embeds(page)) {
      const frame = await frameOf(handle);
      expect((await frame.locator('.panel-source p').first().textContent())?.trim()).toMatch(
        /^Source/,
      );
    }
    // The English crime-trend panel is not the Chinese one's height: the iframe followed it.
    expect(en.map((h) => h.panel)).toEqual(['crime-trend', 'projects']);

    expectClean(w);
    await w.context.close();
  });

  it('a baked embed has its height on the host page before its code has run', async () => {
    // The embed's code never arrives: the height comes from the page's HTML and browser-check.js.
    const w = await openWatched(browser, servers.pageUrl, origins, {
      beforeGoto: (page) => page.route('**/assets/embed-*.js', (r) => r.abort()),
    });
    const [first] = await embeds(w.page);
    if (!first) throw new Error('no iframe');
    await first.scrollIntoViewIfNeeded();
    const frame = await frameOf(first);
    await frame.waitForLoadState('load');
    const deadline = Date.now() + 5_000;
    let fit: { iframe: number; content: number } = { iframe: 0, content: 0 };
    while (Date.now() < deadline) {
      const content = await frame.evaluate(
        () =>
          document.querySelector('#root > [data-embed="crime-trend"]')?.getBoundingClientRect()
            .height ?? 0,
      );
      fit = {
        iframe: await first.evaluate((el) => (el as HTMLIFrameElement).clientHeight),
        content,
      };
      if (content > 100 && Math.abs(fit.iframe - content) <= 2) break;
      await w.page.waitForTimeout(100);
    }
    expect(fit.content).toBeGreaterThan(100);
    expect(Math.abs(fit.iframe - fit.content), JSON.stringify(fit)).toBeLessThanOrEqual(2);
    expect(await frame.evaluate(() => document.documentElement.dataset.baked ?? null)).toBe(null);
    await w.context.close();
  });

  it('follows the content when the host page narrows (phone width)', async () => {
    const w = await openWatched(browser, servers.pageUrl, origins);
    await allEmbedsDrawn(w.page);
    const wide = await expectFitted(w.page);
    await w.page.setViewportSize({ width: 390, height: 844 });
    await w.page.waitForTimeout(300);
    await allEmbedsDrawn(w.page);
    const narrow = await expectFitted(w.page);
    expect(narrow[0]?.content).not.toBe(wide[0]?.content);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });

  it('the host script takes only well-formed heights from its own dashboard iframes; the embed takes no message', async () => {
    const w = await openWatched(browser, servers.pageUrl, origins);
    const { page } = w;
    await allEmbedsDrawn(page);
    const before = await expectFitted(page);
    const [firstHandle] = await embeds(page);
    const first = await frameOf(firstHandle as ElementHandle);
    const iframeHeight = () =>
      (firstHandle as ElementHandle).evaluate((el) => (el as HTMLIFrameElement).clientHeight);

    // Not from an iframe: the host page itself.
    await page.evaluate(
      (type) => window.postMessage({ type, panel: 'crime-trend', height: 333 }, '*'),
      RESIZE,
    );
    // From the embed, but malformed.
    await first.evaluate((type) => {
      for (const height of [1e9, -5, 0, '333', Number.NaN, Number.POSITIVE_INFINITY, null])
        window.parent.postMessage({ type, panel: 'crime-trend', height }, '*');
      window.parent.postMessage({ type: 'other', panel: 'crime-trend', height: 333 }, '*');
      window.parent.postMessage(`${type}:333`, '*');
    }, RESIZE);
    // From another iframe of the same dashboard, not marked data-yrd-embed: embed.js sizes it too
    // (a CMS may strip the attribute; see embed-cms.browser.test.ts), and the first one keeps its height.
    const appUrl = servers.app.url;
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = `${src}embed.html?panel=governance`;
      f.id = 'unmarked';
      document.body.append(f);
    }, appUrl);
    const unmarkedHandle = await page.waitForSelector('#unmarked');
    // Chromium does not draw a cross-origin frame out of view: bring it in before waiting for its chart.
    await unmarkedHandle.scrollIntoViewIfNeeded();
    const unmarked = await frameOf(unmarkedHandle);
    await settled(unmarked);
    await unmarked.evaluate(
      (type) => window.parent.postMessage({ type, panel: 'governance', height: 444 }, '*'),
      RESIZE,
    );
    await page.waitForTimeout(500);
    expect(await iframeHeight()).toBe(before[0]?.iframe);
    expect(await page.$eval('#unmarked', (el) => (el as HTMLIFrameElement).clientHeight)).not.toBe(
      150,
    );

    // Messages into the embed change nothing in it.
    await page.evaluate((type) => {
      const f = document.querySelector('iframe[data-yrd-embed]') as HTMLIFrameElement;
      f.contentWindow?.postMessage({ type, panel: 'crime-trend', height: 100 }, '*');
      f.contentWindow?.postMessage({ type: 'yrd-dashboard:view', lang: 'en', theme: 'dark' }, '*');
      f.contentWindow?.postMessage('lang=en', '*');
    }, RESIZE);
    await page.waitForTimeout(500);
    expect(await first.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

    // A well-formed message from the marked iframe is taken (the checks above are not a blanket refusal).
    await first.evaluate(
      (type) => window.parent.postMessage({ type, panel: 'crime-trend', height: 321 }, '*'),
      RESIZE,
    );
    await page.waitForFunction(
      () =>
        (document.querySelector('iframe[data-yrd-embed]') as HTMLIFrameElement).clientHeight ===
        321,
    );
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('without the host script the iframes keep their fixed height and the panel still works inside', async () => {
    const w = await openWatched(browser, noScript.pageUrl, [
      new URL(noScript.app.url).origin,
      new URL(noScript.host.url).origin,
    ]);
    await allEmbedsDrawn(w.page);
    const hs = await heights(w.page);
    expect(hs.map((h) => h.iframe)).toEqual([640, 640]);
    expect(hs[0]?.overflow).toBeGreaterThan(0); // the crime trend is taller: it scrolls in its frame
    expect({ csp: w.cspViolations, pageErrors: w.pageErrors }).toEqual({ csp: [], pageErrors: [] });
    await w.context.close();
  });

  it('the CSP watch sees a violation inside a frame (so the zero above means something)', async () => {
    const w = await openWatched(browser, servers.pageUrl, origins);
    await allEmbedsDrawn(w.page);
    const [handle] = await embeds(w.page);
    const frame = await frameOf(handle as ElementHandle);
    await frame.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await w.page.waitForTimeout(300);
    expect(w.cspViolations).toEqual([`${origins[0]} style-src-elem inline`]);
    await w.context.close();
  });
});

describeBrowser('one embed opened directly', () => {
  let servers: ExampleServers;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    servers = await startExample();
    browser = await launchChromium();
    origin = new URL(servers.app.url).origin;
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.close();
  });
  const open = (query: string, viewport?: { width: number; height: number }) =>
    openWatched(browser, `${servers.app.url}embed.html${query}`, [origin], { viewport });

  it('takes lang, theme and the filters from its URL; no app chrome; the source line stays', async () => {
    const w = await open('?panel=crime-trend&lang=en&theme=dark&metric=homicides&region=zhejiang');
    await settled(w.page);
    const page = w.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.title()).toMatch(/YRD Policing Dashboard$/);
    expect(
      await page
        .locator('[data-panel]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel'))),
    ).toEqual(['crime-trend']);
    expect(await page.locator('[data-panel]').getAttribute('data-status')).toBe('success');
    expect(await page.locator('h1, .app-header, .filter-bar, .app-footer').count()).toBe(0);
    expect((await page.locator('.panel-source p').textContent())?.trim()).toMatch(/^Source/);
    // The filters are in force: the link to the full dashboard carries them.
    const href = await page.locator('[data-action="open-dashboard"]').getAttribute('href');
    expect(decodeURIComponent(href ?? '')).toBe(
      './?lang=en&theme=dark&region=zhejiang&metric=homicides#crime-trend',
    );
    expect({ csp: w.cspViolations, errors: w.pageErrors, foreign: w.foreignRequests }).toEqual({
      csp: [],
      errors: [],
      foreign: [],
    });
    await w.context.close();
  });

  it('draws every panel on its own', async () => {
    for (const id of PANEL_IDS) {
      const w = await open(`?panel=${id}&actions=0`, { width: 600, height: 800 });
      await settled(w.page);
      expect(await w.page.locator(`[data-panel="${id}"]`).getAttribute('data-status')).toBe(
        'success',
      );
      expect(await w.page.locator('[data-action]').count()).toBe(0);
      expect({ csp: w.cspViolations, errors: w.pageErrors }).toEqual({ csp: [], errors: [] });
      await w.context.close();
    }
  });

  it.each([
    ['zh', '?panel=crime', '没有名为“crime”的图表。', '可用的 panel 值', FIRST.zh],
    [
      'en',
      '?panel=crime&lang=en',
      'There is no chart named “crime”.',
      'Valid values for panel',
      FIRST.en,
    ],
    ['zh', '', '嵌入链接没有指定图表(panel=…)。', '可用的 panel 值', LAST.zh],
    [
      'en',
      '?lang=en',
      'The embed link names no chart (panel=…).',
      'Valid values for panel',
      LAST.en,
    ],
  ])(
    'an unknown or missing panel name gives a clear message listing the valid ones (%s %s)',
    async (_lang, query, heading, intro, name) => {
      const w = await open(query);
      const message = w.page.locator('[data-embed-error="unknown-panel"]');
      await message.waitFor();
      const text = (await message.textContent()) ?? '';
      expect(text).toContain(heading);
      expect(text).toContain(intro);
      expect(text).toContain(name);
      for (const id of PANEL_IDS) expect(text).toContain(id);
      expect(await message.getAttribute('role')).toBe('alert');
      expect({ csp: w.cspViolations, errors: w.pageErrors }).toEqual({ csp: [], errors: [] });
      await w.context.close();
    },
  );

  it('names what it could not use in the link, and still shows the panel', async () => {
    const w = await open('?panel=governance&actions=maybe&colour=red&lang=en');
    await settled(w.page);
    const notice = (await w.page.locator('[data-notice="url"]').textContent()) ?? '';
    expect(notice).toContain('actions=maybe');
    expect(notice).toContain('colour=red');
    expect(await w.page.locator('[data-panel="governance"]').getAttribute('data-status')).toBe(
      'success',
    );
    await w.context.close();
  });

  it('has no axe violation (WCAG 2.1 A/AA): a panel in light and dark, and the message', async () => {
    for (const query of [
      '?panel=crime-trend',
      '?panel=governance&theme=dark&lang=en',
      '?panel=nope',
    ]) {
      const w = await open(query);
      if (query.includes('nope')) await w.page.locator('[data-embed-error]').waitFor();
      else await settled(w.page);
      expect((await axeViolations(w.page)).map((v) => `${query} ${v}`)).toEqual([]);
      await w.context.close();
    }
  });
});
