// The crime chart's labels, measured in the SVG Chromium draws: none crosses a line (a grid line,
// an axis, a milestone's dotted line, the dashed connector) or comes within 2 px of another label,
// on a 390 px phone, a 1440×900 desk and the 1920×1080 slide, in Chinese and English, for both
// metrics, each alone and a filtered range of years. One page per screen, reloaded for each view.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describePanel, useApp } from '../support/browser-env';

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, mode: '' },
  { name: 'desk', viewport: { width: 1440, height: 900 }, mode: '' },
  {
    name: 'slide',
    viewport: { width: 1920, height: 1080 },
    mode: 'mode=present&slide=crime-trend',
  },
];
const VIEWS = ['', 'metric=criminal-cases', 'metric=homicides', 'from=2015&to=2020'];
const LANGS = ['zh', 'en'] as const;

/** Waits until the crime chart has drawn with its fonts in (a pointer move draws a dashboard chart). */
async function crimeChartDrawn(page: Page) {
  await page.mouse.move(1, 1);
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      document.querySelector('[data-chart="crime-trend"]')?.getAttribute('data-chart-state') ===
        'finished',
    undefined,
    { timeout: 20_000, polling: 50 },
  );
  // A chart laid out at its measured width draws once more when the width arrives: two frames.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
}

/**
 * Measures the crime chart's SVG and returns one line per problem:
 *
 * - a label (each line of it, its em box: a CJK face's glyph box is taller than the type) that a
 *   straight stroked line enters by more than half a px, unless the line is a grid line, an axis
 *   or a milestone's dotted line and the label's plate (the background rectangle ECharts draws
 *   just before its text) is painted after it and covers the label: a plate never hides the data's
 *   own lines (a series' line, the dashed connector);
 * - two labels (not lines of one label) whose boxes cross or come within 2 px.
 *
 * Boxes are tested in their own rotation (the connector's label runs along it): a line is taken
 * into the label's coordinates; two labels are tested by separating axes. Units are the chart's px.
 */
