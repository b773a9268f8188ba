import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PANEL_OF, realFile, VARIANTS } from '../fixtures/malformed';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { sendJson } from '../support/server';

/** What a reader is told of a data file that arrived wrong, and of one that could not be had. */
const READER = {
  zh: '此图表的数据无法读取。其他图表不受影响。请告知本网站的管理员,以便修正数据。',
  en: "This chart's data could not be read.The other charts are not affected. Please tell the site's administrator, so that the data can be fixed.",
};
const READER_FETCH = {
  zh: '此图表的数据暂时无法获取。其他图表不受影响。请稍后重试;如仍无法显示,请告知本网站的管理员。',
  en: "This chart's data could not be loaded just now.The other charts are not affected. Try again in a moment; if it still fails, please tell the site's administrator.",
};

/** The pattern without its ^ and $: found anywhere in a longer text. */
const unanchored = (re: RegExp) => new RegExp(re.source.replace(/^\^/, '').replace(/\$$/, ''));

/** Where an outage is shown: the reader's sentence, the details (opened), and the retry buttons. */
async function outageShown(page: Page, lang: 'zh' | 'en') {
  const alert = page.locator('[data-panel="crime-trend"] [role="alert"]');
  await alert.locator(`.problems[data-words="${lang}"]`).waitFor({ state: 'attached' });
  await alert.locator('summary').click();
  return {
    reader: await alert.locator('.error-reader').textContent(),
    details: (await alert.locator('details').textContent()) ?? '',
    detailsShown: await alert.locator('.problems').isVisible(),
    retry: await alert.getByRole('button', { name: lang === 'zh' ? '重试' : 'Retry' }).count(),
  };
}

/** What the server answers for data files in the current test: a replacement text per file. */
const replace = new Map<string, string>();

