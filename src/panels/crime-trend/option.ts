import type { LineSeriesOption } from 'echarts/charts';
import type { ChartLayout } from '../../charts/band-layout';
import { withKeyBeside } from '../../charts/chart-key';
import type { ChartOption } from '../../charts/option';
import type { CrimePoint } from '../../data/crime';
import { fill, formatNumber, formatPercent, markNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { CrimeTrendView, Gap, MetricView, Milestone } from './model';
import { CRIME_WORDS } from './words';

/** Milestones on the same calendar year share one marker, numbered in order: "①", "②–⑥". */
export interface MilestoneMarker {
  at: number;
  label: string;
  milestones: Milestone[];
}

export function milestoneMarkers(milestones: readonly Milestone[]): MilestoneMarker[] {
  const points = milestones.filter((m) => m.until === undefined).sort((a, b) => a.at - b.at);
  const byYear = new Map<number, Milestone[]>();
  for (const m of points)
    byYear.set(Math.floor(m.at), [...(byYear.get(Math.floor(m.at)) ?? []), m]);
  let n = 0;
  return [...byYear.values()].map((group) => {
    const first = n;
    n += group.length;
    const mark = (i: number) => markNumber(i + 1);
    return {
      at: (group[0] as Milestone).at,
      label: group.length === 1 ? mark(first) : `${mark(first)}–${mark(n - 1)}`,
      milestones: group,
    };
  });
}

/** The legend under the chart: each milestone with its number (or ▒ for a shaded period), in axis order. */
export function milestoneLegend(
  milestones: readonly Milestone[],
): { id: string; mark: string; label: Milestone['label'] }[] {
  const numbered = milestoneMarkers(milestones).flatMap((mk) => mk.milestones);
  return [
    ...numbered.map((m, i) => ({ id: m.id, mark: markNumber(i + 1), label: m.label })),
    ...milestones
      .filter((m) => m.until !== undefined)
      .map((m) => ({ id: m.id, mark: '▒', label: m.label })),
  ];
}

/** Height of the chart in px for the number of metrics shown (`scale` below 1: a slide, beside its key). */
export function crimeTrendHeight(view: CrimeTrendView, scale = 1): number {
  return Math.round((view.metrics.length > 1 ? 460 : 280) * scale);
}

/**
 * The chart's type and bands in px (the theme's 13 px type, titles 1.2× it), their line heights set
 * here so each band's place is known: a grid's title and subtitle, then the grid, its time axis
 * under it. The type is the same on a slide (the stage is scaled as a whole).
 */
export const CRIME_LAYOUT = {
  titleLine: 20,
  subFont: 13,
  subLine: 16,
  /** Between a title and its subtitle. */
  itemGap: 2,
  /** The milestones' numbers: a row of their own above the first grid, clear of every label in it. */
  numberLine: 15,
  numberDistance: 3,
  /** The background each side of a value label (its plate). */
  plate: 2,
  /** Under a grid: its time axis labels (8 px margin, 13 px type) and the space before the next title. */
  axisBand: 28,
} as const;

export interface GridPlace {
  titleTop: number;
  top: number;
  height: number;
}

/**
 * Where each grid and its title go, top to bottom, in px. Under a title, the grid's top line is at
 * least the subtitle's type size away; on the first grid, when it carries the milestones' numbers,
 * their row (clear of the subtitle by 2 px) comes between.
 */
export function crimeGridPlaces(
  subtitled: readonly boolean[],
  numbered: boolean,
  total: number,
): GridPlace[] {
  const c = CRIME_LAYOUT;
  const markRow = c.numberDistance + c.numberLine + 2;
  const above = subtitled.map((sub, i) => {
    const block = c.titleLine + (sub ? c.itemGap + c.subLine : 0);
    return { block, clear: i === 0 && numbered ? Math.max(markRow, c.subFont) : c.subFont };
  });
  const fixed = above.reduce((sum, a) => sum + a.block + a.clear + c.axisBand, 0);
  const height = (total - fixed) / subtitled.length;
  let y = 0;
  return above.map((a) => {
    const place = { titleTop: y, top: y + a.block + a.clear, height };
    y = place.top + height + c.axisBand;
    return place;
  });
}

/**
 * Small multiples, one grid per metric, each on its own scale (never a shared axis between a count
 * of 43,000 and one of 54). Only reported points are data; a dashed mark line joins two reported
 * years across unreported ones and says so; milestones are vertical marks on the time axis.
 */
export function crimeTrendOption(
  view: CrimeTrendView,
  lang: Lang,
  layout: ChartLayout = {},
): ChartOption {
  const years = view.metrics.flatMap((m) => m.points.map((p) => p.year));
  const marks = milestoneMarkers(view.milestones);
  const ranges = view.milestones.filter((m) => m.until !== undefined);
  const positions = [
    ...years,
    ...marks.map((m) => m.at),
    ...ranges.flatMap((r) => [r.at, r.until as number]),
  ];
  // Room for the labels at both ends, in years, enough on a phone (about 15 px a year): on the
  // left for the first point's, centred over it (half of "peak 43,000" and its plate: 3 years);
  // on the right for the last point's when it starts at the point (labelAlign: 3 years), else 1.
  const firstYear = Math.min(...years);
  const lastLeansRight = view.metrics.some(
    (m) => m.points.length > 0 && labelAlign(m.points, m.points.length - 1) === 'left',
  );
  const minX = Math.min(Math.floor(Math.min(...positions)) - 2, firstYear - 3);
  const maxX = Math.max(
    Math.ceil(Math.max(...positions)) + 1,
    Math.max(...years) + (lastLeansRight ? 3 : 1),
  );
  const c = CRIME_LAYOUT;
  const places = crimeGridPlaces(
    view.metrics.map((m) => m.decline !== undefined),
    marks.length > 0,
    crimeTrendHeight(view, layout.scale),
  );

  return {
    tooltip: { trigger: 'item' },
    grid: places.map((p) => ({
      top: p.top,
      height: p.height,
      left: 72,
      right: 28,
      containLabel: false,
    })),
    title: view.metrics.map((m, i) => ({
      text: lang === 'zh' ? `${m.series.label.zh}(${CRIME_WORDS.unitCases.zh})` : m.series.label.en,
      subtext: m.decline
        ? fill(CRIME_WORDS.derivedDecline[lang], {
            year: m.decline.fromPoint.year,
            pct: formatPercent(m.decline.percent, lang),
          })
        : '',
      left: 72,
      top: (places[i] as GridPlace).titleTop,
      padding: 0,
      itemGap: c.itemGap,
      textStyle: { lineHeight: c.titleLine },
      subtextStyle: { lineHeight: c.subLine },
    })),
    xAxis: view.metrics.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      min: minX,
      max: maxX,
      minInterval: 1,
      splitLine: { show: false },
      axisLabel: {
        showMinLabel: false,
        formatter: (v: number) => (Number.isInteger(v) ? String(v) : ''),
      },
    })),
    yAxis: view.metrics.map((m, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      // Headroom above the highest point, so the peak's label clears the top of the grid.
      ...valueScale(Math.max(...m.points.map((p) => p.value))),
      axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
    })),
    series: inSlots(view.metrics, (m, i) => ({
      type: 'line',
      id: m.series.id,
      name: m.series.label[lang],
      xAxisIndex: i,
      yAxisIndex: i,
      symbol: 'circle',
      // A line is drawn only between adjacent reported years; '-' breaks it across unreported ones.
      data: solidRuns(m.points).map((p) => {
        if (p === '-') return '-';
        const align = labelAlign(m.points, m.points.indexOf(p));
        return {
          value: [p.year, p.value],
          name: String(p.year),
          id: p.id,
          ...(align && { label: { align } }),
        };
      }),
      connectNulls: false,
      // Each value label on a plate of the chart's background (the theme's), drawn over the mark
      // lines and the grid lines: a milestone's line behind a label stops at its edge (on a phone,
      // 2019's label is wider than the year from ① in 2018 to ②–⑦ in 2020, so a line must pass
      // behind it). A data line never does: where one comes down into a point, the point's label
      // starts at it (labelAlign).
      label: {
        show: true,
        position: 'top',
        padding: [0, c.plate],
        formatter: (params: { value?: unknown }) => {
          const [year, value] = params.value as [number, number];
          const point = m.points.find((p) => p.year === year);
          const text = formatNumber(value, lang);
          return point && point === m.peak ? `${CRIME_WORDS.peak[lang]} ${text}` : text;
        },
      },
      tooltip: {
        formatter: (params: { value?: unknown }) => {
          const [year, value] = params.value as [number, number];
          return `${m.series.label[lang]} ${year}: ${formatNumber(value, lang)} ${lang === 'zh' ? '起' : 'cases'}`;
        },
      },
      markLine: {
        // Hovered (or tapped), a line says what it is: ① or ②–⑦ names its milestones, the dashed
        // connector that the years between were not reported (its `name`, below).
        silent: false,
        tooltip: { formatter: '{b}' },
        emphasis: { disabled: true },
        // Under the series (z 3): its points and their labels are drawn over the lines.
        z: 2,
        symbol: 'none',
        animation: false,
        data: markLineData(m.gaps, marks, lang, i === 0),
      },
      markArea: ranges.length
        ? {
            silent: true,
            // Over the series (z 3), its tint over the labels' plates too, so a plate does not
            // show as a white box inside the shaded period.
            z: 4,
            itemStyle: { opacity: 0.08 },
            label: { show: i === 0, position: 'insideTop' as const, formatter: '' },
            data: ranges.map((r) => [{ xAxis: r.at }, { xAxis: r.until as number }]),
          }
        : undefined,
    })),
  };
}

