// Nothing clipped on any stage: every slide, on 16:9 (1920×1080, 1280×720) and 4:3 (1024×768) screens, in
// Chinese and English, light and dark, is measured in the page for text that overflows its box,
// runs out of the stage or under a clipping ancestor, and text boxes of different blocks that
// cross (the source line under the slide counter, a card over a legend). One browser, one page
// per screen size; the slides are walked with the clicker key, so the app loads 12 times in all.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';
import { PANEL_IDS } from '../support/panel-ids';

/** The deck: the title slide, one slide per panel, the sources slide (as slides.ts builds it). */
const SLIDE_IDS = ['title', ...PANEL_IDS, 'sources'];
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  // 16:9 with the smallest scale: the strip kept free for the control bar is at its tallest.
  { width: 1280, height: 720 },
];
const LANGS = ['zh', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

/** Waits until the slide is on screen with its panel settled, its charts drawn and its fonts in. */
async function slideReady(page: Page, id: string) {
  await page.waitForFunction(
    (id) => {
      const slide = document.querySelector(`[data-slide="${id}"]`);
      if (!slide) return false;
      const panels = [...slide.querySelectorAll('[data-panel]')];
      const charts = [...slide.querySelectorAll('[data-chart]')];
      return (
        document.fonts.status === 'loaded' &&
        panels.every((p) => p.getAttribute('data-status') === 'success') &&
        charts.every((c) => c.getAttribute('data-chart-state') === 'finished') &&
        (panels.length === 0 || charts.length > 0)
      );
    },
    id,
    { timeout: 20_000, polling: 50 },
  );
  // A panel laid out at its measured width draws once more when the width arrives: two frames.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/**
 * Measures the stage on screen and returns one line per problem, naming the element and its text:
 *
 * - overflow: an element that clips (overflow other than visible, text-overflow, line-clamp) and
 *   whose content is larger than its box (scrollWidth/scrollHeight against clientWidth/Height);
 * - outside: a text line (or a chart label) that is not wholly inside the stage and inside every
 *   ancestor that clips, i.e. cut off or hidden; any element's box outside the stage or cut by
 *   an ancestor that clips (a card whose border is cut);
 * - overlap: the text lines of two different elements (neither inside the other) that cross, HTML
 *   text and chart labels alike, and text over the progress bar.
 *
 * Text lines are the rects of the text itself (Range.getClientRects, a chart label's bounding box),
 * with their height taken as the line height (HTML) or the font size (a chart label): a CJK font's
 * glyph box is taller than a line of 1.25, so two stacked lines' glyph boxes touch without any
 * text crossing. Everything is in screen px; 1 CSS px of slack.
 */
function measureStage(): string[] {
  const stage = document.querySelector('[data-stage]') as HTMLElement;
  const stageRect = stage.getBoundingClientRect();
  const scale = stageRect.width / stage.offsetWidth;
  const slack = scale; // 1 CSS px of the stage, in screen px
  const problems: string[] = [];
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
    const data = [...el.attributes]
      .filter((a) => a.name.startsWith('data-') && a.name !== 'data-chart-state')
      .map((a) => `[${a.name}${a.value ? `="${a.value}"` : ''}]`)
      .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}${data} “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
  };
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
  const inside = (r: DOMRect | Box, box: DOMRect | Box, tolerance = slack) =>
    r.left >= box.left - tolerance &&
    r.right <= box.right + tolerance &&
    r.top >= box.top - tolerance &&
    r.bottom <= box.bottom + tolerance;
  // A box's edge is a 1 px border: cut by more than a quarter pixel, it is visibly gone.
  const edge = scale / 4;
  type Box = { left: number; right: number; top: number; bottom: number };
  const crosses = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  const clips = (el: Element) => {
    const s = getComputedStyle(el);
    return s.overflowX !== 'visible' || s.overflowY !== 'visible';
  };
  /** The ancestors inside the stage that clip what they hold (the stage itself is checked apart). */
  const clippingAncestors = (el: Element) => {
    const out: Element[] = [];
    for (let a = el.parentElement; a && a !== stage; a = a.parentElement) if (clips(a)) out.push(a);
    return out;
  };

  const all = [...stage.querySelectorAll('*')].filter(
    (el) => !el.closest('.slide-notes') && !(el instanceof SVGElement && el.tagName !== 'svg'),
  );
  const shown = all.filter(visible);

  // Overflow of boxes that clip or shorten their text.
  for (const el of shown) {
    if (!(el instanceof HTMLElement)) continue;
    const s = getComputedStyle(el);
    const clamp = s.getPropertyValue('-webkit-line-clamp');
    if (!(clips(el) || s.textOverflow === 'ellipsis' || (clamp && clamp !== 'none'))) continue;
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      problems.push(
        `overflow: ${describe(el)}: content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      );
  }

  // Any element's box outside the stage, or cut by an ancestor that clips (a card's border).
  for (const el of shown) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (!inside(r, stageRect, edge)) problems.push(`outside the stage: ${describe(el)}`);
    else {
      const cut = clippingAncestors(el).find((a) => !inside(r, a.getBoundingClientRect(), edge));
      if (cut) problems.push(`box cut off: ${describe(el)} (by ${describe(cut).split(' “')[0]})`);
    }
  }

  // Text lines: HTML text nodes and chart labels, each with the element it belongs to.
  interface Line {
    owner: Element;
    box: Box;
  }
  const lines: Line[] = [];
  for (const el of shown) {
    if (el instanceof SVGElement) continue;
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight);
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1) continue;
        const h = Number.isFinite(lineHeight) ? Math.min(r.height, lineHeight * scale) : r.height;
        const mid = (r.top + r.bottom) / 2;
        lines.push({
          owner: el,
          box: { left: r.left, right: r.right, top: mid - h / 2, bottom: mid + h / 2 },
        });
      }
    }
  }
  for (const t of stage.querySelectorAll('svg text')) {
    if (!t.textContent?.trim() || t.closest('.slide-notes')) continue;
    const r = t.getBoundingClientRect();
    if (r.width < 1) continue;
    // ECharts draws each line of a label as a <text>, a line height apart: its em box, not its glyph box.
    const h = Math.min(r.height, Number.parseFloat(getComputedStyle(t).fontSize) * scale);
    const mid = (r.top + r.bottom) / 2;
    lines.push({
      owner: t,
      box: { left: r.left, right: r.right, top: mid - h / 2, bottom: mid + h / 2 },
    });
  }

  // Each line wholly inside the stage and every clipping ancestor: otherwise it is cut off.
  for (const line of lines) {
    const cut = [stage, ...clippingAncestors(line.owner)].find(
      (a) => !inside(line.box, a.getBoundingClientRect()),
    );
    if (cut)
      problems.push(
        `cut off: ${describe(line.owner)} (by ${cut === stage ? 'the stage' : describe(cut).split(' “')[0]})`,
      );
  }

  // Lines of different elements (neither holds the other) that cross; and text over the progress bar.
  const progress = stage.querySelector('.slide-progress');
  const reported = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i] as Line;
    if (progress && crosses(a.box, progress.getBoundingClientRect()))
      problems.push(`overlap: ${describe(a.owner)} runs over the progress bar`);
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j] as Line;
      if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
      if (!crosses(a.box, b.box)) continue;
      const text = `overlap: ${describe(a.owner)} and ${describe(b.owner)}`;
      if (!reported.has(text)) problems.push(text);
      reported.add(text);
    }
  }
  return [...new Set(problems)];
}

/** Walks the deck from its first slide and measures each slide; one line per problem, with where. */
async function walkDeck(page: Page, url: string, where: string): Promise<string[]> {
  const problems: string[] = [];
  await page.goto(url);
  for (const [i, id] of SLIDE_IDS.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await slideReady(page, id);
    for (const p of await page.evaluate(measureStage)) problems.push(`${where} ${id}: ${p}`);
  }
  return problems;
}

describeBrowser('every slide fits its stage', () => {
  const app = useApp();

  it.each(SCREENS)(
    'at $width×$height, zh and en, light and dark: no text overflows, is cut off or overlaps',
    async (screen) => {
      const { page, context, pageErrors } = await app.open('', { viewport: screen });
      const problems: string[] = [];
      for (const lang of LANGS)
        for (const theme of THEMES)
          problems.push(
            ...(await walkDeck(
              page,
              `${app.server.url}?mode=present&lang=${lang}&theme=${theme}`,
              `${screen.width}×${screen.height} ${lang} ${theme}`,
            )),
          );
      expect(pageErrors).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('with the auto-advance countdown beside the slide counter (4:3, zh and en)', async () => {
    const { page, context } = await app.open('', { viewport: SCREENS[1] });
    const problems: string[] = [];
    // An hour's interval: the countdown is at its widest and no slide changes under the test.
    for (const lang of LANGS)
      problems.push(
        ...(await walkDeck(
          page,
          `${app.server.url}?mode=present&lang=${lang}&interval=3600`,
          `1024×768 ${lang} countdown`,
        )),
      );
    expect(problems).toEqual([]);
    await context.close();
  });
});