describeBrowser(`the built app on ${VARIANTS.length} malformed data files`, () => {
  const app = useApp({
    intercept: (_req, res, path) => {
      const file = path.startsWith('data/') ? path.slice(5) : '';
      const body = replace.get(file);
      if (body === undefined) return false;
      return sendJson(res, body);
    },
  });

  it.each(VARIANTS.map((variant) => [variant.name, variant] as const))(
    '%s: the reader is told in a sentence, the details name file, path and problem; no retry; the others draw',
    async (_name, variant) => {
      replace.clear();
      replace.set(variant.file, variant.make(realFile(variant.file)));
      const { page, context, pageErrors, consoleErrors } = await app.open();
      await panelsSettled(page);
      const panel = page.locator(`[data-panel="${variant.panel}"]`);
      await expect(panel.getAttribute('data-status')).resolves.toBe('error');
      const alert = panel.locator('[role="alert"]');
      // The Chinese page (the default): the reader's sentence, then the details once opened.
      await alert.locator('.problems[data-words="zh"]').waitFor({ state: 'attached' });
      await expect(alert.locator('.error-reader').textContent()).resolves.toBe(READER.zh);
      await expect(
        alert.locator('details').evaluate((d) => (d as HTMLDetailsElement).open),
      ).resolves.toBe(false);
      await expect(alert.locator('.problems').isVisible()).resolves.toBe(false);
      await alert.locator('summary').click();
      await expect(alert.locator('.problems').isVisible()).resolves.toBe(true);
      const zh = (await alert.locator('details').textContent()) ?? '';
      expect(zh).toContain(`data/${variant.file}`);
      if (variant.path) expect(zh).toContain(variant.path);
      expect(zh).not.toMatch(variant.message);
      expect(zh).not.toMatch(/Unexpected|Unterminated|position \d|should be|is missing/);
      // No retry: the same file would arrive just as wrong.
      await expect(alert.getByRole('button').count()).resolves.toBe(0);
      // The details are in the console too, once.
      expect(consoleErrors.filter((e) => e.includes(`data/${variant.file}`))).toHaveLength(1);
      // The failed panel is as tall as its message (no blank area of its row's height under it).
      const [panelBox, alertBox] = await Promise.all([panel.boundingBox(), alert.boundingBox()]);
      expect(
        (panelBox?.y ?? 0) +
          (panelBox?.height ?? 0) -
          ((alertBox?.y ?? 0) + (alertBox?.height ?? 0)),
      ).toBeLessThan(24);
      // The English page: the problems as check-data words them.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(alert.locator('.error-reader').textContent()).resolves.toBe(READER.en);
      await alert.locator('.problems[data-words="en"]').waitFor({ state: 'attached' });
      const en = (await alert.locator('details').textContent()) ?? '';
      expect(en).toContain(`data/${variant.file}`);
      if (variant.path) expect(en).toContain(variant.path);
      expect(en).toMatch(unanchored(variant.message));
      await expect(alert.getByRole('button').count()).resolves.toBe(0);
      // Nothing of the broken file is drawn: no chart in its panel.
      await expect(panel.locator('[data-chart]').count()).resolves.toBe(0);
      const others = Object.values(PANEL_OF).filter((p) => p !== variant.panel);
      const statuses = await Promise.all(
        others.map((p) => page.locator(`[data-panel="${p}"]`).getAttribute('data-status')),
      );
      expect(statuses).toEqual(others.map(() => 'success'));
      await chartsDrawn(page);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('on the Chinese page the problem is in Chinese; the file name and JSON path stay as they are', async () => {
    const variant = VARIANTS.find((x) => x.name === 'a percentage over 100');
    if (!variant) throw new Error('fixture missing');
    replace.clear();
    replace.set(variant.file, variant.make(realFile(variant.file)));
    const { page, context } = await app.open();
    await panelsSettled(page);
    // The problems are in the closed details: attached, not shown.
    await page.waitForSelector(`[data-panel="${variant.panel}"] .problems[data-words="zh"]`, {
      state: 'attached',
    });
    const alert =
      (await page.locator(`[data-panel="${variant.panel}"] [role="alert"]`).textContent()) ?? '';
    expect(alert).toContain('数据文件有误');
    expect(alert).toContain(`data/${variant.file}`);
    expect(alert).toContain('figures[0]');
    expect(alert).toContain('比率是0到100之间的百分数,而不是 196.1');
    expect(alert).not.toMatch(/a rate is a percentage/);
    await context.close();
  });

  it('a broken timeline still leaves the crime chart drawn, without milestones and saying so', async () => {
    replace.clear();
    replace.set('timeline.json', '{');
    const { page, context } = await app.open('?lang=en');
    await panelsSettled(page);
    await expect(
      page.locator('[data-panel="crime-trend"]').getAttribute('data-status'),
    ).resolves.toBe('success');
    await expect(page.locator('[data-panel="crime-trend"] .warn').textContent()).resolves.toMatch(
      /timeline file is not valid; milestones are not shown/,
    );
    await context.close();
  });

  it('an unreachable timeline: the crime chart drawn, and the note says the file could not be loaded', async () => {
    replace.clear();
    const { page, context } = await app.open('?lang=en');
    await context.route('**/data/timeline.json', (route) => route.abort('connectionrefused'));
    await page.reload();
    const warn = page.locator('[data-panel="crime-trend"] .warn');
    await warn.waitFor({ timeout: 20_000 });
    await expect(warn.textContent()).resolves.toMatch(
      /timeline file could not be loaded; milestones are not shown/,
    );
    await expect(
      page.locator('[data-panel="crime-trend"]').getAttribute('data-status'),
    ).resolves.toBe('success');
    await context.close();
  });
});

describeBrowser('outages: a data file that is missing, failing, slow or unreachable', () => {
  /** How the server treats crime.json now. */
  let mode: 'ok' | '404' | '500' | 'hang' = 'ok';
  let requests = 0;
  const app = useApp({
    intercept: (_req, res, path) => {
      if (path !== 'data/crime.json') return false;
      requests += 1;
      if (mode === 'ok') return false;
      if (mode === 'hang') return true; // never answers
      res
        .writeHead(mode === '404' ? 404 : 500, { 'Content-Type': 'text/html' })
        .end(`<h1>${mode}</h1>`);
      return true;
    },
  });

  it.each([
    ['404', /the server answered 404/],
    ['500', /the server answered 500/],
  ] as const)(
    '%s: bounded retries, an error with a retry button, and retry draws the chart once the file is back',
    async (status, message) => {
      mode = status;
      requests = 0;
      const { page, context } = await app.open('?lang=en');
      const panel = page.locator('[data-panel="crime-trend"]');
      await page.waitForSelector('[data-panel="crime-trend"][data-status="error"]', {
        timeout: 20_000,
      });
      const shown = await outageShown(page, 'en');
      expect(shown.reader).toBe(READER_FETCH.en);
      expect(shown.details).toContain('data/crime.json');
      expect(shown.details).toMatch(message);
      expect(shown.retry).toBe(1);
      expect(shown.detailsShown).toBe(true);
      expect(shown.detailsShown).toBe(true);
      expect(requests).toBe(3); // the first try and two retries, no more
      await page.waitForTimeout(1500);
      expect(requests).toBe(3);
      mode = 'ok';
      await panel.getByRole('button', { name: 'Retry' }).click();
      await page.waitForSelector('[data-panel="crime-trend"][data-status="success"]');
      await chartsDrawn(page);
      await context.close();
    },
  );

  it('the Chinese page says it in Chinese: the server answered 404', async () => {
    mode = '404';
    const { page, context } = await app.open();
    await page.waitForSelector('[data-panel="crime-trend"] .problems[data-words="zh"]', {
      state: 'attached',
      timeout: 20_000,
    });
    const alert =
      (await page.locator('[data-panel="crime-trend"] [role="alert"]').textContent()) ?? '';
    expect(alert).toContain('数据文件无法获取');
    expect(alert).toContain('服务器返回 404');
    expect(alert).not.toMatch(/the server answered/);
    const shown = await outageShown(page, 'zh');
    expect(shown.reader).toBe(READER_FETCH.zh);
    expect(shown.details).toContain('data/crime.json');
    expect(shown.details).toContain('服务器返回 404 Not Found');
    expect(shown.retry).toBe(1);
    expect(shown.detailsShown).toBe(true);
    mode = 'ok';
    await context.close();
  });

  it('connection refused: the error says the file could not be fetched', async () => {
    mode = 'ok';
    const { page, context } = await app.open('?lang=en');
    await context.route('**/data/crime.json', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.waitForSelector('[data-panel="crime-trend"][data-status="error"]', {
      timeout: 20_000,
    });
    const shown = await outageShown(page, 'en');
    expect(shown.reader).toBe(READER_FETCH.en);
    expect(shown.details).toContain('data/crime.json');
    expect(shown.details).toMatch(/could not be fetched; is the server reachable\?/);
    // The browser's own words are for the console, not the page.
    expect(shown.details).not.toMatch(/ERR_|Failed to fetch/);
    expect(shown.retry).toBe(1);
    expect(shown.detailsShown).toBe(true);
    await context.unroute('**/data/crime.json');
    await page.locator('[data-panel="crime-trend"]').getByRole('button', { name: 'Retry' }).click();
    await page.waitForSelector('[data-panel="crime-trend"][data-status="success"]');
    await context.close();
  });

  it('a server that never answers: after the timeout (clock run forward) the panel says so; the others draw', async () => {
    mode = 'hang';
    const { page, context } = await app.open('?lang=en', { clock: true });
    await page.waitForSelector('[data-panel="governance"][data-status="success"]');
    for (let i = 0; i < 6; i++) await page.clock.runFor(16_000);
    await page.waitForSelector('[data-panel="crime-trend"][data-status="error"]', {
      timeout: 20_000,
    });
    const shown = await outageShown(page, 'en');
    expect(shown.reader).toBe(READER_FETCH.en);
    expect(shown.details).toContain('data/crime.json');
    expect(shown.details).toMatch(/did not answer within 15 s/);
    expect(shown.retry).toBe(1);
    expect(shown.detailsShown).toBe(true);
    mode = 'ok';
    await context.close();
  });
});