/**
 * The series in their metrics' slots. ECharts deals the palette's colours and the patterns out by
 * series order, so each metric's series stands at its place in the data file, whichever metrics the
 * filters leave: a slot with no metric drawn holds an empty series. Homicides alone were drawn in
 * the criminal cases' colour (with `metric=homicides`, or `to=2009`, which leaves no criminal case).
 */
function inSlots(
  metrics: readonly MetricView[],
  seriesOf: (m: MetricView, grid: number) => LineSeriesOption,
): LineSeriesOption[] {
  const slots = Math.max(0, ...metrics.map((m) => m.slot + 1));
  return Array.from({ length: slots }, (_, slot) => {
    const grid = metrics.findIndex((m) => m.slot === slot);
    const m = metrics[grid];
    return m ? seriesOf(m, grid) : { type: 'line', id: `slot-${slot}`, data: [], silent: true };
  });
}

/**
 * The PNG/SVG download (and the slide deck's image): the chart with the key of its milestones
 * beside it, so ① and ②–⑦ (and the shaded period) say what they are wherever the image goes.
 */
export function crimeTrendExportOption(view: CrimeTrendView, lang: Lang): ChartOption {
  const option = crimeTrendOption(view, lang);
  if (view.milestones.length === 0) return option;
  return withKeyBeside(option, {
    heading: CRIME_WORDS.milestones[lang],
    entries: milestoneLegend(view.milestones).map((m) => ({ mark: m.mark, label: m.label[lang] })),
    words: lang === 'en',
  });
}

