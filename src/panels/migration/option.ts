import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption } from 'echarts/components';
import type { ChartOption } from '../../charts/option';
import { CHARACTERS, textWidth, VALUE_EM, wrapLines } from '../../charts/text-width';
import type { Figure } from '../../data/common';
import { fill, formatFigure, formatNumber, unitWord } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { JourneyStage, MigrationView } from './model';
import { MIGRATION_WORDS as W } from './words';

/**
 * Vertical layout in px at scale 1 (the projector stage doubles the type, so `scale` doubles these).
 * Line heights follow the theme's type: titles 1.2 × 13 px, body 13 px.
 */
const PX = {
  heading: 22,
  figure: 22,
  labelLine: 17,
  bar: 16,
  barGap: 12,
  axis: 24,
  sectionGap: 18,
  tripRow: 34,
} as const;
/** The chart's left inset, in px (the export sets its text under the chart at it too). */
export const MIGRATION_LEFT = 8;
const LEFT = MIGRATION_LEFT;
const RIGHT = 24;
/** The axis labels' type, in px (the theme's). */
const AXIS_FONT = 13;

/**
 * The volume grids' right margin, in px: room for half the label of the axis's top, which is
 * centred on the grid's right end ("500,000" ran into the image's edge), and 16 px more, the
 * export's inset.
 */
function volumeRight(view: MigrationView, lang: Lang): number {
  const top = formatNumber(volumeMax(view), lang);
  return Math.max(RIGHT, Math.ceil(textWidth(top, VALUE_EM, AXIS_FONT) / 2) + 16);
}

/** The volumes' shared axis maximum. */
const volumeMax = (view: MigrationView) =>
  view.volumes.length ? niceMax(Math.max(...view.volumes.map((f) => f.value))) : 1;

/**
 * Breaks a text into lines of at most `max` characters (words kept whole in English), so titles fit
 * a 360 px phone without knowing the chart's width.
 */
export function wrapText(text: string, max: number): string {
  return wrapLines(text, max, CHARACTERS, true).join('\n');
}

const lines = (text: string) => text.split('\n').length;
const wrapWidth = (lang: Lang, big = false) => (lang === 'zh' ? (big ? 21 : 24) : big ? 36 : 44);

/** A round axis maximum above the largest value, leaving room for the "over" arrow. */
export function niceMax(value: number): number {
  const target = value * 1.12;
  const step = 10 ** Math.floor(Math.log10(target));
  return Math.ceil(target / step) * step;
}

/** The figure as the chart writes it: hedge, range and unit kept ("近10万人/年", "3–4 trips"). */
export function figureText(f: Figure, lang: Lang): string {
  return formatFigure(f, lang);
}

interface Placed {
  titles: TitleComponentOption[];
  grids: GridComponentOption[];
  height: number;
}

/** Where every block of the chart goes, in px: one bar per volume on a shared scale, then the trips. */
export function migrationLayout(view: MigrationView, lang: Lang, scale = 1): Placed {
  const s = (n: number) => Math.round(n * scale);
  const titles: TitleComponentOption[] = [];
  const grids: GridComponentOption[] = [];
  let y = 0;
  if (view.volumes.length > 0) {
    const right = volumeRight(view, lang);
    titles.push(sectionHeading(W.volumesHeading[lang], lang, s(y)));
    y += PX.heading;
    view.volumes.forEach((f, i) => {
      const figure = wrapText(figureText(f, lang), wrapWidth(lang, true));
      const label = wrapText(f.label[lang], wrapWidth(lang));
      titles.push({
        text: figure,
        subtext: label,
        top: s(y),
        left: LEFT,
        itemGap: 2,
        textStyle: { fontWeight: 'bold' },
      });
      y += PX.figure * lines(figure) + PX.labelLine * lines(label) + 4;
      grids.push({ top: s(y), height: s(PX.bar), left: s(LEFT + 4), right: s(right) });
      y += PX.bar + (i === view.volumes.length - 1 ? PX.axis : PX.barGap);
    });
    y += PX.sectionGap;
  }
  const trips = view.journey.filter((st) => st.trips.length > 0);
  if (trips.length > 0) {
    const heading = sectionHeading(W.tripsHeading[lang], lang, s(y));
    titles.push(heading);
    y += PX.heading + PX.labelLine * (lines(String(heading.subtext)) - 1);
    grids.push({
      top: s(y),
      height: s(trips.length * PX.tripRow),
      left: s(LEFT),
      right: s(RIGHT + 24),
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    });
    y += trips.length * PX.tripRow + PX.axis;
  }
  return { titles, grids, height: s(y + 4) };
}

/** A section's heading: the theme's secondary type, bold, so the figures under it stand out. */
function sectionHeading(text: string, lang: Lang, top: number): TitleComponentOption {
  return {
    text: '',
    subtext: wrapText(text, wrapWidth(lang)),
    top,
    left: LEFT,
    itemGap: 0,
    subtextStyle: { fontWeight: 'bold' },
  };
}

