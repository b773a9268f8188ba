// The key of a chart's numbered marks, drawn inside the chart's own option for its exports: a PNG,
// an SVG or a slide deck made from the export option carries what ① … ⑫ are, with no list beside it.
import { EXPORT_SIZE, titlesOf } from './band-layout';
import type { ChartOption } from './option';
import { LABEL_EM, wrapLines } from './text-width';

export interface KeyEntry {
  /** The mark as drawn on the chart: "①", "▒". */
  mark: string;
  /** What it stands for, in the chart's language (the data's own label). */
  label: string;
}

export interface ChartKey {
  heading: string;
  entries: readonly KeyEntry[];
  /** Muted paragraphs (how the marks are drawn): under the entries, or with `notesTop` under the
   *  plot, from that many px down, across the width the key leaves. */
  notes?: readonly string[];
  notesTop?: number;
  /** Break English between words; Chinese breaks at any character. */
  words: boolean;
}

/** The key's metrics in the export, in px (the export is EXPORT_SIZE.width wide). */
export const EXPORT_KEY = {
  width: 300,
  /** Space between the plot and the key, and the key's inset from the image's right edge. */
  gap: 24,
  inset: 16,
  font: 13,
  line: 18,
  /** The column of the marks, before their labels. */
  markWidth: 26,
  /** Space between two entries. */
  entryGap: 3,
} as const;

/** A text broken into lines at most `widthPx` wide at `fontPx` (estimated on the safe side). */
export function keyLines(text: string, widthPx: number, fontPx: number, words: boolean): string[] {
  return wrapLines(text, widthPx / fontPx, LABEL_EM, words);
}

/** The id prefix of the titles that make the key's column (placed from EXPORT_SIZE.width's right). */
const KEY_ID = 'chart-key-';

const rightOf = (grid: unknown) => {
  const r = (grid as { right?: unknown }).right;
  return typeof r === 'number' ? r : 0;
};

/**
 * The chart with its key to the right of the plot: every grid gives up the key's width, and the
 * key (a heading, each mark with its label wrapped beside it) and its notes are drawn as title
 * components placed from the top, one line height a line. The image is then as tall as the taller
 * of the two columns: chartToSvg grows its height to what is drawn.
 */
export function withKeyBeside(base: ChartOption, key: ChartKey): ChartOption {
  const k = EXPORT_KEY;
  const left = EXPORT_SIZE.width - k.inset - k.width;
  const labelWidth = k.width - k.markWidth;
  const grids = Array.isArray(base.grid) ? base.grid : base.grid ? [base.grid] : [];
  const titles = titlesOf(base);
  let n = 0;
  const text = (t: string, x: number, y: number, style: object) => ({
    // Marked as the key's column, which keyAt() moves with the image's right edge.
    id: `${KEY_ID}${n++}`,
    text: t,
    left: x,
    top: y,
    padding: 0,
    textStyle: { fontSize: k.font, lineHeight: k.line, fontWeight: 'normal' as const, ...style },
  });
  const keyTitles: object[] = [
    text(key.heading, left, 0, { fontWeight: 'bold', fontSize: k.font + 1 }),
  ];
  let top = k.line + 6;
  for (const e of key.entries) {
    const lines = keyLines(e.label, labelWidth, k.font, key.words);
    keyTitles.push(text(e.mark, left, top, { fontWeight: 'bold' }));
    keyTitles.push(text(lines.join('\n'), left + k.markWidth, top, {}));
    top += lines.length * k.line + k.entryGap;
  }
  const under = key.notesTop !== undefined;
  const notesLeft = under ? k.inset : left;
  const notesWidth = under ? left - k.gap - k.inset : k.width;
  let notesTop = key.notesTop ?? top;
  for (const note of key.notes ?? []) {
    const lines = keyLines(note, notesWidth, k.font, key.words);
    notesTop += 6;
    // A subtext: the theme's muted colour.
    keyTitles.push({
      ...(under ? {} : { id: `${KEY_ID}${n++}` }),
      text: '',
      subtext: lines.join('\n'),
      left: notesLeft,
      top: notesTop,
      padding: 0,
      itemGap: 0,
      subtextStyle: { fontSize: k.font, lineHeight: k.line },
    });
    notesTop += lines.length * k.line;
  }
  const grid = grids.map((g) => ({ ...g, right: rightOf(g) + k.width + k.gap }));
  return {
    ...base,
    grid: Array.isArray(base.grid) ? grid : grid[0],
    title: [...titles, ...keyTitles] as ChartOption['title'],
  };
}

/**
 * The option drawn `width` px wide, not the export's: its key's column moved with the right edge,
 * as the grids give up their room from the right (a slide draws a chart wider to fill its area).
 */
export function keyAt(option: ChartOption, width: number): ChartOption {
  const dx = width - EXPORT_SIZE.width;
  if (dx === 0 || !Array.isArray(option.title)) return option;
  return {
    ...option,
    title: option.title.map((t: { id?: unknown; left?: unknown }) =>
      typeof t.id === 'string' && t.id.startsWith(KEY_ID) && typeof t.left === 'number'
        ? { ...t, left: t.left + dx }
        : t,
    ) as ChartOption['title'],
  };
}
