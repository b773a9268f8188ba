import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { ENGINE_CHUNK } from '../support/charts';
import {
  ARTIFACTS,
  attr,
  chartsDrawn,
  click,
  describeEachOld,
  describeState,
  download,
  NO_PROBLEMS,
  openPage,
  PANEL_IDS,
  panelStates,
  problems,
  shot,
  singleFileFixture,
  text,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';

const HAN = /[\u4e00-\u9fff]/;

/** Built once for the file (both versions). */
const single = singleFileFixture();

/**
 * The production build (YRD_DIST or dist/, strict CSP) in Chromium 86 and 109: the dashboard in
 * both languages, a filter, the table view and the three downloads; and the offline single file
 * from file://, in the same browser.
 */
describeEachOld('the dashboard (production build, strict CSP; the single file)', (version) => {
  const app = useOldApp(version);

  it.each([
    ['zh', '', '长三角警务数据看板', '数据截至2020年6月', 'zh-CN'],
    ['en', '?lang=en', 'YRD Policing Dashboard', 'Data as of June 2020', 'en'],
  ])(
    'draws every panel’s chart in %s with no error',
    async (lang, query, title, asOf, htmlLang) => {
      const o = await app.open(query);
      await chartsDrawn(o);
      expect(await text(o.page, 'h1')).toBe(title);
      expect(await text(o.page, '.as-of')).toBe(asOf);
      expect(await o.page.evaluate(() => document.documentElement.lang)).toBe(htmlLang);
      const states = await panelStates(o.page);
      expect(states.map((s) => [s.id, s.status, s.chart])).toEqual(
        PANEL_IDS.map((id) => [id, 'success', 'finished']),
      );
      const headings = await o.page.evaluate(() =>
        [...document.querySelectorAll('[data-panel] h2')].map((h) => h.textContent ?? ''),
      );
      expect(headings).toHaveLength(PANEL_IDS.length);
      if (lang === 'en') {
        // English through and through: headings and chart summaries carry no Chinese.
        const summaries = await o.page.evaluate(() =>
          [...document.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('aria-label')),
        );
        expect(headings.filter((h) => HAN.test(h))).toEqual([]);
        expect(summaries[0]).toMatch(/^Criminal cases: 2010 43,000, 2019 15,000\./);
      } else expect(headings.every((h) => HAN.test(h))).toBe(true);
      // The full page at 1440×900, every chart drawn, for a person to look at.
      await shot(o.page, version, `dashboard-${lang}-1440`, true);
      expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
      await o.context.close();
    },
  );

  it('a baked chart answers a hover with its tooltip’s words before its engine is there; the live chart then takes over', async () => {
    const o = await app.open();
    // The engine held back until the baked chart has answered (the floor build's chunks too).
    let release = () => {};
    const released = new Promise<void>((done) => {
      release = done;
    });
    await o.page.route(ENGINE_CHUNK, async (route) => {
      await released;
      await route.fallback();
    });
    await waitUntil(o, 'the baked page hydrated', () =>
      o.page.evaluate(() => document.documentElement.dataset.baked === 'hydrated'),
    );
    const chart = '[data-chart="governance"]';
    const at = await o.page.evaluate((chart) => {
      const bar = document.querySelector(
        `${chart} .chart-baked > svg[data-bake-width="wide"] [ecmeta_data_index]`,
      );
      const r = bar?.getBoundingClientRect();
      return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, chart);
    if (!at) throw new Error('no baked bar in the governance chart');
    const tip = () =>
      o.page.evaluate(() => {
        const t = document.querySelector<HTMLElement>('.chart-tip');
        return t && !t.hidden ? t.textContent : null;
      });
    // Pointed at again until the chart is waiting for the reader (its bake is checked in a task).
    await waitUntil(o, 'the baked bar answers', async () => {
      await o.page.mouse.move(at.x, at.y + 1);
      await o.page.mouse.move(at.x, at.y);
      return (await tip()) !== null;
    });
    expect(await tip()).toBe('矛盾纠纷化解率\n96.1%\n2020年(今年)');
    expect(await attr(o.page, chart, 'data-chart-state')).toBe('loading');
    release();
    await waitUntil(
      o,
      'the live chart drawn and the baked answer gone',
      async () =>
        (await attr(o.page, chart, 'data-chart-state')) === 'finished' && (await tip()) === null,
    );
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });

  it('a filter click updates the charts and the link', async () => {
    const o = await app.open();
    await chartsDrawn(o);
    const crime = '[data-chart="crime-trend"]';
    expect(await attr(o.page, crime, 'aria-label')).toContain('刑事案件总量');

    // The metric radio: the crime chart shows homicides only, and the link says so.
    await click(o.page, '[data-filter="metric"] input[value="homicides"]');
    await waitUntil(o, 'metric=homicides in the link and in the crime chart', async () => {
      const search = await o.page.evaluate(() => location.search);
      const label = await attr(o.page, crime, 'aria-label');
      return search === '?metric=homicides' && /^命案:2008年 54,2019年 7。/.test(label ?? '');
    });

    // A province chip: the migration chart (when registered) redraws for it, and the link gets the key.
    if (PANEL_IDS.includes('migration')) {
      const renders = Number(await attr(o.page, '[data-chart="migration"]', 'data-renders'));
      const before = await attr(o.page, '[data-chart="migration"]', 'aria-label');
      await click(o.page, '[data-filter="region"] [data-value="zhejiang"]');
      await waitUntil(o, 'region=zhejiang in the link and a redrawn migration chart', async () => {
        const search = await o.page.evaluate(() => decodeURIComponent(location.search));
        const now = Number(await attr(o.page, '[data-chart="migration"]', 'data-renders'));
        const label = await attr(o.page, '[data-chart="migration"]', 'aria-label');
        return search === '?region=zhejiang&metric=homicides' && now > renders && label !== before;
      });
      expect(
        await attr(o.page, '[data-filter="region"] [data-value="zhejiang"]', 'aria-pressed'),
      ).toBe('true');
    }
    await chartsDrawn(o);
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });

  it('shows a table view and downloads CSV (with BOM), PNG and SVG', async () => {
    const o = await app.open();
    await chartsDrawn(o);
    const panel = '[data-panel="governance"]';

    await click(o.page, `${panel} [data-action="table"]`);
    await waitUntil(o, 'the governance table view', async () =>
      o.page.evaluate(
        (p) => (document.querySelectorAll(`${p} table.data-table tbody tr`).length ?? 0) > 5,
        panel,
      ),
    );
    const rows = await o.page.evaluate(
      (p) =>
        [...document.querySelectorAll(`${p} table.data-table tbody tr`)].map((r) =>
          [...r.querySelectorAll('td')].map((td) => td.textContent ?? ''),
        ),
      panel,
    );
    expect(rows[0]?.[0]).toBe('矛盾纠纷化解率');
    expect(rows[0]?.[2]).toBe('96.1');
    expect(await attr(o.page, `${panel} [data-action="table"]`, 'aria-pressed')).toBe('true');

    const csv = await download(o, `${panel} [data-action="csv"]`);
    expect(csv.name).toBe('yrd-governance-zh.csv');
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('矛盾纠纷化解率');
    expect(csvText).toContain('96.1');

    // Back to the chart for the image exports.
    await click(o.page, `${panel} [data-action="table"]`);
    await chartsDrawn(o, ['governance']);

    const png = await download(o, `${panel} [data-action="png"]`);
    expect(png.name).toBe('yrd-governance-zh.png');
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    // Width and height from the IHDR chunk: a real image, not a blank pixel.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(150);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    // Kept beside the screenshots, for a person to look at.
    mkdirSync(join(ARTIFACTS, version), { recursive: true });
    writeFileSync(join(ARTIFACTS, version, 'export-governance.png'), png.bytes);

    const svg = await download(o, `${panel} [data-action="svg"]`);
    expect(svg.name).toBe('yrd-governance-zh.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
    for (const t of ['96.1%', '来源:']) expect(svgText).toContain(t);

    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });

  it('builds the slide deck (PPTX): the show’s slides, each panel’s with its chart image and sentences in the notes', async () => {
    const o = await app.open();
    await chartsDrawn(o);
    const deck = await download(o, '[data-action="pptx"]', 60_000);
    expect(deck.name).toBe('yrd-slides-zh.pptx');
    const zip = await JSZip.loadAsync(deck.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // The title, one per panel, the sources.
    const count = PANEL_IDS.length + 2;
    expect(slides.length).toBe(count);
    const slideOf = (id: string) => `ppt/slides/slide${PANEL_IDS.indexOf(id) + 2}.xml`;
    const governance = (await zip.file(slideOf('governance'))?.async('string')) ?? '';
    expect(governance).toContain('<p:pic>');
    expect(governance).toContain('湖州2020年矛盾纠纷化解率96.1%');
    // A chart image on every panel slide, none on the title and sources slides.
    const pictures = await Promise.all(
      Array.from({ length: count }, (_, i) => i + 1).map(async (n) =>
        ((await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? '').includes('<p:pic>'),
      ),
    );
    expect(pictures).toEqual([false, ...PANEL_IDS.map(() => true), false]);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(notes.join('')).toContain('矛盾纠纷化解率');
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });

  it.each([
    ['zh', '', '长三角警务数据看板'],
    ['en', '?lang=en', 'YRD Policing Dashboard'],
  ])(
    'the single file from file:// draws every panel’s chart in %s, network cut off, asking for nothing',
    async (lang, query, h1) => {
      const self = pathToFileURL(single.path).href;
      const o = await openPage(app.browser, self + query, (u) => u.split(/[?#]/)[0] === self, {
        offline: true,
      });
      await chartsDrawn(o);
      expect(await text(o.page, 'h1')).toBe(h1);
      expect(await o.page.evaluate(() => location.protocol)).toBe('file:');
      await shot(o.page, version, `single-file-${lang}-1440`, true);
      expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
      await o.context.close();
    },
  );
});
