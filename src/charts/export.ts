import type { Lang } from '../i18n/lang';
import { escapeMarkup } from '../model/escape';
import { keyAt } from './chart-key';
import { echarts } from './echarts';
import { type ChartOption, chartAria } from './option';
import { COLUMNS, wrapLines } from './text-width';
import { type ChartThemeName, fontFamilyFor, TOKENS } from './themes';

export interface ExportText {
  title: string;
  /** The source line and, when room allows, the sentences: printed under the chart. */
  footer: string[];
  /** The image's language, for its fonts. */
  lang: Lang;
}

const CHINESE = /[\u2e80-\u9fff\uf900-\ufaff]/;

/** A line of the title or footer broken to `max` columns: English between words, Chinese anywhere. */
const wrapText = (text: string, max: number) => wrapLines(text, max, COLUMNS, !CHINESE.test(text));

/** Space left under the lowest thing the chart draws, in px, when the image grows to hold it.
 *  A chart that draws inside its height keeps that height. */
const GROW_MARGIN = 12;

/** A box in px: where the chart's elements draw. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the chart draws, in px: the box around all its elements (a key beside the plot, lines
 * under it), wherever the option placed them.
 */
function drawnBox(chart: ReturnType<typeof echarts.init>): Box {
  let [left, top, right, bottom] = [Infinity, Infinity, 0, 0];
  // The zrender storage is not in ECharts' types; it is what the SVG string was rendered from.
  const storage = (chart.getZr() as unknown as { storage: ZrStorage }).storage;
  for (const el of storage.getDisplayList(true)) {
    if (el.ignore || el.invisible) continue;
    const r = el.getBoundingRect().clone();
    if (el.transform) r.applyTransform(el.transform);
    if (!Number.isFinite(r.x + r.y + r.width + r.height) || r.width * r.height === 0) continue;
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  if (left > right) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: left, y: top, width: right - left, height: bottom - top };
}

interface ZrRect {
  x: number;
  width: number;
  y: number;
  height: number;
  clone(): ZrRect;
  applyTransform(m: unknown): void;
}
interface ZrStorage {
  getDisplayList(update: boolean): {
    ignore?: boolean;
    invisible?: boolean;
    transform?: unknown;
    getBoundingRect(): ZrRect;
  }[];
}

/** The chart rendered to an SVG string at that size, and how far down it draws. */
function render(option: ChartOption, theme: ChartThemeName, width: number, height: number) {
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(
      { ...option, aria: chartAria(false), animation: false, tooltip: undefined },
      { notMerge: true },
    );
    const box = drawnBox(chart);
    return { svg: chart.renderToSVGString(), bottom: box.y + box.height, box };
  } finally {
    chart.dispose();
  }
}

/**
 * The chart alone as an SVG at `width` × at least `height` px, in the language's fonts, taller when
 * its option draws below that (a key beside the plot, lines under it), so nothing it draws is cut
 * off: the exports' chart, and the slide deck's picture.
 */
export function chartOnlySvg(
  option: ChartOption,
  theme: ChartThemeName,
  lang: Lang,
  width = 960,
  height = 480,
): { svg: string; width: number; height: number } {
  const fontFamily = fontFamilyFor(lang);
  const fonted: ChartOption = {
    ...option,
    textStyle: { ...(option.textStyle as object), fontFamily },
  };
  let drawn = render(fonted, theme, width, height);
  if (drawn.bottom > height) {
    height = Math.ceil(drawn.bottom + GROW_MARGIN);
    drawn = render(fonted, theme, width, height);
  }
  return { svg: drawn.svg, width, height };
}

/** Room kept around what a slide's chart draws, in px. */
const FIT_PAD = 6;

/**
 * The chart alone for a slide's chart area of that `aspect` (width / height): drawn wider when
 * what it draws is taller than the area, narrower when it is wider, then cut to what it draws (the image holds no margin
 * beyond the chart's own), so that, scaled into the area, it fills it.
 */
export function chartFittedSvg(
  option: ChartOption,
  theme: ChartThemeName,
  lang: Lang,
  aspect: number,
): { svg: string; width: number; height: number } {
  const fontFamily = fontFamilyFor(lang);
  const fonted: ChartOption = {
    ...option,
    textStyle: { ...(option.textStyle as object), fontFamily },
  };
  const draw = (width: number) => {
    let height = Math.round(width / aspect);
    const atWidth = keyAt(fonted, width);
    let drawn = render(atWidth, theme, width, height);
    if (drawn.bottom > height) {
      height = Math.ceil(drawn.bottom + GROW_MARGIN);
      drawn = render(atWidth, theme, width, height);
    }
    return drawn;
  };
  let width = 960;
  let drawn = draw(width);
  const own = drawn.box.width / Math.max(1, drawn.box.height);
  // Taller than the area: wider, so the axes and bands take the room the area gives (at most 1.8×,
  // so the labels stay legible on the slide).
  if (own < aspect * 0.9) {
    width = Math.round(Math.min(width * 1.8, width * (aspect / own)));
    drawn = draw(width);
  } else if (own > aspect * 1.1) {
    // Wider than the area (rows of a fixed height, as the timeline's): narrower, so that, scaled
    // into the area, it takes its height (at least 0.5×, so the labels keep room to wrap).
    width = Math.round(Math.max(width * 0.5, width * (aspect / own)));
    drawn = draw(width);
  }
  const b = drawn.box;
  const x = Math.max(0, Math.floor(b.x - FIT_PAD));
  const y = Math.max(0, Math.floor(b.y - FIT_PAD));
  const w = Math.ceil(b.width + 2 * FIT_PAD);
  const h = Math.ceil(b.height + 2 * FIT_PAD);
  const bg = TOKENS[theme].background;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/>${drawn.svg}</svg>`,
    width: w,
    height: h,
  };
}

/**
 * Renders a chart to a standalone SVG with its title above and its sources below, so an image
 * pasted into a report still says where its numbers come from. Width and height are in px (the
 * chart grows to hold what it draws, see chartOnlySvg).
 */
export function chartToSvg(
  option: ChartOption,
  theme: ChartThemeName,
  text: ExportText,
  width = 960,
  minHeight = 480,
): string {
  const { lang } = text;
  const fontFamily = fontFamilyFor(lang);
  const chart = chartOnlySvg(option, theme, lang, width, minHeight);
  const { height } = chart;
  const inner = chart.svg;
  const t = TOKENS[theme];
  const perLine = Math.floor(width / 7.5);
  const titleLines = wrapText(text.title, Math.floor(width / 10));
  const footLines = text.footer.flatMap((f) => wrapText(f, perLine));
  const head = 24 + titleLines.length * 26;
  const foot = 16 + footLines.length * 18;
  const total = head + height + foot;
  const titleSvg = titleLines
    .map(
      (l, i) =>
        `<text x="16" y="${34 + i * 26}" font-size="20" font-weight="bold" fill="${t.text}">${escapeMarkup(l)}</text>`,
    )
    .join('');
  const footSvg = footLines
    .map(
      (l, i) =>
        `<text x="16" y="${head + height + 20 + i * 18}" font-size="12" fill="${t.muted}">${escapeMarkup(l)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${fontFamily.replaceAll("'", '')}'><rect width="100%" height="100%" fill="${t.background}"/>${titleSvg}<g transform="translate(0 ${head})">${inner}</g>${footSvg}</svg>`;
}

/** Rasterises an SVG string to a PNG blob at the given pixel ratio (browser only). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available for the PNG export');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
