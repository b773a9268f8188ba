import {
  type BandMetrics,
  bandsOf,
  bandTitlesAndNames,
  type ChartLayout,
  EXPORT_SIZE,
  placeBands,
  withLinesUnder,
} from '../../charts/band-layout';
import type { ChartOption } from '../../charts/option';
import type { Figure } from '../../data/common';
import { fill, formatFigure, formatPercent, formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { CountCard, GovernanceView } from './model';
import { GOVERNANCE_WORDS } from './words';

/** Layout in px at scale 1 (the desk themes); the projector stage passes scale 2, as its type is twice as large. */
const L = {
  title: 30,
  row: 46,
  line: 18,
  titleLine: 21,
  titleFont: 16,
  axis: 26,
  gap: 18,
  bar: 16,
  margin: 24,
  font: 13,
};
const BANDS: BandMetrics = { ...L, inset: L.margin, after: L.axis };

export const GOVERNANCE_CHART = 'governance';

/**
 * The first and last labels of an axis end inside the chart's margins: centred on the grid's edge,
 * "−100%" began 4 px from the image's edge in an export (the page's panel padding hid it on screen).
 */
const ENDS_INSIDE = { alignMinLabel: 'left', alignMaxLabel: 'right' } as const;

/** The fixed rate scale: a rate is a share of the whole. */
const RATE_AXIS = { min: 0, max: 100 } as const;

/**
 * The change scale, symmetric about 0 so that 0 sits mid-chart: ±100 % (a fall can go no lower),
 * widened in steps of 50 for a rise of more than 100 %.
 */
export function changeAxis(changes: readonly Figure[]): { min: number; max: number } {
  const most = Math.max(100, ...changes.map((f) => Math.ceil(Math.abs(f.value) / 50) * 50));
  return { min: -most, max: most };
}

const titleOf = (s: { key: 'rates' | 'changes' }, lang: Lang) =>
  s.key === 'rates'
    ? fill(GOVERNANCE_WORDS.ratesTitle[lang], RATE_AXIS)
    : fill(GOVERNANCE_WORDS.changesTitle[lang], { zero: 0 });

function sections(view: GovernanceView, lang: Lang) {
  return bandsOf(
    [
      ['rates', view.rates],
      ['changes', view.changes],
    ] as const,
    (f) => nameLine(f, lang),
  );
}

/** Whether the panel has anything to draw as a chart (rates or changes; counts are cards). */
export function hasGovernanceChart(view: GovernanceView): boolean {
  return !view.empty && (view.rates.length > 0 || view.changes.length > 0);
}

/** Where each section goes (see placeBands); the chart ends under the last section's axis. */
function place(view: GovernanceView, lang: Lang, opts: ChartLayout) {
  const bands = placeBands(sections(view, lang), (s) => titleOf(s, lang), BANDS, opts);
  return { ...bands, height: Math.round(bands.bottom) };
}

/** Height of the chart in px, matching the layout of governanceOption. */
export function governanceChartHeight(
  view: GovernanceView,
  lang: Lang,
  opts: ChartLayout = {},
): number {
  return place(view, lang, opts).height;
}

/** "▼ −70.6%" / "▲ +3.0%": a change with its direction, never unsigned. */
export function changeText(value: number, lang: Lang): string {
  const arrow = value < 0 ? '▼' : value > 0 ? '▲' : '';
  return `${arrow} ${formatPercent(value, lang, true)}`.trim();
}

/**
 * Inside the bar's far end when the bar is long enough to hold its label (ECharts picks a
 * contrasting text colour there), else just past it.
 */
function labelPosition(value: number) {
  const long = Math.abs(value) >= 30;
  if (value < 0) return long ? ('insideLeft' as const) : ('left' as const);
  return long ? ('insideRight' as const) : ('right' as const);
}

/** The name line above a bar: the label and the period it covers. */
function nameLine(f: Figure, lang: Lang): string {
  return `${f.label[lang]} · ${formatPeriod(f.period, lang)}`;
}

/**
 * Rates and changes, never mixed with counts. Rates are bars on a fixed 0–100 % scale (the grey
 * track is the whole); a change is a bar on its own axis centred on 0, running left for a fall, in
 * the second palette colour so it is not read as a rate. Each bar's name sits above it so long
 * labels keep the full width on a phone. Counts are not drawn here: they are the panel's cards.
 */
export function governanceOption(
  view: GovernanceView,
  lang: Lang,
  opts: ChartLayout = {},
): ChartOption {
  const w = GOVERNANCE_WORDS;
  const { placed: layout, nameWidth, px, scale } = place(view, lang, opts);

  return {
    tooltip: { trigger: 'item' },
    ...bandTitlesAndNames(layout, (s) => titleOf(s, lang), BANDS, { nameWidth, px }),
    // Equal side margins: the change axis is centred, so its zero sits at 50 % of the chart's width.
    grid: layout.map((s) => ({
      top: s.gridTop,
      height: s.height,
      left: px(L.margin),
      right: px(L.margin),
      outerBoundsMode: 'none' as const,
    })),
    xAxis: layout.map((s, i) =>
      s.key === 'rates'
        ? {
            type: 'value' as const,
            gridIndex: i,
            ...RATE_AXIS,
            interval: 25,
            // No grid lines: they would run through the names; the track behind each bar is the 100 %.
            splitLine: { show: false },
            axisLabel: { formatter: (v: number) => `${v}%`, ...ENDS_INSIDE },
          }
        : {
            type: 'value' as const,
            gridIndex: i,
            ...changeAxis(s.figures),
            interval: 50,
            splitLine: { show: false },
            axisLabel: {
              formatter: (v: number) => formatPercent(v, lang, true).replace('.0', ''),
              ...ENDS_INSIDE,
            },
          },
    ),
    series: layout.map((s, i) => ({
      type: 'bar' as const,
      id: s.key,
      name: s.key === 'rates' ? w.kinds.rate[lang] : w.kinds.change[lang],
      xAxisIndex: i,
      yAxisIndex: i,
      barWidth: px(L.bar),
      // The track behind a rate is the whole (100 %): the bar reads as a share of it.
      showBackground: s.key === 'rates',
      cursor: 'pointer',
      data: s.figures.map((f) => ({
        value: f.value,
        name: f.label[lang],
        id: f.id,
        label: { position: labelPosition(f.value) },
      })),
      label: {
        show: true,
        fontWeight: 'bold' as const,
        formatter: (p: { value?: unknown }) =>
          s.key === 'rates'
            ? formatPercent(p.value as number, lang)
            : changeText(p.value as number, lang),
      },
      tooltip: {
        formatter: (p: { dataIndex: number }) => {
          const f = s.figures[p.dataIndex] as Figure;
          const v =
            s.key === 'rates'
              ? formatPercent(f.value, lang)
              : fill((f.value < 0 ? w.changeDown : w.changeUp)[lang], {
                  pct: formatPercent(Math.abs(f.value), lang),
                });
          return `${f.label[lang]}\n${v}\n${formatPeriod(f.period, lang)}`;
        },
      },
      // The zero line, drawn across each change bar only (a full-height line would cut its name).
      markLine:
        s.key === 'changes'
          ? {
              silent: true,
              symbol: 'none',
              animation: false,
              label: { show: false },
              lineStyle: { type: 'solid' as const, width: Math.max(1, scale) },
              data: s.figures.map((_, row) => {
                const mid = s.gridTop + (row + 0.5) * s.row;
                const half = px(L.bar / 2 + 5);
                return [
                  { x: '50%', y: mid - half },
                  { x: '50%', y: mid + half },
                ];
              }),
            }
          : undefined,
    })),
  };
}

/** "in the 20 months published · 65.0% of them (derived)" for a card read as a share of another count. */
export function shareLine(card: CountCard, lang: Lang): string | undefined {
  if (!card.of || card.sharePercent === undefined) return undefined;
  return fill(GOVERNANCE_WORDS.derivedShare[lang], {
    whole: formatFigure(card.of, lang),
    pct: formatPercent(card.sharePercent, lang),
  });
}

/**
 * What the PNG/SVG export draws: the chart at the export's width and, under it, the counts and
 * findings that the panel shows as cards, one line each, so an exported image holds every figure.
 */
export function governanceExportOption(view: GovernanceView, lang: Lang): ChartOption {
  const w = GOVERNANCE_WORDS;
  const opts = { width: EXPORT_SIZE.width };
  const chart = hasGovernanceChart(view);
  const base: ChartOption = chart ? governanceOption(view, lang, opts) : {};
  const sep = lang === 'zh' ? ';' : '; ';
  const lines = view.counts.map((c) =>
    [
      formatFigure(c.figure, lang),
      c.figure.label[lang],
      shareLine(c, lang),
      formatPeriod(c.figure.period, lang),
    ]
      .filter(Boolean)
      .join(' · '),
  );
  if (view.findings.length)
    lines.push(
      `${w.findingsHeading[lang]}${lang === 'zh' ? ':' : ': '}${view.findings.map((f) => f.label[lang]).join(sep)}`,
    );
  if (!lines.length) return base;
  return withLinesUnder(base, {
    heading: w.countsHeading[lang],
    lines,
    top: chart ? governanceChartHeight(view, lang, opts) + 6 : 0,
    inset: L.margin,
    gap: 6,
  });
}