function crimeChartProblems(): string[] {
  const svg = document.querySelector('[data-chart="crime-trend"] svg');
  if (!svg) return ['no chart'];
  const order = new Map([...svg.querySelectorAll('*')].map((el, i) => [el, i]));
  type Box = { l: number; r: number; t: number; b: number };
  type Pt = [number, number];
  const at = (m: DOMMatrix, x: number, y: number): Pt => {
    const p = new DOMPoint(x, y).matrixTransform(m);
    return [p.x, p.y];
  };
  const corners = (m: DOMMatrix, b: Box, grow: number): Pt[] => [
    at(m, b.l - grow, b.t - grow),
    at(m, b.r + grow, b.t - grow),
    at(m, b.r + grow, b.b + grow),
    at(m, b.l - grow, b.b + grow),
  ];

  interface Label {
    el: SVGTextElement;
    text: string;
    m: DOMMatrix;
    box: Box;
    plate?: Box & { at: number };
  }
  const labels: Label[] = [];
  for (const el of svg.querySelectorAll('text')) {
    const text = el.textContent?.trim() ?? '';
    if (!text) continue;
    const bb = el.getBBox();
    const font = Number.parseFloat(el.style.fontSize) || 12;
    const mid = bb.y + bb.height / 2;
    const label: Label = {
      el,
      text,
      m: el.getScreenCTM() as DOMMatrix,
      box: { l: bb.x, r: bb.x + bb.width, t: mid - font / 2, b: mid + font / 2 },
    };
    // The plate is drawn just before the label's first line, in the label's place.
    let prev = el.previousElementSibling;
    const place = el.getAttribute('transform');
    while (prev?.tagName === 'text' && prev.getAttribute('transform') === place)
      prev = prev.previousElementSibling;
    if (prev?.tagName === 'path' && prev.getAttribute('transform') === place) {
      const pb = (prev as SVGPathElement).getBBox();
      label.plate = {
        l: pb.x,
        r: pb.x + pb.width,
        t: pb.y,
        b: pb.y + pb.height,
        at: order.get(prev) ?? -1,
      };
    }
    labels.push(label);
  }

  const lines: { a: Pt; b: Pt; at: number; data: boolean; what: string }[] = [];
  for (const p of svg.querySelectorAll('path')) {
    const d = p.getAttribute('d') ?? '';
    const m = /^M\s*([-\d.e]+)[ ,]([-\d.e]+)\s*L\s*([-\d.e]+)[ ,]([-\d.e]+)\s*$/i.exec(d);
    const stroke = p.getAttribute('stroke');
    if (!m || !stroke || stroke === 'none') continue;
    const ctm = p.getScreenCTM() as DOMMatrix;
    const dash = p.getAttribute('stroke-dasharray');
    lines.push({
      a: at(ctm, Number(m[1]), Number(m[2])),
      b: at(ctm, Number(m[3]), Number(m[4])),
      at: order.get(p) ?? -1,
      // Grid lines, axes and the milestones' dotted lines are 1 px; the data's lines are wider or dashed.
      data: (!!dash && dash !== '1') || Number(p.getAttribute('stroke-width') ?? 1) > 1,
      what: `${dash ? `a ${dash === '1' ? 'dotted' : 'dashed'}` : 'a solid'} ${stroke} line`,
    });
  }

  /** Whether the segment p→q (in the box's coordinates) enters the box shrunk by `s` (Liang–Barsky). */
  const enters = ([x1, y1]: Pt, [x2, y2]: Pt, b: Box, s: number) => {
    let u0 = 0;
    let u1 = 1;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const edges: Pt[] = [
      [-dx, x1 - (b.l + s)],
      [dx, b.r - s - x1],
      [-dy, y1 - (b.t + s)],
      [dy, b.b - s - y1],
    ];
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) return false;
      } else if (p < 0) u0 = Math.max(u0, q / p);
      else u1 = Math.min(u1, q / p);
    }
    return u0 < u1;
  };
  /** Whether two convex polygons (screen px) overlap: no separating axis among their edges. */
  const overlap = (P: Pt[], Q: Pt[]) =>
    [P, Q].every((poly) =>
      poly.every(([x1, y1], i) => {
        const [x2, y2] = poly[(i + 1) % poly.length] as Pt;
        const proj = (R: Pt[]) => R.map(([x, y]) => x * (y2 - y1) + y * (x1 - x2));
        const p = proj(P);
        const q = proj(Q);
        return Math.max(...p) > Math.min(...q) && Math.max(...q) > Math.min(...p);
      }),
    );

  const problems: string[] = [];
  // Nothing measured would pass: a chart drawn differently (or a selector gone stale) says so.
  if (labels.length < 6) problems.push(`only ${labels.length} labels found to measure`);
  if (lines.filter((l) => !l.data).length < 3)
    problems.push(`only ${lines.length} straight lines found to measure`);
  for (const line of lines)
    for (const l of labels) {
      const inv = l.m.inverse();
      if (!enters(at(inv, ...line.a), at(inv, ...line.b), l.box, 0.5)) continue;
      const p = l.plate;
      const hidden =
        !line.data &&
        p &&
        p.at > line.at &&
        p.l <= l.box.l + 0.5 &&
        p.r >= l.box.r - 0.5 &&
        p.t <= l.box.t + 0.5 &&
        p.b >= l.box.b - 0.5;
      if (!hidden) problems.push(`${line.what} crosses “${l.text}”`);
    }
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) {
      // The lines of one label share its place.
      if (a.el.getAttribute('transform') === b.el.getAttribute('transform')) continue;
      if (overlap(corners(a.m, a.box, 2), corners(b.m, b.box, 0)))
        problems.push(`“${a.text}” and “${b.text}” cross or are less than 2 px apart`);
    }
  return problems;
}

describePanel('crime-trend')('crime chart: no label on a line or on another label', () => {
  const app = useApp();

  it.each(SCREENS)(
    '$name ($viewport.width×$viewport.height), zh and en, every metric and a range of years',
    async (screen) => {
      const { page, context, pageErrors } = await app.open('', { viewport: screen.viewport });
      const problems: string[] = [];
      for (const lang of LANGS)
        for (const view of VIEWS) {
          const query = [screen.mode, lang === 'en' ? 'lang=en' : '', view]
            .filter(Boolean)
            .join('&');
          await page.goto(`${app.server.url}${query ? `?${query}` : ''}`);
          await crimeChartDrawn(page);
          for (const p of await page.evaluate(crimeChartProblems))
            problems.push(`${screen.name} ?${query}: ${p}`);
        }
      expect(pageErrors).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
