import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatFigure } from '../../src/i18n/format';
import { FIXTURE_PANEL } from '../fixtures/sixth-panel/meta';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { PANEL_FILES, PANEL_IDS } from '../support/panel-ids';
import type { StaticServerOptions } from '../support/server';

/**
 * A throwaway sixth panel (tests/fixtures/sixth-panel: a meta, a schema, a content, a view that
 * draws one bar, a data file) appended to the registry by `vite build --mode fixture`: the shell,
 * present mode, the PPTX deck and the embed take it with no edit of theirs, so the next real panel
 * cannot break them. Built here from the current sources into a temporary folder.
 */
const FIXTURE = FIXTURE_PANEL.id;
const IDS = [...PANEL_IDS, FIXTURE];
const SLIDES = ['title', ...IDS, 'sources'];
/** Its one figure (1171 “防范之星”), as the page prints it. */
const FIGURE = JSON.parse(
  readFileSync(`tests/fixtures/sixth-panel/${FIXTURE_PANEL.dataset}`, 'utf8'),
).figures[0];
const printed = (lang: 'zh' | 'en') => formatFigure(FIGURE, lang);

const options: StaticServerOptions = {};
beforeAll(() => {
  options.root = mkdtempSync(join(tmpdir(), 'yrd-fixture-'));
  const vite = resolve('node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--mode',
      'fixture',
      '--minify',
      'false',
      '--outDir',
      options.root,
      '--logLevel',
      'warn',
    ],
    // The test runner's NODE_ENV (test) would give React's development build.
    { encoding: 'utf8', timeout: 420_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (run.status !== 0)
    throw new Error(
      `the fixture build failed (${run.signal ?? run.status})\n${run.stdout}\n${run.stderr}`,
    );
}, 430_000);
afterAll(() => {
  if (options.root) rmSync(options.root, { recursive: true, force: true });
});

describeBrowser('a sixth panel from a fixture folder, appended to the registry', () => {
  const app = useApp(options);

  it('the dashboard shows it last, asks for its data file and draws its bar', async () => {
    const asked: string[] = [];
    const { page, context, pageErrors, consoleErrors, cspViolations } = await app.open();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/data/')) asked.push(path.slice(path.lastIndexOf('/') + 1));
    });
    await page.reload();
    await panelsSettled(page);
    await chartsDrawn(page);
    const panels = await page
      .locator('[data-panel]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-panel'), e.getAttribute('data-status')]),
      );
    expect(panels).toEqual(IDS.map((id) => [id, 'success']));
    expect([...new Set(asked)].sort()).toEqual(
      ['article.txt', ...PANEL_FILES, FIXTURE_PANEL.dataset].sort(),
    );
    const panel = page.locator(`[data-panel="${FIXTURE}"]`);
    await expect(panel.locator('h2').textContent()).resolves.toContain(printed('zh'));
    // One bar, labelled with its figure.
    const chart = panel.locator('[data-chart] svg');
    await expect(chart.locator('text').allTextContents()).resolves.toContain(printed('zh'));
    // Its sentence, verbatim, one click away.
    await expect(panel.textContent()).resolves.toContain('评选出1171名“防范之星”');
    expect({ pageErrors, consoleErrors, cspViolations }).toEqual({
      pageErrors: [],
      consoleErrors: [],
      cspViolations: [],
    });
    await context.close();
  });

  it('present mode has its slide, counts it and wraps past it', async () => {
    const { page, context, pageErrors } = await app.open('?mode=present', {
      viewport: { width: 1920, height: 1080 },
    });
    await page.waitForSelector('[data-slide="title"]');
    await expect(page.locator('[data-slide-count]').textContent()).resolves.toContain(
      `1 / ${SLIDES.length}`,
    );
    await page.keyboard.press('End');
    await page.waitForSelector('[data-slide="sources"]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(
      `[data-slide="${FIXTURE}"] [data-chart][data-chart-state="finished"]`,
    );
    await expect(page.locator('[data-slide-count]').textContent()).resolves.toContain(
      `${SLIDES.length - 1} / ${SLIDES.length}`,
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-slide="sources"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-slide="title"]');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the PPTX deck has its slide, with its chart image and its sentence in the notes', async () => {
    const { page, context, pageErrors } = await app.open();
    await panelsSettled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-action="pptx"]').click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(SLIDES.length);
    const n = SLIDES.indexOf(FIXTURE) + 1;
    const slide = (await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? '';
    expect(slide).toContain('<p:pic>');
    expect(slide).toContain(printed('zh'));
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(notes.join('')).toContain('评选出1171名“防范之星”');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the embed shows it by its id, and lists it among the valid names', async () => {
    const one = await app.open(`embed.html?panel=${FIXTURE}&lang=en`);
    await panelsSettled(one.page);
    await chartsDrawn(one.page);
    await expect(
      one.page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel)),
    ).resolves.toEqual([FIXTURE]);
    await expect(one.page.locator('[data-chart] svg text').allTextContents()).resolves.toContain(
      printed('en'),
    );
    expect({ errors: one.pageErrors, csp: one.cspViolations }).toEqual({ errors: [], csp: [] });
    await one.context.close();
    const wrong = await app.open('embed.html?panel=nope');
    const message = wrong.page.locator('[data-embed-error="unknown-panel"]');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    for (const id of IDS) expect(text).toContain(id);
    expect(text).toContain(FIXTURE_PANEL.name.zh);
    await wrong.context.close();
  });
});
