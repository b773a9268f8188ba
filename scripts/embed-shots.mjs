#!/usr/bin/env node
// Screenshots of the embeds for a person to look at: the example host page (two embeds from another
// origin) and single embeds, in zh and en, at desktop and phone widths. Build first.
// Usage: node scripts/embed-shots.mjs [out-dir]   (YRD_DIST=dist-x for another build folder)
import { mkdirSync } from 'node:fs';
import { runnerImport } from 'vite';

const load = (path) =>
  runnerImport(path, { configFile: false, logLevel: 'silent' }).then((r) => r.module);
const { startExample } = await load('./scripts/example-host.ts');
const { launchChromium } = await load('./tests/support/chromium.ts');

const out = process.argv[2] ?? 'tests/artifacts';
mkdirSync(out, { recursive: true });
const servers = await startExample();
const browser = await launchChromium();
const drawn = (frameOrPage) =>
  frameOrPage.waitForFunction(() => {
    const panels = [...document.querySelectorAll('[data-panel]')];
    const charts = [...document.querySelectorAll('[data-chart]')];
    return (
      panels.length > 0 &&
      panels.every((p) => p.getAttribute('data-status') !== 'pending') &&
      charts.every((c) => c.getAttribute('data-chart-state') === 'finished')
    );
  });
const written = [];
try {
  for (const lang of ['zh', 'en']) {
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ]) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(servers.pageUrl);
      if (lang === 'en')
        await page.evaluate(() => {
          for (const f of document.querySelectorAll('iframe[data-yrd-embed]'))
            f.src = `${f.src}&lang=en`;
        });
      for (const handle of await page.$$('iframe[data-yrd-embed]')) {
        await handle.scrollIntoViewIfNeeded();
        const frame = await handle.contentFrame();
        await frame.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
        await drawn(frame);
      }
      await page.waitForTimeout(500);
      const heights = await page.$$eval('iframe[data-yrd-embed]', (fs) =>
        fs.map((f) => f.getBoundingClientRect().height),
      );
      console.log(`host ${name} ${lang}: iframe heights ${heights.join(', ')}`);
      const file = `${out}/embed-host-${name}-${lang}.png`;
      // Frames outside the viewport are not painted in a full-page shot: make the viewport the page.
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: full });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      await page.screenshot({ path: file });
      written.push(file);
      await context.close();
    }
    for (const [panel, query] of [
      ['governance', ''],
      ['timeline', '&theme=dark'],
      ['migration', '&actions=0'],
    ]) {
      const context = await browser.newContext({ viewport: { width: 720, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${servers.app.url}embed.html?panel=${panel}&lang=${lang}${query}`);
      await drawn(page);
      await page.waitForTimeout(300);
      const file = `${out}/embed-${panel}-${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 720, height: 500 } });
    const page = await context.newPage();
    await page.goto(`${servers.app.url}embed.html?panel=crime&lang=${lang}`);
    await page.waitForSelector('[data-embed-error]');
    const file = `${out}/embed-unknown-${lang}.png`;
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
    await context.close();
  }
} finally {
  await browser.close();
  await servers.close();
}
console.log(written.join('\n'));
