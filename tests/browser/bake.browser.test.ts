// The pages baked at build time (src/bake/): readable with no script, hydrated with no mismatch,
// never showing the default view as another link's, and honest when a data file changes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BAKE_WIDTHS } from '../../src/bake/widths';
import { describeBrowser, type OpenedPage, panelsSettled, useApp } from '../support/browser-env';
import { bakedGovernanceBar, ENGINE_CHUNK } from '../support/charts';
import { PANEL_IDS } from '../support/panel-ids';
import { expectClean } from '../support/watched-page';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const ANNUAL = readFileSync(join(ROOT, 'tests/fixtures/crime-annual.json'), 'utf8');

/** What the page tells about its bake and hydration once its scripts ran. */
async function bakeState(page: import('playwright-core').Page) {
  await page.waitForFunction(() => document.documentElement.dataset.baked !== undefined);
  await page.waitForFunction(() => document.documentElement.dataset.baked !== 'hide');
  return page.evaluate(() => ({
    baked: document.documentElement.dataset.baked,
    errors: (window as { __yrdHydrationErrors?: string[] }).__yrdHydrationErrors ?? [],
  }));
}

/** A moment later, the page has met no CSP violation, foreign request, page or console error. */
async function expectQuiet(opened: OpenedPage) {
  await opened.page.waitForTimeout(300);
  expectClean(opened);
}

/** The chart engine's chunks the page has fetched since it was opened (its resource timing: every
 *  request from the navigation on, including those made before the test could listen). */
async function engineFetched(page: import('playwright-core').Page): Promise<string[]> {
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  return fetched.filter((n) => ENGINE_CHUNK.test(n));
}