/**
 * A count axis for values up to `max`: its top at least 30 % above it, in 2 to 5 equal steps of
 * 1, 2 or 5 × 10ⁿ (the least such top; on a tie 3 steps, then 4, 2, 5), so the top is a tick. A top
 * between ticks puts its label against the one below (7 → ticks 0, 3, 6, 9 and a top of 10).
 * 54 → 80 by 20, 43,000 → 60,000 by 20,000, 15,000 → 20,000 by 5,000, 7 → 10 by 5.
 */
export function valueScale(max: number): { max: number; interval: number } {
  const target = max * 1.3;
  if (!(target > 0)) return { max: 1, interval: 1 };
  const scales = [3, 4, 2, 5].map((steps) => {
    const raw = target / steps;
    const unit = 10 ** Math.floor(Math.log10(raw));
    const k = [1, 2, 5, 10].find((k) => k * unit >= raw) ?? 10;
    // Counts: never a step below 1.
    const interval = Math.max(1, k * unit);
    return { max: interval * steps, interval };
  });
  return scales.reduce((best, s) => (s.max < best.max ? s : best));
}

type MarkLineData = NonNullable<NonNullable<LineSeriesOption['markLine']>['data']>;

/** The shortest connector that carries its "not reported" label, in years from point to point. */
export const GAP_LABEL_MIN_YEARS = 7;

