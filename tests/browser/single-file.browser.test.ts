import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled } from '../support/browser-env';
import { launchChromium } from '../support/chromium';
import { panelStatuses } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';
import { buildSingleFile, offlineContext } from '../support/single-file';

/**
 * The offline single file (npm run build:single) opened from disk with the network cut off.
 * YRD_SINGLE=path/to/yrd-dashboard.html tests a file already built; otherwise the test builds one
 * into a temporary folder.
 */
describeBrowser('the offline single file, opened from file:// with no network', () => {
  let file: string;
  let tmp: string | undefined;
  let browser: Browser;
  beforeAll(async () => {
    if (process.env.YRD_SINGLE) file = resolve(process.env.YRD_SINGLE);
    else ({ dir: tmp, file } = buildSingleFile('yrd-single-'));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** A page that may read only the file itself (and data:/blob: URLs): every other request is aborted and counted. */
  async function openOffline(query = '', viewport = { width: 1440, height: 900 }) {
    const { context, self, requests } = await offlineContext(browser, file, viewport);
    const pageErrors: string[] = [];
    const page: Page = await context.newPage();
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && url.split(/[?#]/)[0] !== self)
        requests.push(url);
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(self + query);
    return { page, context, requests, pageErrors };
  }

  it('is one file: no script, style, icon or data file beside it', () => {
    const dir = resolve(file, '..');
    expect(readdirSync(dir)).toEqual(['yrd-dashboard.html']);
    const html = readFileSync(file, 'utf8');
    // The tags alone (inline code and data left out; the inliner escapes `</script` inside them).
    const tags = html
      .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
      .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/g, '$1</style>')
      .match(/<(script|link|style)\b[^>]*>/g);
    expect(tags).toEqual([
      expect.stringMatching(/^<link rel="icon" href="data:image\/svg\+xml;base64,/),
      '<script type="module" crossorigin>',
      expect.stringMatching(/^<style\b/),
      // public/browser-check.js, inline (a file opened from disk has no CSP).
      '<script>',
      '<script type="application/json" id="yrd-inline-data">',
    ]);
    // React's production build, not the development one.
    expect(html).not.toContain('react-stack-top-frame');
  });

  it('holds the default view with no script: every panel’s finding and every chart, baked at build time', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
    });
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const findings = await page.locator('[data-panel] h2').allTextContents();
    expect(findings).toHaveLength(PANEL_IDS.length);
    expect(findings[0]).toContain('65.1%');
    const charts = await page.locator('[data-chart]').all();
    expect(charts.length).toBeGreaterThanOrEqual(PANEL_IDS.length);
    for (const chart of charts) {
      const svg = chart.locator('.chart-baked > svg[data-bake-width="wide"]');
      await expect(svg.isVisible()).resolves.toBe(true);
      await expect(svg.locator('text').count()).resolves.toBeGreaterThan(3);
    }
    await expect(page.locator('#yrd-bake').count()).resolves.toBe(1);
    await context.close();
  });

  it('hydrates the baked view with no mismatch; a link for another view has it hidden before any of the app’s code runs', async () => {
    for (const query of ['', '?lang=en']) {
      const { page, context, requests, pageErrors } = await openOffline(query);
      // Where the page stood when parsed, before its (deferred) module ran.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          const root = document.getElementById('root');
          (window as { __parsed?: unknown }).__parsed = {
            baked: document.documentElement.dataset.baked ?? null,
            rootShown: root ? getComputedStyle(root).visibility !== 'hidden' : null,
          };
        });
      });
      await page.reload();
      await panelsSettled(page);
      const state = await page.evaluate(() => ({
        parsed: (window as { __parsed?: unknown }).__parsed,
        baked: document.documentElement.dataset.baked,
        errors: (window as { __yrdHydrationErrors?: string[] }).__yrdHydrationErrors ?? [],
        lang: document.documentElement.lang,
      }));
      expect(state, query || 'the default view').toEqual(
        query
          ? {
              parsed: { baked: 'hide', rootShown: false },
              baked: 'live',
              errors: [],
              lang: 'en',
            }
          : {
              parsed: { baked: null, rootShown: true },
              baked: 'hydrated',
              errors: [],
              lang: 'zh-CN',
            },
      );
      expect({ requests, pageErrors }).toEqual({ requests: [], pageErrors: [] });
      await context.close();
    }
  });

  it.each([
    ['zh', ''],
    ['en', '?lang=en'],
  ])('draws every panel in %s with no request at all', async (_lang, query) => {
    const { page, context, requests, pageErrors } = await openOffline(query);
    await panelsSettled(page);
    await chartsDrawn(page);
    const panels = await panelStatuses(page);
    expect(panels).toEqual(PANEL_IDS.map((id) => [id, 'success']));
    // Everything is in the page itself: no element points at another file.
    const external = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[href]')]
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '')
        .filter((u) => !u.startsWith('data:')),
    );
    expect({ external, requests, pageErrors }).toEqual({
      external: [],
      requests: [],
      pageErrors: [],
    });
    await context.close();
  });

  it('filters from the link apply, and a filter change keeps working on file://', async () => {
    const { page, context, requests, pageErrors } = await openOffline(
      '?metric=homicides&region=zhejiang',
    );
    await panelsSettled(page);
    await chartsDrawn(page);
    await page.locator('[data-filter="region"] [data-value="zhejiang"]').click();
    await page.waitForFunction(() => !window.location.search.includes('region'));
    expect(new URL(page.url()).search).toBe('?metric=homicides');
    expect({ requests, pageErrors }).toEqual({ requests: [], pageErrors: [] });
    await context.close();
  });

  it('runs present mode: slides with their charts, the clicker keys, and back to the dashboard', async () => {
    const { page, context, requests, pageErrors } = await openOffline('?mode=present', {
      width: 1920,
      height: 1080,
    });
    await page.waitForSelector('[data-slide="title"]');
    for (const id of PANEL_IDS) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`[data-slide="${id}"]`);
      await page.waitForSelector(
        `[data-slide="${id}"] [data-panel="${id}"][data-status="success"]`,
      );
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-chart]')].every(
          (c) => c.getAttribute('data-chart-state') === 'finished',
        ),
      );
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-slide="sources"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-panel="crime-trend"]');
    expect({ requests, pageErrors }).toEqual({ requests: [], pageErrors: [] });
    await context.close();
  });

  it('builds the slide deck (PPTX) offline: the show’s slides, a chart image on each panel slide', async () => {
    const { page, context, requests, pageErrors } = await openOffline('?lang=en');
    await panelsSettled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-action="pptx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('yrd-slides-en.pptx');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const slides = await Promise.all(
      // The title, one per panel, the sources, and one more that must not be there.
      Array.from({ length: PANEL_IDS.length + 3 }, (_, i) =>
        zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string'),
      ),
    );
    expect(slides.filter((x) => x !== undefined).length).toBe(PANEL_IDS.length + 2);
    expect(slides.slice(1, -2).every((x) => x?.includes('<p:pic>'))).toBe(true);
    expect({ requests, pageErrors }).toEqual({ requests: [], pageErrors: [] });
    await context.close();
  });
});

it('the normal build carries no inline data: it fetches data/*.json beside it', () => {
  const dist = resolve(process.env.YRD_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) return;
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('yrd-inline-data');
  expect(existsSync(join(dist, 'data/crime.json'))).toBe(true);
  expect(existsSync(join(dist, 'embed.html'))).toBe(true);
  expect(existsSync(join(dist, 'embed.js'))).toBe(true);
});