describeBrowser('the baked pages (production build, strict CSP)', () => {
  const app = useApp();

  it('holds the default view with no script: every panel’s finding and every chart, with the bake date', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    const findings = await page.locator('[data-panel] h2').allTextContents();
    expect(findings).toHaveLength(PANEL_IDS.length);
    expect(findings[0]).toContain('65.1%');
    // Each chart drawn at each bake width (a phone's, the grids'); the desk's one shown here.
    await expect(page.locator('[data-chart] > .chart-baked > svg').count()).resolves.toBe(
      Object.keys(BAKE_WIDTHS).length * (await page.locator('[data-chart]').count()),
    );
    await expect(page.locator('[data-chart]').count()).resolves.toBeGreaterThanOrEqual(
      PANEL_IDS.length,
    );
    for (const chart of await page.locator('[data-chart]').all()) {
      const svg = chart.locator('.chart-baked > svg[data-bake-width="wide"]');
      await expect(svg.isVisible()).resolves.toBe(true);
      await expect(svg.locator('text').count()).resolves.toBeGreaterThan(3);
      // Out of the accessibility tree, as the live drawing is; the summary describes it.
      await expect(chart.locator('.chart-baked').getAttribute('aria-hidden')).resolves.toBe('true');
      expect(await chart.getAttribute('aria-label')).toBeTruthy();
    }
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    // Nothing the strict CSP blocks: no style attribute or element, ids per chart.
    expect(html).not.toMatch(/\sstyle="|<style/);
    expect(html).not.toMatch(/zr\d+-/);
    // The bake record (a <meta>, JSON in its content) dates the bake.
    const record = JSON.parse((await page.locator('#yrd-bake').getAttribute('content')) ?? '{}');
    const date = /^\d{4}-\d\d-\d\d$/.exec(String(record.date))?.[0];
    expect(date).toBeTruthy();
    await expect(page.locator('noscript').count()).resolves.toBe(1);
    expect(html).toMatch(new RegExp(`<noscript>[^<]*${date}`));
    await context.close();
  });

  it('hydrates the default view with no mismatch and no CSP violation, on a desk and a phone', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const opened = await app.open('', { viewport });
      const { page, context } = opened;
      expect(await bakeState(page)).toEqual({ baked: 'hydrated', errors: [] });
      await panelsSettled(page);
      // The phone shows the drawing baked at its width.
      if (viewport.width < 600)
        await expect(
          page.locator('.chart-baked > svg[data-bake-width="narrow"]').first().isVisible(),
        ).resolves.toBe(true);
      await expectQuiet(opened);
      await context.close();
    }
  });

  it('hydrates with no mismatch on a slow CPU (4×), where the page is still being parsed when scripts could run', async () => {
    // The app's entry is an async module: on a slow machine it could run before the parser reached
    // the last panels, read their baked drawings as missing, and fail to hydrate them (4 loads in
    // 10 did before the entry waited for the parsed page and started after the first paint).
    // A context of its own: the harness routes every request through the test, which slows the
    // code's arrival enough to hide the race. 6 loads (it struck 4 in 10).
    for (let i = 0; i < 6; i++) {
      const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(app.server.url);
      expect(await bakeState(page), `load ${i + 1}`).toEqual({ baked: 'hydrated', errors: [] });
      await context.close();
    }
  });

  // Where a reader points or taps: beside a label of the baked drawing (on the governance chart's
  // first bar; on the crime chart's peak point, on the phone's first screen), and what the live
  // chart's tooltip then draws a second time.
  it.each([
    ['a desk, pointing', { width: 1440, height: 900 }, false, 'governance', '96.1%', -100, 0],
    ['a phone, tapping', { width: 390, height: 844 }, true, 'crime-trend', '峰值 4.3万', 0, 14],
  ] as const)(
    'runs no chart engine for a reader who only reads; on %s at a baked chart, the live chart answers it',
    async (_, viewport, touch, chart, label, dx, dy) => {
      const { page, context, cspViolations, pageErrors, consoleErrors } = await app.open('', {
        viewport,
        touch,
      });
      expect(await bakeState(page)).toEqual({ baked: 'hydrated', errors: [] });
      // A reader who reads: the page sits still, every chart as baked, no engine fetched or run.
      await page.waitForTimeout(1500);
      const before = await page.evaluate(() => ({
        states: [...document.querySelectorAll('[data-chart]')].map((c) =>
          c.getAttribute('data-chart-state'),
        ),
        live: window.__yrdCharts?.live() ?? 0,
      }));
      expect(await engineFetched(page)).toEqual([]);
      expect(before.live).toBe(0);
      expect(before.states.every((s) => s === 'loading')).toBe(true);
      const at = await page.evaluate(
        ([chart, label, width]) => {
          const svg = document.querySelector(
            `[data-chart="${chart}"] .chart-baked > svg[data-bake-width="${width}"]`,
          );
          const text = [...(svg?.querySelectorAll('text') ?? [])].find((t) =>
            t.textContent?.includes(label),
          );
          const r = text?.getBoundingClientRect();
          return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        },
        [chart, label, viewport.width < 600 ? 'narrow' : 'wide'] as const,
      );
      if (!at) throw new Error(`no baked "${label}" in ${chart}`);
      if (touch) await page.touchscreen.tap(at.x + dx, at.y + dy);
      else await page.mouse.move(at.x + dx, at.y + dy);
      // The one gesture is enough: the live chart shows that mark's tooltip (its value again).
      const value = label.replace(/^峰值 /, '');
      await page.waitForFunction(
        ([chart, value]) =>
          [...document.querySelectorAll(`[data-chart="${chart}"] svg text`)].filter(
            (t) => t.getClientRects().length > 0 && t.textContent?.includes(value),
          ).length >= 2,
        [chart, value] as const,
        { timeout: 15_000 },
      );
      await expect(
        page.locator(`[data-chart="${chart}"]`).getAttribute('data-chart-state'),
      ).resolves.toBe('finished');
      expect((await engineFetched(page)).length).toBeGreaterThan(0);
      expect({ cspViolations, pageErrors, consoleErrors }).toEqual({
        cspViolations: [],
        pageErrors: [],
        consoleErrors: [],
      });
      await context.close();
    },
  );

  // The first answer comes from the baked drawing itself, before the engine: here the engine is
  // held back until every answer has been checked, then let through.
  it.each([
    ['a desk, pointing at every bar', { width: 1440, height: 900 }, false, 'governance'],
    // A line's points are small: laid out in the browser's fonts, the live chart moves them a few
    // pixels from under the pointer, and the answer must not be lost for it.
    ['a desk, pointing at every point', { width: 1440, height: 900 }, false, 'crime-trend'],
    ['a phone, tapping every point', { width: 390, height: 844 }, true, 'crime-trend'],
  ] as const)(
    'answers %s of a baked chart with its tooltip’s words before the engine is there; the live tooltip then says the same',
    async (_, viewport, touch, chart) => {
      const opened = await app.open('', { viewport, touch });
      const { page, context } = opened;
      let release = () => {};
      const released = new Promise<void>((done) => {
        release = done;
      });
      await page.route(ENGINE_CHUNK, async (route) => {
        await released;
        await route.fallback();
      });
      expect(await bakeState(page)).toEqual({ baked: 'hydrated', errors: [] });
      const box = page.locator(`[data-chart="${chart}"]`);
      await box.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      const width = viewport.width < 600 ? 'narrow' : 'wide';
      // Every datum the baked drawing shows (a bar, a point; not a mark line's shape).
      const shapes = await page.evaluate(
        ([chart, width]) =>
          [
            ...document.querySelectorAll(
              `[data-chart="${chart}"] .chart-baked > svg[data-bake-width="${width}"] [ecmeta_data_index]`,
            ),
          ].map((e) => {
            const r = e.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }),
        [chart, width] as const,
      );
      expect(shapes.length).toBeGreaterThanOrEqual(2);
      const tip = () =>
        page.evaluate(() => {
          const t = document.querySelector<HTMLElement>('.chart-tip');
          return t && !t.hidden && t.getClientRects().length > 0 ? t.textContent : null;
        });
      const words: string[] = [];
      for (const { x, y } of shapes) {
        if (touch) await page.touchscreen.tap(x, y);
        else await page.mouse.move(x, y);
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>('.chart-tip')?.hidden === false,
          undefined,
          { timeout: 5000 },
        );
        words.push((await tip()) ?? '');
      }
      // Still baked: no engine has run; each datum had words of its own, from the article.
      await expect(box.getAttribute('data-chart-state')).resolves.toBe('loading');
      expect(new Set(words).size).toBe(shapes.length);
      if (chart === 'governance') expect(words[0]).toBe('矛盾纠纷化解率\n96.1%\n2020年(今年)');
      else expect(words[0]).toBe('刑事案件总量 2010: 4.3万 起');
      // Pointed away (or tapped elsewhere), the answer goes.
      if (touch) await page.touchscreen.tap(viewport.width / 2, 40);
      else await page.mouse.move(viewport.width / 2, 40);
      await expect.poll(tip).toBeNull();
      // The engine comes: at the first datum again, the live chart draws the same words in its own
      // tooltip (each line one more time than the chart shows without it) and the baked answer goes.
      const last = shapes[0] as { x: number; y: number };
      const said = (words[0] ?? '').split('\n');
      const counts = (where: string) =>
        page.evaluate(
          ([where, said]) =>
            said.map(
              (line) =>
                [...document.querySelectorAll(where)].filter(
                  (t) => t.getClientRects().length > 0 && t.textContent?.includes(line),
                ).length,
            ),
          [where, said] as const,
        );
      const baked = await counts(
        `[data-chart="${chart}"] .chart-baked > svg[data-bake-width="${width}"] text`,
      );
      release();
      if (touch) await page.touchscreen.tap(last.x, last.y);
      else await page.mouse.move(last.x, last.y);
      await page.waitForFunction(
        (chart) =>
          document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-chart-state') ===
          'finished',
        chart,
        { timeout: 15_000 },
      );
      await expect
        .poll(() => counts(`[data-chart="${chart}"] svg text`), { timeout: 5000 })
        .toEqual(baked.map((n) => n + 1));
      await expect.poll(tip).toBeNull();
      await expectQuiet(opened);
      await context.close();
    },
  );

  // Its words are baked on each shape: the page answers from its first script, before its data
  // has come and it is hydrated (here the data files are held back until the answer is checked).
  it('answers a pointer with the words baked on its shape before the page is hydrated', async () => {
    const opened = await app.open('');
    const { page, context } = opened;
    let release = () => {};
    const released = new Promise<void>((done) => {
      release = done;
    });
    await context.route('**/data/*.json', async (route) => {
      await released;
      await route.fallback();
    });
    await page.reload();
    // The app's entry has taken over what the reader does (browser-check.js kept it until then).
    await page.waitForFunction(() => {
      const w = window as { __yrdMounted?: boolean; __yrdEarly?: unknown };
      return w.__yrdMounted === true && w.__yrdEarly === undefined;
    });
    const bar = await bakedGovernanceBar(page);
    expect(bar).toBeDefined();
    await page.mouse.move(bar?.x ?? 0, bar?.y ?? 0);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.chart-tip')?.hidden === false,
      undefined,
      { timeout: 5000 },
    );
    await expect(page.locator('.chart-tip').textContent()).resolves.toBe(
      '矛盾纠纷化解率\n96.1%\n2020年(今年)',
    );
    await expect(
      page.evaluate(() => document.documentElement.dataset.baked ?? 'not yet'),
    ).resolves.toBe('not yet');
    release();
    expect(await bakeState(page)).toEqual({ baked: 'hydrated', errors: [] });
    await expectQuiet(opened);
    await context.close();
  });

  it('keeps every chart baked on a still page at the widths readers use, each drawing near its box’s size', async () => {
    for (const [width, height, touch] of [
      [360, 780, true],
      [390, 844, true],
      [414, 896, true],
      [768, 1024, true],
      [1280, 800, false],
      [1366, 768, false],
      [1536, 864, false],
      [1920, 1080, false],
    ] as const) {
      const { page, context, cspViolations } = await app.open('', {
        viewport: { width, height },
        touch,
      });
      expect(await bakeState(page)).toEqual({ baked: 'hydrated', errors: [] });
      await page.waitForTimeout(1200);
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((c) => {
          const shown = [...c.querySelectorAll<SVGSVGElement>('.chart-baked > svg')].filter(
            (s) => s.getClientRects().length > 0,
          );
          const view = shown[0]?.viewBox.baseVal;
          return {
            name: c.dataset.chart,
            state: c.dataset.chartState,
            shown: shown.length,
            // The drawing's width against its box's (its 13 px text stays at 11.7 px or more),
            // and its height is the box's: the live chart takes the same place.
            ratio: view ? Math.round((c.clientWidth / view.width) * 100) / 100 : 0,
            sameHeight: view?.height === c.clientHeight,
          };
        }),
      );
      const where = `${width}×${height}`;
      expect(charts.length, where).toBeGreaterThanOrEqual(PANEL_IDS.length);
      for (const c of charts) {
        expect({ where, ...c }).toMatchObject({ state: 'loading', shown: 1, sameHeight: true });
        expect(c.ratio, `${where} ${c.name}`).toBeGreaterThanOrEqual(0.9);
        expect(c.ratio, `${where} ${c.name}`).toBeLessThanOrEqual(1.15);
      }
      expect(await engineFetched(page), where).toEqual([]);
      expect(cspViolations, where).toEqual([]);
      await context.close();
    }
  });

  it.each([
    '?lang=en',
    '?theme=dark',
    '?mode=present',
    '?from=2018&categories=judicial',
    '?lang=xx&from=%3Cscript%3E',
  ])('shows no baked figure as the link’s own: %s', async (path) => {
    const { page, context, cspViolations, pageErrors } = await app.open(path);
    // Before the scripts run the baked view is hidden; the app renders the link's own.
    expect(await bakeState(page)).toEqual({ baked: 'live', errors: [] });
    await expect(page.locator('.chart-baked').count()).resolves.toBe(0);
    expect({ cspViolations, pageErrors }).toEqual({ cspViolations: [], pageErrors: [] });
    await context.close();
  });

  it('hides the baked view before any script for a link that is not the default one', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    // The app's code never arrives: what shows is the page's HTML and browser-check.js.
    await context.route('**/assets/index-*.js', (r) => r.abort());
    const page = await context.newPage();
    await page.goto(`${app.server.url}?lang=en`);
    await page.waitForLoadState('load');
    await expect(page.locator('#root').isVisible()).resolves.toBe(false);
    await page.goto(app.server.url);
    await page.waitForLoadState('load');
    await expect(page.locator('[data-panel] h2').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describeBrowser('the embed page, baked (production build, strict CSP)', () => {
  const app = useApp();

  it('shows the panel its link names before the app’s code runs, and only that one; a link for another view shows none', async () => {
    const context = await app.browser.newContext({ viewport: { width: 800, height: 900 } });
    // The app's code never arrives: what shows is the page's HTML and browser-check.js.
    await context.route('**/assets/embed-*.js', (r) => r.abort());
    const page = await context.newPage();
    for (const id of PANEL_IDS) {
      await page.goto(`${app.server.url}embed.html?panel=${id}`);
      await page.waitForLoadState('load');
      const shown = await page
        .locator('[data-embed]')
        .evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-embed')),
        );
      expect(shown, id).toEqual([id]);
      const heading = page.locator(`[data-embed="${id}"] [data-panel] h2`);
      await expect(heading.isVisible()).resolves.toBe(true);
      await expect(
        page.locator(`[data-embed="${id}"] .chart-baked > svg`).first().count(),
      ).resolves.toBe(1);
    }
    for (const query of [`?panel=${PANEL_IDS[0]}&lang=en`, '?panel=nonsense', '']) {
      await page.goto(`${app.server.url}embed.html${query}`);
      await page.waitForLoadState('load');
      const visible = await page
        .locator('[data-panel] h2')
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      const rootShown = await page.locator('#root').isVisible();
      expect({ query, visible: rootShown ? visible : 0 }).toEqual({ query, visible: 0 });
    }
    await context.close();
  });

  it('hydrates the named panel with no mismatch and no CSP violation, asking only for the data files it was baked from', async () => {
    for (const id of PANEL_IDS) {
      const opened = await app.open(`embed.html?panel=${id}`);
      const { page, context } = opened;
      expect(await bakeState(page), id).toEqual({ baked: 'hydrated', errors: [] });
      await expect(page.locator('#root > [data-embed]').count()).resolves.toBe(1);
      await expect(page.locator(`#root > [data-embed="${id}"]`).isVisible()).resolves.toBe(true);
      // The files its embed was baked from (the crime panel's are two: its milestones come from
      // timeline.json), each asked for once, and no other.
      const record = JSON.parse((await page.locator('#yrd-bake').getAttribute('content')) ?? '{}');
      const data = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name.split('/').pop() ?? '')
          .filter((n) => n.endsWith('.json')),
      );
      expect(record.embeds?.[id]?.length, id).toBeGreaterThan(0);
      expect(data.sort(), id).toEqual([...record.embeds[id]].sort());
      await expectQuiet(opened);
      await context.close();
    }
  });
});