/** Height of the chart in px. */
export function migrationHeight(view: MigrationView, lang: Lang, scale = 1): number {
  return migrationLayout(view, lang, scale).height;
}

function stageWord(st: JourneyStage, lang: Lang): string {
  return (st.stage === 'before' ? W.stageBefore : W.stageAfter)[lang];
}

/**
 * The yearly volumes as bars on one shared scale (each its own small grid under its own label),
 * the hedge drawn on the mark — a dashed arrow past the end for "over", a dashed arrow back onto
 * the end for "nearly" — and the citizen's trips, a range drawn as a range (3 to 4, never 3.5)
 * against a single dot.
 */
export function migrationOption(view: MigrationView, lang: Lang, scale = 1): ChartOption {
  const layout = migrationLayout(view, lang, scale);
  const nVol = view.volumes.length;
  const max = volumeMax(view);
  const arrow = max * 0.07;
  const trips = view.journey.filter((st) => st.trips.length > 0);
  const tripMax = Math.max(
    0,
    ...trips.flatMap((st) => st.trips.map((f) => f.valueHigh ?? f.value)),
  );

  const tripAxisMax = Math.ceil(tripMax) + 1;
  const xAxis: ChartOption['xAxis'] = view.volumes.map((_, i) => ({
    type: 'value' as const,
    gridIndex: i,
    min: 0,
    max,
    splitNumber: 4,
    splitLine: { show: true },
    axisLabel: {
      show: i === nVol - 1,
      formatter: (v: number) => formatNumber(v, lang),
    },
    axisTick: { show: i === nVol - 1 },
  }));
  const yAxis: ChartOption['yAxis'] = view.volumes.map((f, i) => ({
    type: 'category' as const,
    gridIndex: i,
    data: [f.id],
    axisLabel: { show: false },
    axisTick: { show: false },
  }));

  const volumeSeries: BarSeriesOption[] = view.volumes.map((f, i) => ({
    type: 'bar',
    id: `volume-${f.id}`,
    // One name for all volumes: one palette colour, one meaning.
    name: W.volumesHeading[lang],
    xAxisIndex: i,
    yAxisIndex: i,
    barWidth: '100%',
    data: [{ value: f.value, name: f.label[lang] }],
    tooltip: { formatter: () => `${f.label[lang]}\n${figureText(f, lang)}` },
    markLine: hedgeMark(f, arrow),
  }));

  const tripSeries: LineSeriesOption[] = [];
  if (trips.length > 0) {
    const g = nVol;
    (xAxis as object[]).push({
      type: 'value',
      gridIndex: g,
      min: 0,
      max: tripAxisMax,
      interval: 1,
      // The unit on the last tick: a bare 0–5 scale would not say what it counts.
      axisLabel: {
        formatter: (v: number) =>
          v === tripAxisMax
            ? `${v}${lang === 'zh' ? '' : ' '}${unitWord('trips', v, lang)}`
            : String(v),
      },
      splitLine: { show: true },
    });
    (yAxis as object[]).push({
      type: 'category',
      gridIndex: g,
      inverse: true,
      data: trips.map((st) => stageWord(st, lang)),
      axisTick: { show: false },
    });
    trips.forEach((st, row) => {
      for (const f of st.trips) {
        const ends = f.valueHigh === undefined ? [f.value] : [f.value, f.valueHigh];
        tripSeries.push({
          type: 'line',
          id: `trips-${f.id}`,
          name: stageWord(st, lang),
          xAxisIndex: g,
          yAxisIndex: g,
          symbol: 'circle',
          symbolSize: 12 * scale,
          lineStyle: { width: 10 * scale, cap: 'round' },
          data: ends.map((x, k) => ({
            value: [x, row],
            label: { show: k === ends.length - 1 },
          })),
          label: {
            position: 'right',
            distance: 10 * scale,
            color: 'inherit',
            fontWeight: 'bold',
            formatter: () => figureText(f, lang),
          },
          tooltip: {
            formatter: () =>
              `${f.label[lang]}\n${figureText(f, lang)}${f.reported ? ` (${fill(W.asPrinted[lang], { reported: f.reported })})` : ''}`,
          },
        });
      }
    });
  }

  return {
    tooltip: { trigger: 'item' },
    title: layout.titles,
    grid: layout.grids,
    xAxis,
    yAxis,
    series: [...volumeSeries, ...tripSeries],
  };
}

type MarkLine = NonNullable<BarSeriesOption['markLine']>;

/** The hedge on the bar: "over" → a dashed arrow out past the end; "nearly" → a dashed arrow back onto the end. */
function hedgeMark(f: Figure, length: number): MarkLine | undefined {
  if (f.qualifier !== 'over' && f.qualifier !== 'nearly') return undefined;
  const [from, to] =
    f.qualifier === 'over' ? [f.value, f.value + length] : [f.value + length, f.value];
  return {
    silent: true,
    animation: false,
    symbol: ['none', 'arrow'],
    symbolSize: 9,
    lineStyle: { type: 'dashed', width: 2 },
    label: { show: false },
    data: [[{ coord: [from, 0] }, { coord: [to, 0] }]],
  };
}
