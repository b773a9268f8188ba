import type { Browser, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExampleServers, startExample } from '../../scripts/example-host';
import { describeBrowser } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import {
  expectClean,
  frameOf,
  openWatched,
  RESIZE,
  settled,
  type Watched,
} from '../support/watched-page';

// examples/cms-stripped.html: the embed snippet after a CMS rewrote it (no data-* attributes, a
// style attribute, a class, a border, a stripped height), twice for the same panel (zh and en).
// embed.js must size every iframe that loads an embed from its origin, each to its own content.

/** What the host page saw: each resize message with the index of the iframe that sent it (-1: none). */
interface Posted {
  frame: number;
  height: unknown;
  origin: string;
}

/**
 * A watched page (see openWatched) that also records, in the host page, every resize message it
 * receives. `hideUrl` removes the URL constructor from the host page (as in IE 11) before its
 * scripts run.
 */
function openHost(
  browser: Browser,
  url: string,
  origins: string[],
  options: { hideUrl?: boolean } = {},
): Promise<Watched> {
  return openWatched(browser, url, origins, {
    beforeGoto: (page) =>
      page.addInitScript(
        ({ type, hideUrl }) => {
          if (window.top !== window) return;
          const posted: Posted[] = [];
          (window as unknown as { __posted: Posted[] }).__posted = posted;
          window.addEventListener('message', (e) => {
            if (!e.data || e.data.type !== type) return;
            const frames = Array.prototype.slice.call(
              document.getElementsByTagName('iframe'),
            ) as HTMLIFrameElement[];
            posted.push({
              frame: frames.findIndex((f) => f.contentWindow === e.source),
              height: e.data.height,
              origin: e.origin,
            });
          });
          if (hideUrl) (window as unknown as { URL: unknown }).URL = undefined;
        },
        { type: RESIZE, hideUrl: options.hideUrl ?? false },
      ),
  });
}

/** The two embeds the page was written with (the tests may add other iframes after them). */
async function embeds(page: Page): Promise<ElementHandle[]> {
  return (await page.$$('iframe')).slice(0, 2);
}

/** Scrolls each (possibly lazy) iframe into view and waits until its panel has drawn. */
async function allDrawn(page: Page) {
  for (const [handle, lang] of (await embeds(page)).map((h, i) => [h, i ? 'en' : 'zh'] as const)) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await frameOf(handle);
    await frame.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang, {
      timeout: 20_000,
    });
    await settled(frame);
  }
}

/** Each embed's viewport (the height embed.js gave its iframe) against its content's height. */
async function heights(page: Page) {
  const out: {
    lang: string;
    panel: string;
    viewport: number;
    content: number;
    overflow: number;
  }[] = [];
  for (const handle of await embeds(page)) {
    out.push(
      await (await frameOf(handle)).evaluate(() => {
        const root = document.querySelector('[data-embed]');
        const doc = document.documentElement;
        return {
          lang: doc.lang,
          panel: root?.getAttribute('data-embed') ?? '',
          viewport: window.innerHeight,
          content: root ? root.getBoundingClientRect().height : -1,
          overflow: doc.scrollHeight - doc.clientHeight,
        };
      }),
    );
  }
  return out;
}

/** Waits (the resize message needs a moment) until both iframes fit their content within 2 px. */
async function expectFitted(page: Page) {
  const fits = (hs: Awaited<ReturnType<typeof heights>>) =>
    hs.length === 2 && hs.every((h) => Math.abs(h.viewport - h.content) <= 2 && h.overflow <= 0);
  const deadline = Date.now() + 10_000;
  let last = await heights(page);
  while (Date.now() < deadline && !fits(last)) {
    await page.waitForTimeout(200);
    last = await heights(page);
  }
  expect(last).toHaveLength(2);
  for (const h of last) {
    expect(Math.abs(h.viewport - h.content), JSON.stringify(h)).toBeLessThanOrEqual(2);
    expect(h.overflow, `${h.lang} scrolls inside its iframe`).toBeLessThanOrEqual(0);
    expect(h.content).toBeGreaterThan(100);
  }
  return last;
}

/** The last height each of the two embeds posted, as the host page received it. */
async function lastPosted(page: Page) {
  const posted = await page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
  return [0, 1].map((i) => posted.filter((p) => p.frame === i).at(-1));
}

