// Screenshots of the built app for a person to look at: desktop, projector and phone, zh and en.
// Run: npm run build && npm run shots  (writes tests/artifacts/*.png)
import { mkdirSync } from 'node:fs';
import { drawAllCharts } from './charts';
import { launchChromium } from './chromium';
import { serveStatic } from './server';

export async function takeShots(outDir = 'tests/artifacts', query = '') {
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic();
  const browser = await launchChromium();
  const sizes = [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'projector', width: 1920, height: 1080 },
    { name: 'phone', width: 390, height: 844 },
  ];
  const written: string[] = [];
  try {
    for (const lang of ['zh', 'en']) {
      for (const size of sizes) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        const sep = query ? '&' : '';
        await page.goto(`${server.url}?${query}${sep}lang=${lang}`);
        await page.waitForSelector('[data-panel]');
        await drawAllCharts(page);
        await page.waitForTimeout(300);
        const file = `${outDir}/${size.name}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}
