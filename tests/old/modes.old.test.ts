import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  attr,
  chartsDrawn,
  describeEachOld,
  describeState,
  exists,
  NO_PROBLEMS,
  type Opened,
  openPage,
  PANEL_IDS,
  problems,
  shot,
  text,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';
import { launchOldChromium } from '../support/old-chromium';

const DECK = ['title', ...PANEL_IDS, 'sources'];
const slideOn = (page: Page) => attr(page, '[data-slide]', 'data-slide');

async function press(o: Opened, key: string, expected: string) {
  await o.page.keyboard.press(key);
  await waitUntil(o, `slide "${expected}" after ${key}`, async () => {
    return (await slideOn(o.page)) === expected;
  });
}

/**
 * Present mode and the one-panel embed from the production build (strict CSP), and the offline
 * single file from file://, in Chromium 86 and 109.
 */
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

/**
 * The offline single file (npm run build:single). YRD_SINGLE=path/to/yrd-dashboard.html tests a
 * file already built (e.g. dist-single/yrd-dashboard.html); otherwise one is built into a
 * temporary folder, from the current sources, as tests/browser/single-file.browser.test.ts does.
 */
let singleFile = '';
let singleTmp: string | undefined;
beforeAll(() => {
  if (process.env.YRD_SINGLE) {
    singleFile = resolve(process.env.YRD_SINGLE);
    if (!existsSync(singleFile)) throw new Error(`YRD_SINGLE=${singleFile}: no such file`);
    return;
  }
  singleTmp = mkdtempSync(join(tmpdir(), 'yrd-old-single-'));
  const run = spawnSync(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'single',
      '--outDir',
      singleTmp,
      '--logLevel',
      'warn',
    ],
    // The test runner's NODE_ENV (test) would give React's development build.
    { encoding: 'utf8', timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (run.status !== 0) throw new Error(`build:single failed\n${run.stdout}\n${run.stderr}`);
  singleFile = join(singleTmp, 'yrd-dashboard.html');
}, 180_000);
afterAll(() => {
  if (singleTmp) rmSync(singleTmp, { recursive: true, force: true });
});

describeEachOld('the offline single file from file://, network cut off', (version) => {
  let browser: Awaited<ReturnType<typeof launchOldChromium>>;
  beforeAll(async () => {
    browser = await launchOldChromium(version);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['zh', '', '长三角警务数据看板'],
    ['en', '?lang=en', 'YRD Policing Dashboard'],
  ])('draws all five charts in %s after scrolling, asking for nothing', async (lang, query, h1) => {
    const self = pathToFileURL(singleFile).href;
    const o = await openPage(browser, self + query, (u) => u.split(/[?#]/)[0] === self, {
      offline: true,
    });
    await chartsDrawn(o);
    expect(await text(o.page, 'h1')).toBe(h1);
    expect(await o.page.evaluate(() => location.protocol)).toBe('file:');
    await shot(o.page, version, `single-file-${lang}-1440`, true);
    expect(problems(o), await describeState(o)).toEqual(NO_PROBLEMS);
    await o.context.close();
  });
});