describeBrowser('a data file replaced after the build', () => {
  // A copy of the build, so the other test files keep theirs.
  const dir = mkdtempSync(join(tmpdir(), 'yrd-bake-'));
  beforeAll(() => {
    cpSync(DIST, dir, { recursive: true });
    writeFileSync(join(dir, 'data/crime.json'), ANNUAL);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const app = useApp({ root: dir });

  const crimeTable = async (path = '') => {
    const { page, context, cspViolations, pageErrors } = await app.open(path);
    const state = await bakeState(page);
    await panelsSettled(page);
    const updated = await page.locator('.baked-updated').allTextContents();
    const text = (await page.locator('[data-panel="crime-trend"]').textContent()) ?? '';
    await context.close();
    return { state, updated, text, cspViolations, pageErrors };
  };

  it('shows its new figures with the "updated" line, and after npm run bake with none', async () => {
    const before = await crimeTable();
    expect(before.state.baked).toBe('replaced');
    expect(before.updated).toHaveLength(1);
    expect(before.updated[0]).toContain('data/crime.json');
    expect(before.cspViolations).toEqual([]);
    // The embed of the same panel, likewise.
    const EMBED = 'embed.html?panel=crime-trend';
    const embedBefore = await crimeTable(EMBED);
    expect(embedBefore.state.baked).toBe('replaced');
    expect(embedBefore.updated).toHaveLength(1);
    expect(embedBefore.updated[0]).toContain('data/crime.json');
    const bake = spawnSync('node', ['scripts/bake.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(bake.status, bake.stderr).toBe(0);
    const after = await crimeTable();
    expect(after.state).toEqual({ baked: 'hydrated', errors: [] });
    expect(after.updated).toEqual([]);
    const embedAfter = await crimeTable(EMBED);
    expect(embedAfter.state).toEqual({ baked: 'hydrated', errors: [] });
    expect(embedAfter.updated).toEqual([]);
    expect(embedAfter.text).toContain('annual series (values invented');
    expect(readFileSync(join(dir, 'embed.html'), 'utf8')).toContain(
      'annual series (values invented',
    );
    // The new series (its invented points cite the fixture) is in the panel before and after, and
    // in the re-baked HTML itself, where the build's page does not have it.
    const NEW = 'annual series (values invented';
    expect(before.text).toContain(NEW);
    expect(after.text).toContain(NEW);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain(NEW);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(NEW);
  }, 120_000);

  it('refuses a broken replacement with check-data’s message and leaves the page as it was', () => {
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    const embed = readFileSync(join(dir, 'embed.html'), 'utf8');
    writeFileSync(join(dir, 'data/crime.json'), ANNUAL.replace('"value": 43000', '"value": "x"'));
    const bake = spawnSync('node', ['scripts/bake.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(bake.status).toBe(1);
    expect(bake.stderr).toContain('crime.json');
    expect(bake.stderr).toContain('the page was not changed');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(page);
    expect(readFileSync(join(dir, 'embed.html'), 'utf8')).toBe(embed);
  });
});
