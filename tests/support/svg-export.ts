import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

export interface DrawnText {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What an exported SVG draws, laid out by Chromium: its width, each text's box, the chart's lowest mark. */
export interface DrawnSvg {
  width: number;
  texts: DrawnText[];
  chartBottom: number;
}

/**
 * Clicks a panel's SVG download and lays the file out on a blank page, as an image viewer draws it
 * (the app's CSP would drop the SVG's style attributes, its type among them).
 */
export async function downloadedSvg(
  page: Page,
  context: BrowserContext,
  panelId: string,
): Promise<DrawnSvg> {
  const button = page.locator(`[data-panel="${panelId}"] [data-action="svg"]`);
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const svg = readFileSync(await file.path(), 'utf8');
  const blank = await context.newPage();
  await blank.setContent(`<body style="margin:0">${svg}</body>`);
  const drawn = await blank.evaluate(() => {
    const root = document.querySelector('svg') as SVGSVGElement;
    const box = (e: Element) => e.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')].map((t) => {
      const r = box(t);
      return {
        text: t.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    });
    const chart = root.querySelector('g[transform]') as SVGGElement;
    const marks = [...chart.querySelectorAll('text, path, rect, circle')]
      .map(box)
      .filter((r) => r.height > 0 || r.width > 0);
    return {
      width: root.width.baseVal.value,
      texts,
      chartBottom: Math.max(...marks.map((r) => r.bottom)),
    };
  });
  await blank.close();
  return drawn;
}
