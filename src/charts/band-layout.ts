import type { ChartOption } from './option';
import { isWide, LABEL_EM } from './text-width';

// The band layout the governance and projects charts share: labelled bars in bands (a title, then
// one bar per figure with its name above it), names wrapped to the chart's width.

/** The chart's width when the panel has not measured it (tests, exports). */
export const DEFAULT_CHART_WIDTH = 640;

export interface ChartLayout {
  /** 2 on the projector stage (its type is twice as large), else 1. */
  scale?: number;
  /** The chart's width in px, to know where long names must wrap. */
  width?: number;
}

/**
 * How many lines a name takes when ECharts breaks it at `maxPx` (overflow 'break': Chinese at any
 * character, Latin at spaces). Widths are estimated on the safe side with LABEL_EM (a CJK character
 * or a curly quote 1 em, any other character 0.55 em, about a fifth more than Noto Sans averages),
 * so a name gets at least the lines it needs.
 */
export function nameLabelLines(text: string, maxPx: number, fontPx: number): number {
  const tokens =
    text.match(/[\u2000-\u206f\u2e80-\uffff]|[^\s\u2000-\u206f\u2e80-\uffff]+|\s+/g) ?? [];
  let lines = 1;
  let x = 0;
  for (const t of tokens) {
    const w = isWide(t, LABEL_EM) ? fontPx * LABEL_EM.wide : t.length * fontPx * LABEL_EM.narrow;
    if (/^\s+$/.test(t)) {
      if (x > 0) x += w;
      continue;
    }
    if (x > 0 && x + w > maxPx) {
      lines += 1;
      x = 0;
    }
    // A word longer than a whole line is broken inside it.
    lines += Math.floor(w / maxPx);
    x += w % maxPx;
  }
  return lines;
}

/** The size the PNG/SVG export is drawn at (see charts/export.ts). */
export const EXPORT_SIZE = { width: 960, height: 480 } as const;

/** The chart's width when a slide shows it beside its figure cards (the left three fifths). */
export const SLIDE_BESIDE_CARDS_WIDTH = 480;

/** A band's metrics in px at scale 1 (the projector stage passes scale 2). */
export interface BandMetrics {
  /** Title line height, and the title's line height when it wraps. */
  title: number;
  titleLine: number;
  titleFont: number;
  /** One bar's band when its name takes one line; each further line adds `line`. */
  row: number;
  line: number;
  bar: number;
  font: number;
  /** Space between two bands. */
  gap: number;
  /** Left inset of the names and the grid. */
  inset: number;
  /** Space under each band's grid (its axis), 0 for none. */
  after: number;
}

export interface BandPlacement {
  titleTop: number;
  gridTop: number;
  /** Height of one bar's band: its name (in as many lines as it needs) and the bar. */
  row: number;
  height: number;
  lines: number;
}

/**
 * Where each band goes, top to bottom. Names sit above their bars and wrap to the chart's width,
 * so a band is as tall as its longest name needs; the first name's overhang above its band is
 * added to the top of the grid. `bottom` is where the last band (and its axis) ends.
 */
export function placeBands<B extends { names: readonly string[]; figures: readonly unknown[] }>(
  bands: readonly B[],
  title: (band: B) => string,
  m: BandMetrics,
  opts: ChartLayout,
) {
  const scale = opts.scale ?? 1;
  const width = opts.width ?? DEFAULT_CHART_WIDTH;
  const px = (n: number) => Math.round(n * scale);
  const nameWidth = width - px(m.inset) - 4;
  let top = 0;
  const placed: (B & BandPlacement)[] = bands.map((b, i) => {
    if (i > 0) top += px(m.gap);
    const lines = Math.max(...b.names.map((n) => nameLabelLines(n, nameWidth, px(m.font))));
    const row = px(m.row + (lines - 1) * m.line);
    const above = px(m.bar / 2 + 4 + lines * m.line);
    const overhang = Math.max(0, above - row / 2);
    const titleLines = nameLabelLines(title(b), nameWidth, px(m.titleFont));
    const titleTop = top;
    const gridTop = top + px(m.title + (titleLines - 1) * m.titleLine) + overhang;
    const height = b.figures.length * row;
    top = gridTop + height + px(m.after);
    return { ...b, titleTop, gridTop, row, height, lines };
  });
  return { placed, bottom: top, nameWidth, px, scale };
}

/** The bands for keyed lists of figures, in the order given, an empty list left out. */
export function bandsOf<K extends string, F>(
  lists: readonly (readonly [K, F[]])[],
  name: (figure: F) => string,
): { key: K; figures: F[]; names: string[] }[] {
  return lists
    .filter(([, figures]) => figures.length > 0)
    .map(([key, figures]) => ({ key, figures, names: figures.map(name) }));
}

/**
 * What every band chart draws the same way: each band's title, and its names inside the grid above
 * their bars (bottom-aligned, lifted past half the bar), wrapped to the chart's width.
 */
export function bandTitlesAndNames<B extends BandPlacement & { names: readonly string[] }>(
  placed: readonly B[],
  title: (band: B) => string,
  m: BandMetrics,
  { nameWidth, px }: { nameWidth: number; px: (n: number) => number },
): Pick<ChartOption, 'title' | 'yAxis'> {
  return {
    title: placed.map((b) => ({
      text: title(b),
      left: px(m.inset),
      top: b.titleTop,
      padding: 0,
      textStyle: { width: nameWidth, overflow: 'break' as const, lineHeight: px(m.titleLine) },
    })),
    yAxis: placed.map((b, i) => ({
      type: 'category' as const,
      gridIndex: i,
      inverse: true,
      data: [...b.names],
      axisLine: { show: false, onZero: false },
      axisTick: { show: false },
      axisLabel: {
        inside: true,
        margin: 0,
        verticalAlign: 'bottom' as const,
        width: nameWidth,
        overflow: 'break' as const,
        lineHeight: px(m.line),
        padding: [0, 0, px(m.bar / 2 + 4), 0],
      },
    })),
  };
}

/** An option's title components as a list (ECharts takes one or several). */
export function titlesOf(option: ChartOption): object[] {
  return Array.isArray(option.title) ? option.title : option.title ? [option.title] : [];
}

/** The line height, in px, of the text an export draws under its chart. */
export const UNDER_LINE = 19;

/**
 * An export's text under its chart (at `top`, at the chart's inset): a heading and one line per
 * figure the panel shows beside the chart, so the exported image holds every figure.
 */
export function withLinesUnder(
  base: ChartOption,
  under: { heading: string; lines: readonly string[]; top: number; inset: number; gap: number },
): ChartOption {
  return {
    ...base,
    title: [
      ...titlesOf(base),
      {
        text: under.heading,
        subtext: under.lines.join('\n'),
        left: under.inset,
        top: under.top,
        padding: 0,
        itemGap: under.gap,
        subtextStyle: {
          width: EXPORT_SIZE.width - 2 * under.inset,
          overflow: 'break' as const,
          lineHeight: UNDER_LINE,
        },
      },
    ],
  };
}