/** Dashed, labelled connectors across unreported years, and the milestone marks (numbered on the top grid). */
function markLineData(
  gaps: readonly Gap[],
  marks: readonly MilestoneMarker[],
  lang: Lang,
  labelMarks: boolean,
): MarkLineData {
  const data: MarkLineData = [];
  for (const g of gaps) {
    // "2011–2018年\n未报告", or "2018年\n未报告" for one year: the label, and on one line the tooltip's.
    const words =
      g.missingFrom === g.missingTo
        ? fill(CRIME_WORDS.notReportedOne[lang], { year: g.missingFrom })
        : fill(CRIME_WORDS.notReported[lang], { from: g.missingFrom, to: g.missingTo });
    data.push([
      {
        name: words.replace('\n', ' '),
        coord: [g.from.year, g.from.value],
        lineStyle: { type: 'dashed', width: 1.5 },
        label: {
          // Only along a connector long enough for it: on a phone a year is about 15 px, and a
          // shorter one put "2016–2018年未报告" over the label of the point it starts from. The
          // note under the chart says what every dashed line is.
          show: g.to.year - g.from.year >= GAP_LABEL_MIN_YEARS,
          position: 'middle',
          formatter: words,
        },
      },
      { coord: [g.to.year, g.to.value] },
    ]);
  }
  const c = CRIME_LAYOUT;
  // The milestones' numbers run on from marker to marker (① in 2018, ②–⑦ in 2020).
  let n = 0;
  for (const mk of marks)
    data.push({
      name: mk.milestones.map((m) => `${markNumber(++n)} ${m.label[lang]}`).join('\n'),
      xAxis: mk.at,
      lineStyle: { type: 'dotted', width: 1 },
      // In the row above the grid (crimeGridPlaces), where no other label goes, starting at the
      // line's top like a flag: never on its line, and two a year apart (15 px on a phone) clear.
      // Centred, ① in 2018 and ②–⑦ in 2020 touched on a phone.
      label: {
        show: labelMarks,
        position: 'end',
        distance: c.numberDistance,
        align: 'left',
        verticalAlign: 'bottom',
        lineHeight: c.numberLine,
        formatter: mk.label,
      },
    });
  return data;
}

/**
 * Which way the label above the `i`th point starts, so that no line into or out of the point runs
 * under it: the line or dashed connector from a higher point before it rises to the left, through
 * the left half of a centred label (on a phone, into 2019's), so the label starts at the point
 * ('left'); a line up to a higher point after it, the mirror ('right'). With both or neither it is
 * centred (undefined).
 */
export function labelAlign(points: readonly CrimePoint[], i: number): 'left' | 'right' | undefined {
  const p = points[i];
  if (!p) return undefined;
  const left = (points[i - 1]?.value ?? -1) > p.value;
  const right = (points[i + 1]?.value ?? -1) > p.value;
  return left === right ? undefined : left ? 'left' : 'right';
}

/** The points with '-' between any two that are not adjacent years, so the line breaks there. */
export function solidRuns(points: readonly CrimePoint[]): (CrimePoint | '-')[] {
  const out: (CrimePoint | '-')[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.year - prev.year > 1) out.push('-');
    out.push(p);
  });
  return out;
}
