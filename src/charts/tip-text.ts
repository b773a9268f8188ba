// A chart's tooltip, without ECharts: what its option's formatter says of one datum. A baked chart
// answers a reader's first hover or tap with it while the chart engine is still loading
// (src/components/chart-tip.ts); the live chart then shows the same words in its own tooltip.
import { type ChartOption, optionList } from './option';

interface TooltipLike {
  show?: boolean;
  formatter?: unknown;
}

type Item = Record<string, unknown> & { tooltip?: TooltipLike };

/**
 * What the tooltip of series `seriesIndex` says of its datum `dataIndex` (the indexes ECharts' SSR
 * renderer writes on each shape it draws), as ECharts would find it: the datum's own tooltip, the
 * series', then the chart's; lines separated by `\n`. Undefined where the answer needs ECharts (no
 * formatter of ours, ECharts' default text) or there is none (a tooltip turned off, no such datum):
 * the live chart then gives it.
 */
export function tipText(
  option: ChartOption,
  seriesIndex: number,
  dataIndex: number,
): string | undefined {
  const series = optionList(option.series as Item | Item[] | undefined)[seriesIndex];
  const datum = Array.isArray(series?.data) ? (series.data as unknown[])[dataIndex] : undefined;
  if (!series || datum === undefined || datum === null) return undefined;
  const item = typeof datum === 'object' && !Array.isArray(datum) ? (datum as Item) : ({} as Item);
  const levels = [
    item.tooltip,
    series.tooltip,
    ...optionList(option.tooltip as TooltipLike | TooltipLike[] | undefined),
  ].filter((t): t is TooltipLike => t !== undefined);
  if (levels.some((t) => t.show === false)) return undefined;
  const formatter = levels.find((t) => t.formatter !== undefined)?.formatter;
  const name = typeof item.name === 'string' ? item.name : '';
  const seriesName = typeof series.name === 'string' ? series.name : '';
  const value = datum === item ? item.value : datum;
  let text: unknown;
  if (typeof formatter === 'function') {
    text = formatter({
      componentType: 'series',
      seriesType: series.type,
      seriesIndex,
      seriesName,
      dataIndex,
      name,
      data: datum,
      value,
    });
  } else if (typeof formatter === 'string') {
    // A template naming the series ({a}) or the datum ({b}); a value ({c}) or rich text is
    // ECharts' to format.
    const filled = formatter.replace(/\{a\}/g, seriesName).replace(/\{b\}/g, name);
    text = filled.includes('{') ? undefined : filled;
  }
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}
