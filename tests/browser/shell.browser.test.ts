import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { axeViolations, panelStatuses } from '../support/pages';
import { PANEL_FILES, PANEL_IDS, PANELS_META } from '../support/panel-ids';

describeBrowser('the dashboard shell in Chromium (production build, strict CSP)', () => {
  const app = useApp();

  it.each([
    ['zh', '', '长三角警务数据看板', '数据截至2020年6月'],
    ['en', '?lang=en', 'YRD Policing Dashboard', 'Data as of June 2020'],
  ])(
    'renders in %s with every panel, no console error, no foreign request, no CSP violation',
    async (_lang, query, title, asOf) => {
      const { page, consoleErrors, pageErrors, foreignRequests, cspViolations, context } =
        await app.open(query);
      await panelsSettled(page);
      await chartsDrawn(page);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      await expect(page.locator('.as-of').textContent()).resolves.toBe(asOf);
      const panels = await panelStatuses(page);
      expect(panels).toEqual(PANEL_IDS.map((id) => [id, 'success']));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(query ? 'en' : 'zh-CN');
      expect({ consoleErrors, pageErrors, foreignRequests, cspViolations }).toEqual({
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        cspViolations: [],
      });
      await context.close();
    },
  );

  it('shows the charts on screen as baked, draws them when the reader acts; prints a summary for an undrawn chart', async () => {
    const { page, context } = await app.open('', { viewport: { width: 1440, height: 900 } });
    await panelsSettled(page);
    // On screen: the drawing baked into the page, no chart engine until the reader acts (issue 22;
    // this waited for the first chart drawn live).
    await expect(
      page
        .locator('[data-chart="crime-trend"] .chart-baked > svg[data-bake-width="wide"]')
        .isVisible(),
    ).resolves.toBe(true);
    await page.waitForTimeout(1000);
    // Far below the fold and nobody has touched the page: not drawn yet.
    const last = `[data-panel="${PANEL_IDS.at(-1)}"] [data-chart]`;
    await expect(page.locator(last).first().getAttribute('data-chart-state')).resolves.toBe(
      'loading',
    );

    // Printed as it is: the panels run on (issue 20: one panel per page left pages holding a line),
    // none cut inside a chart, the undrawn chart's text summary in its place.
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate((last) => {
      const chart = document.querySelector(last) as Element;
      return {
        breaks: [...document.querySelectorAll('[data-panel]')].map(
          (p) => getComputedStyle(p).breakAfter,
        ),
        summary: getComputedStyle(chart, '::after').content,
        label: chart.getAttribute('aria-label'),
      };
    }, last);
    expect(print.breaks).toEqual(PANEL_IDS.map(() => 'auto'));
    expect(print.label?.length).toBeGreaterThan(10);
    expect(print.summary).toBe(JSON.stringify(print.label));
    await page.emulateMedia({ media: 'screen' });

    // The reader moves the pointer: every chart draws, without a scroll.
    await page.mouse.move(200, 200);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart]')].every(
        (c) => c.getAttribute('data-chart-state') === 'finished',
      ),
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  it("shows the header from the page's HTML while the code loads (default view only), then the app's own", async () => {
    const shellOf = async (path: string) => {
      const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
      // The app's code never arrives: what the page shows is its HTML alone.
      await context.route('**/assets/index-*.js', (r) => r.abort());
      const page = await context.newPage();
      await page.goto(app.server.url + path);
      await page.waitForLoadState('load');
      // The header baked into the page's HTML (src/bake/; it took the place of the #shell header).
      const shell = page.locator('.app-header .brand').first();
      const shown = await shell.isVisible();
      const text = shown ? ((await shell.textContent()) ?? '') : '';
      const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
      await context.close();
      return { shown, text, theme };
    };
    const plain = await shellOf('');
    expect(plain.shown).toBe(true);
    // Any link that asks for another language, theme or mode waits for the app instead.
    for (const path of ['?lang=en', '?theme=dark', '?mode=present', '?lang=zh&from=2018'])
      expect((await shellOf(path)).shown, path).toBe(false);
    // A dark link's page is dark before its code arrives (no light flash), a plain one light.
    expect((await shellOf('?theme=dark')).theme).toBe('dark');
    expect(plain.theme).toBe('light');
    // Once the app runs, its header replaces the shell: one header, with the same words.
    const { page, context } = await app.open('');
    await panelsSettled(page);
    await expect(page.locator('#shell').count()).resolves.toBe(0);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const brand = await page.locator('.app-header .brand').textContent();
    expect(brand).toBe(plain.text);
    expect(plain.text).toContain('长三角警务数据看板');
    await context.close();
  });

  it('asks for every data file before the page first renders (the dashboard) or only its own (an embed)', async () => {
    // Each data request with how many of the app's elements #root held when it was made: the
    // app's first render puts them there, and a panel's own query would start only after it.
    const record = () => {
      const w = window as unknown as { __asked: [string, number][] };
      w.__asked = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        const file =
          String(input instanceof Request ? input.url : input)
            .split('/')
            .pop() ?? '';
        // Whether the app has rendered: its elements in #root (its HTML's own header, #shell, is
        // not one); on a page baked at build time (src/bake/), whether React has taken the HTML over.
        const baked = document.getElementById('yrd-bake') !== null;
        w.__asked.push([
          file,
          baked
            ? Number(
                ['hydrated', 'replaced', 'live'].includes(
                  document.documentElement.dataset.baked ?? '',
                ),
              )
            : document.querySelectorAll('#root > :not(#shell)').length,
        ]);
        return original(input, init);
      };
    };
    const asked = async (path: string) => {
      const { page, context } = await app.open(path, { initScript: record });
      await panelsSettled(page);
      const list = await page.evaluate(
        () => (window as unknown as { __asked: [string, number][] }).__asked,
      );
      await context.close();
      return list;
    };
    const dashboard = await asked('');
    expect(dashboard.map(([file]) => file).sort()).toEqual(['article.txt', ...PANEL_FILES].sort());
    expect(dashboard.filter(([, rendered]) => rendered !== 0)).toEqual([]);
    // An embed of a panel that reads only its own file (the last) asks for that file alone.
    const last = PANELS_META[PANELS_META.length - 1];
    const embed = await asked(`embed.html?panel=${last?.id}`);
    expect(embed).toEqual([
      [last?.dataset, 0],
      ['article.txt', 0],
    ]);
  });

  it('has no axe violation (WCAG 2.1 A/AA) in light and dark', async () => {
    for (const query of ['', '?theme=dark&lang=en']) {
      const { page, context } = await app.open(query);
      await panelsSettled(page);
      await chartsDrawn(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('switches language in place and keeps it in the link', async () => {
    const { page, context } = await app.open();
    await panelsSettled(page);
    await page.click('[data-action="lang"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('YRD Policing Dashboard');
    expect(new URL(page.url()).search).toBe('?lang=en');
    await context.close();
  });
});

describeBrowser('one broken data file', () => {
  const app = useApp({
    intercept: (_req, res, path) => {
      if (path !== 'data/governance.json') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ dataset: 'governance', figures: [{ id: 'x', value: 'a string' }] }));
      return true;
    },
  });

  it('shows the file, the path and the problem in its panel while the others draw', async () => {
    const { page, context, pageErrors } = await app.open();
    await panelsSettled(page);
    const broken = page.locator('[data-panel="governance"]');
    await expect(broken.getAttribute('data-status')).resolves.toBe('error');
    // The problems are behind the details' disclosure (for the site's staff): in the page, folded.
    await page.waitForSelector('[data-panel="governance"] .problems[data-words="zh"]', {
      state: 'attached',
    });
    const text = await broken.textContent();
    expect(text).toContain('data/governance.json');
    expect(text).toContain('figures[0].value');
    // In the page's language (Chinese here); the path and the quoted value stay as they are.
    expect(text).toContain('应为数字,实际为文本 "a string"');
    const others = await page
      .locator('[data-panel]:not([data-panel="governance"])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(others).toEqual(PANEL_IDS.slice(1).map(() => 'success'));
    await chartsDrawn(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