/** Every iframe's border-box height on the host page. */
const boxHeights = (page: Page) =>
  page.$$eval('iframe', (fs) => fs.map((f) => f.getBoundingClientRect().height));

describeBrowser('a CMS-stripped host page: two iframes of one panel, no data-* attributes', () => {
  let servers: ExampleServers;
  let browser: Browser;
  let origins: string[];
  let pageUrl: string;
  beforeAll(async () => {
    servers = await startExample();
    browser = await launchChromium();
    origins = [new URL(servers.app.url).origin, new URL(servers.host.url).origin];
    pageUrl = servers.urlOf('cms-stripped');
    expect(origins[0]).not.toBe(origins[1]);
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.close();
  });

  it('sizes each iframe to its own content, after load and when only one of them narrows', async () => {
    const w = await openHost(browser, pageUrl, origins);
    const { page } = w;
    // The page is what the CMS left: two iframes, not one data-* attribute anywhere, a style attribute.
    expect(
      await page.evaluate(() => ({
        iframes: document.getElementsByTagName('iframe').length,
        dataAttributes: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('data-')),
        ),
        styled: [...document.querySelectorAll('iframe[style][class]')].length,
      })),
    ).toEqual({ iframes: 2, dataAttributes: [], styled: 2 });

    await allDrawn(page);
    const wide = await expectFitted(page);
    expect(wide.map((h) => [h.panel, h.lang])).toEqual([
      ['crime-trend', 'zh-CN'],
      ['crime-trend', 'en'],
    ]);
    const [zh, en] = wide as [(typeof wide)[0], (typeof wide)[0]];
    // Different heights for the same panel, far enough apart that a swapped height would not fit.
    expect(Math.abs(zh.content - en.content)).toBeGreaterThan(20);
    // Each iframe has the height its own embed posted, from the dashboard's origin.
    const posted = await lastPosted(page);
    for (const [i, h] of wide.entries()) {
      expect(posted[i]?.origin).toBe(origins[0]);
      expect(Math.abs(Number(posted[i]?.height) - h.viewport)).toBeLessThanOrEqual(2);
    }

    // A narrower page narrows the full-width zh iframe only (the en one is at its 560 px maximum):
    // the zh iframe follows its content, the en one keeps its height.
    await page.setViewportSize({ width: 640, height: 900 });
    await page.waitForTimeout(300);
    await allDrawn(page);
    const narrow = await expectFitted(page);
    expect(narrow[0]?.content).not.toBe(zh.content);
    expect(narrow[1]?.content).toBe(en.content);
    expect(narrow[1]?.viewport).toBe(en.viewport);
    expectClean(w);
    await w.context.close();
  });

  it('a wrong origin or a window that is not one of the page’s iframes changes nothing; a good message sizes only its sender', async () => {
    const w = await openHost(browser, pageUrl, origins);
    const { page } = w;
    await allDrawn(page);
    await expectFitted(page);
    const [zhHandle, enHandle] = (await embeds(page)) as [ElementHandle, ElementHandle];
    const zhFrame = await frameOf(zhHandle);
    const enFrame = await frameOf(enHandle);
    const app = servers.app.url;

    // Three more iframes whose documents are not from their src's origin (or that have no src):
    // srcdoc (the host's origin), sandboxed (an opaque origin, "null"), and no src at all.
    await page.evaluate((appUrl) => {
      const add = (set: (f: HTMLIFrameElement) => void) => {
        const f = document.createElement('iframe');
        f.height = '200';
        f.title = 'test frame';
        set(f);
        document.querySelector('article')?.append(f);
      };
      add((f) => {
        f.src = `${appUrl}embed.html?panel=crime-trend`;
        f.srcdoc = '<p>not the dashboard</p>';
      });
      add((f) => {
        f.setAttribute('sandbox', 'allow-scripts');
        f.src = `${appUrl}data/article.txt`;
      });
      add(() => {});
    }, app);
    const extra = (await page.$$('iframe')).slice(2);
    expect(extra).toHaveLength(3);
    const extraFrames = await Promise.all(extra.map(frameOf));
    await Promise.all(extraFrames.map((f) => f.waitForLoadState()));
    // A frame inside the zh embed, from the dashboard's origin: a window, but not one of the page's iframes.
    await zhFrame.evaluate(() => {
      const f = document.createElement('iframe');
      f.hidden = true;
      f.src = `${location.origin}/data/article.txt`;
      document.body.append(f);
    });
    const nested = await (await zhFrame.waitForSelector('iframe', { state: 'attached' }))
      .contentFrame()
      .then((f) => {
        if (!f) throw new Error('no nested frame');
        return f;
      });
    await nested.waitForLoadState();

    expect(await extraFrames[0]?.evaluate(() => location.href)).toBe('about:srcdoc');
    expect(await extraFrames[1]?.evaluate(() => window.origin)).toBe('null');
    expect(await extraFrames[2]?.evaluate(() => location.href)).toBe('about:blank');

    const before = await boxHeights(page);
    // Record every height embed.js writes from here on (a write and its undoing would not show
    // in a before/after comparison).
    await page.evaluate(() => {
      const frames = [...document.getElementsByTagName('iframe')];
      const log: string[] = [];
      (window as unknown as { __writes: string[] }).__writes = log;
      new MutationObserver((records) => {
        for (const r of records) {
          const f = r.target as HTMLIFrameElement;
          log.push(`${frames.indexOf(f)} ${f.style.height}`);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    const post = (height: number) => ({ type: RESIZE, panel: 'crime-trend', height });

    // Not from an iframe: the host page itself, and a popup of the dashboard's origin.
    await page.evaluate((m) => window.postMessage(m, '*'), post(333));
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((u) => void window.open(u, 'yrd-popup'), `${app}data/article.txt`),
    ]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).origin).toBe(origins[0]);
    await popup.evaluate((m) => window.opener.postMessage(m, '*'), post(344));
    // The right origin, but a frame inside an embed rather than one of the page's iframes.
    await nested.evaluate((m) => window.top?.postMessage(m, '*'), post(355));
    // The wrong origin for the iframe's src: srcdoc (the host's), sandboxed ("null"), no src.
    for (const [i, frame] of extraFrames.entries())
      await frame.evaluate((m) => window.parent.postMessage(m, '*'), post(366 + i * 11));

    await page.waitForTimeout(500);
    const received = (await page.evaluate(
      () => (window as unknown as { __posted: Posted[] }).__posted,
    )) as Posted[];
    // The host page did receive them all (so "nothing changed" is embed.js's doing).
    for (const h of [333, 344, 355, 366, 377, 388])
      expect(
        received.some((p) => p.height === h),
        `message ${h} arrived`,
      ).toBe(true);
    expect(received.find((p) => p.height === 366)?.origin).toBe(origins[1]);
    expect(received.find((p) => p.height === 377)?.origin).toBe('null');
    expect(received.find((p) => p.height === 388)?.frame).toBe(4);
    expect(
      await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes),
    ).toEqual([]);
    expect(await boxHeights(page)).toEqual(before);

    // A well-formed message from the en embed sizes the en iframe, and only it.
    await enFrame.evaluate((m) => window.parent.postMessage(m, '*'), post(321));
    await page.waitForFunction(
      () => (window as unknown as { __writes: string[] }).__writes.length > 0,
    );
    const writes = await page.evaluate(
      () => (window as unknown as { __writes: string[] }).__writes,
    );
    // 321 px of viewport plus the en iframe's 1 px borders (box-sizing: border-box on the page).
    expect(writes[0]).toBe('1 323px');
    expect(writes.filter((s) => !s.startsWith('1 '))).toEqual([]);
    expect((await boxHeights(page))[0]).toBe(before[0]);

    expect(w.pageErrors).toEqual([]);
    expectClean(w);
    await popup.close();
    await w.context.close();
  });

  it('works without the URL constructor (IE 11): the origin comes from an <a> element', async () => {
    const w = await openHost(browser, pageUrl, origins, { hideUrl: true });
    const { page } = w;
    expect(await page.evaluate(() => typeof URL)).toBe('undefined');
    await allDrawn(page);
    const hs = await expectFitted(page);
    expect(Math.abs((hs[0]?.content ?? 0) - (hs[1]?.content ?? 0))).toBeGreaterThan(20);
    // Still only from the iframe that loads the embed: the host page's own message is ignored.
    const before = await boxHeights(page);
    await page.evaluate((m) => window.postMessage(m, '*'), {
      type: RESIZE,
      panel: 'crime-trend',
      height: 333,
    });
    await page.waitForTimeout(300);
    expect(await boxHeights(page)).toEqual(before);
    expectClean(w);
    await w.context.close();
  });
});
