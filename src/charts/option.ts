import type {
  BarSeriesOption,
  CustomSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The only options a chart of this app may use. A builder that reaches for a chart type or
 * component not registered in ./echarts.ts fails to type-check instead of failing in the browser.
 */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | TitleComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>;

/** An option field that may be one item or a list (`series`, `xAxis`, `tooltip`), as a list. */
export function optionList<T>(v: T | T[] | undefined | null): T[] {
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** A chart as an export draws it: its option, at its own height in px (the image grows to hold
 *  what the option draws below that, see chartOnlySvg). */
export interface ChartImage {
  option: ChartOption;
  height: number;
}

export interface FinishOptions {
  reducedMotion: boolean;
  /**
   * The chart has been drawn before: a filter or language change redraws it at once. Only the first
   * draw animates, so a filter's effect is on screen in the next frame, not after a replayed entrance.
   */
  redraw?: boolean;
  patterns: boolean;
  /** The font stack for the page's language. */
  fontFamily?: string;
}

/**
 * ECharts' aria for every chart, on screen and in exports: on, because the decal patterns (the
 * pattern-fill mode) are part of it; its generated description off ("the data for 2010 is 2010,
 * 43000, NaN…", in ECharts' words whatever the page's language): the chart's container carries the
 * panel's own summary as its one description.
 */
export function chartAria(patterns: boolean): AriaComponentOption {
  return { enabled: true, label: { enabled: false }, decal: { show: patterns } };
}

/**
 * What every chart gets whatever its builder says: no animation when the reader asked for reduced
 * motion or on a redraw, ECharts' aria (chartAria) with decal patterns when asked for, and tooltips drawn on the chart itself (the HTML tooltip
 * writes inline styles, which a strict CSP forbids).
 */
export function finishOption(
  option: ChartOption,
  { reducedMotion, redraw, patterns, fontFamily }: FinishOptions,
): ChartOption {
  const tooltip = option.tooltip;
  return {
    ...option,
    animation: reducedMotion || redraw ? false : (option.animation ?? true),
    aria: chartAria(patterns),
    ...(fontFamily ? { textStyle: { ...(option.textStyle as object), fontFamily } } : {}),
    tooltip: Array.isArray(tooltip)
      ? tooltip.map((t) => ({ ...t, renderMode: 'richText' }))
      : { ...(tooltip ?? {}), renderMode: 'richText' },
  };
}
