// The widths a chart is baked at and where each is shown (no ECharts here: the build's Node side
// reads it too).

/**
 * The widths a chart is baked at: its box on a phone (pages 360–430 px wide), in the dashboard's
 * two- and three-column grids and on a tablet (src/styles.css: columns of at least 560 px in a page
 * of at most 1800). The baked SVG scales to its box (viewBox); a drawing is kept where the box is
 * 0.9–1.15 of its width (chart-wake.ts, bakeFits), which keeps its 13 px text at 11.7 px or more.
 */
export const BAKE_WIDTHS = { narrow: 340, mid: 560, wide: 680 } as const;
export type BakeWidth = keyof typeof BAKE_WIDTHS;

/**
 * Where each drawing is the one shown, by the page's width: the chart box is the page less 42 px
 * in one column (up to 1199 px), half the page less 74 in two (1200–1799), 534 px in three.
 */
export const BAKE_MEDIA: Record<BakeWidth, string> = {
  narrow: '(max-width:600px)',
  mid: '(min-width:601px) and (max-width:669px), (min-width:1200px) and (max-width:1399px), (min-width:1800px)',
  wide: '(min-width:670px) and (max-width:1199px), (min-width:1400px) and (max-width:1799px)',
};
