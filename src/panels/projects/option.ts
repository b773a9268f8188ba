import type { BarSeriesOption } from 'echarts/charts';
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
import { textWidth, VALUE_EM } from '../../charts/text-width';
import { fill, formatFigure, formatNumber, formatPeriod, unitWord } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { periodYears } from '../../model/years';
import type { CooperationFigure, NamedGroup, ProjectsView } from './model';
import { PROJECTS_WORDS } from './words';

export const PROJECTS_CHART = 'projects';

/** Layout in px at scale 1 (the desk themes); the projector stage passes scale 2, as its type is twice as large. */
const L = {
  title: 28,
  row: 46,
  line: 18,
  titleLine: 21,
  titleFont: 16,
  gap: 20,
  bottom: 6,
  bar: 16,
  side: 10,
  labelPad: 10,
  font: 13,
};
const BANDS: BandMetrics = { ...L, inset: L.side, after: 0 };

/** How far the open end of a "more than" bar reaches past its value, as a share of the group's largest value. */
const OPEN_END = 0.2;

const titleOf = (g: { key: 'work' | 'mechanism' }, lang: Lang) =>
  g.key === 'work' ? PROJECTS_WORDS.workTitle[lang] : PROJECTS_WORDS.mechanismTitle[lang];

function groups(view: ProjectsView, lang: Lang) {
  return bandsOf(
    [
      ['work', view.work],
      ['mechanism', view.mechanism],
    ] as const,
    (f) => nameLine(f, lang),
  );
}

export function hasProjectsChart(view: ProjectsView): boolean {
  return !view.empty && (view.work.length > 0 || view.mechanism.length > 0);
}

/** Where each group goes (see placeBands), with the scale each group's bars need. */
function place(view: ProjectsView, lang: Lang, opts: ChartLayout) {
  const bands = placeBands(groups(view, lang), (g) => titleOf(g, lang), BANDS, opts);
  const placed = bands.placed.map((g) => {
    const largest = Math.max(...g.figures.map((f) => f.value));
    const max = Math.max(
      ...g.figures.map((f) => f.value + (isOpenEnded(f) ? largest * OPEN_END : 0)),
    );
    return { ...g, largest, max };
  });
  return {
    placed,
    height: Math.round(bands.bottom + bands.px(L.bottom)),
    nameWidth: bands.nameWidth,
    px: bands.px,
  };
}

/** Height of the chart in px, matching the layout of projectsOption. */
export function projectsChartHeight(
  view: ProjectsView,
  lang: Lang,
  opts: ChartLayout = {},
): number {
  return place(view, lang, opts).height;
}

/**
 * The name line above a bar: the label and its period, unless the label already names the date
 * ("2020年6月13日签署的合作项目", "Key tasks in the 2018–2020 action plan").
 */
export function nameLine(f: CooperationFigure, lang: Lang): string {
  const p = f.period;
  const first = periodYears(p)[0];
  const named =
    (p.precision === 'day' || p.precision === 'range') && f.label[lang].includes(String(first));
  return named ? f.label[lang] : `${f.label[lang]} · ${formatPeriod(p, lang)}`;
}

/** Whether a figure is a lower bound: 130余名 is "at least 130". */
export const isOpenEnded = (f: CooperationFigure) =>
  f.qualifier === 'more-than' || f.qualifier === 'over';

/** A bar's value label: the number in the locale's form with its hedge and unit ("130余名" / "130+ officers"). */
export function barLabel(f: CooperationFigure, lang: Lang): string {
  return formatFigure(f, lang);
}

/**
 * Two small bar charts, one per group, never one shared axis. The plan's work (key tasks,
 * agreements, projects) and the mechanism's size (police disciplines, departments, liaison officers)
 * count different things: cards would have hidden the within-group story (100 tasks → 26 agreements
 * → 10 projects; 32 disciplines → 128 departments → 130+ officers), and one chart on one scale
 * would have invited comparing tasks with officers. So each group gets its own grid and its own
 * scale, no value axis is drawn at all (every bar carries its number and unit), and bar lengths
 * compare only within a group. A figure given as "more than" (130余名) ends in a dashed arrow that
 * runs past its value: drawn as at least, never as exactly.
 */
export function projectsOption(
  view: ProjectsView,
  lang: Lang,
  opts: ChartLayout = {},
): ChartOption {
  const w = PROJECTS_WORDS;
  const { placed: layout, nameWidth, px } = place(view, lang, opts);
  const right = px(
    Math.max(
      ...layout.flatMap((g) => g.figures.map((f) => textWidth(barLabel(f, lang), VALUE_EM, 13))),
    ) +
      L.labelPad * 2,
  );

  return {
    tooltip: { trigger: 'item' },
    ...bandTitlesAndNames(layout, (g) => titleOf(g, lang), BANDS, { nameWidth, px }),
    grid: layout.map((g) => ({
      top: g.gridTop,
      height: g.height,
      left: px(L.side),
      right,
      outerBoundsMode: 'none' as const,
    })),
    // Each group on its own scale from zero; no labels or grid lines: the bars carry their numbers.
    xAxis: layout.map((g, i) => ({
      type: 'value' as const,
      gridIndex: i,
      min: 0,
      max: g.max,
      show: false,
    })),
    series: layout.map((g, i): BarSeriesOption => {
      const open = g.figures.map((f, row) => ({ f, row })).filter(({ f }) => isOpenEnded(f));
      return {
        type: 'bar',
        id: g.key,
        name: g.key === 'work' ? w.workTitle[lang] : w.mechanismTitle[lang],
        xAxisIndex: i,
        yAxisIndex: i,
        barWidth: px(L.bar),
        cursor: 'pointer',
        data: g.figures.map((f) => ({
          value: f.value,
          name: f.label[lang],
          id: f.id,
          // An open-ended figure is labelled at the tip of its arrow instead.
          ...(isOpenEnded(f) ? { label: { show: false } } : {}),
        })),
        label: {
          show: true,
          position: 'right',
          fontWeight: 'bold',
          // In the bar's own colour (the palette meets text contrast), without the default white halo.
          color: 'inherit',
          textBorderWidth: 0,
          formatter: (p: { dataIndex: number }) =>
            barLabel(g.figures[p.dataIndex] as CooperationFigure, lang),
        },
        tooltip: {
          formatter: (p: { dataIndex: number }) => {
            const f = g.figures[p.dataIndex] as CooperationFigure;
            const value = isOpenEnded(f)
              ? fill(w.openEnd[lang], {
                  value: barLabel(f, lang),
                  n: formatNumber(f.value, lang),
                  reported: f.reported ?? '',
                })
              : barLabel(f, lang);
            return `${f.label[lang]}\n${value}\n${formatPeriod(f.period, lang)}`;
          },
        },
        markLine: open.length
          ? {
              silent: true,
              animation: false,
              symbol: ['none', 'arrow'],
              symbolSize: px(L.bar * 0.9),
              lineStyle: { type: [px(4), px(3)], width: px(L.bar * 0.4) },
              label: {
                show: true,
                position: 'end',
                fontWeight: 'bold',
                color: 'inherit',
                distance: px(6),
              },
              data: open.map(({ f, row }) => [
                {
                  coord: [f.value, row],
                  label: { formatter: barLabel(f, lang) },
                },
                { coord: [f.value + g.largest * OPEN_END, row] },
              ]),
            }
          : undefined,
      };
    }),
  };
}

/** "“2020年6月13日签署的合作项目”共10个,文章点名了其中3个:" / "The article names 3 of the 10 projects:". */
export function namedStatement(g: NamedGroup, lang: Lang): string {
  const template =
    g.of.unit === 'agreements' ? PROJECTS_WORDS.namedOfAreas : PROJECTS_WORDS.namedOf;
  return fill(template[lang], {
    label: g.of.label[lang],
    total: formatFigure(g.of, lang),
    named: formatNumber(g.namedTotal, lang),
    unit: unitWord(g.of.unit, g.namedTotal, lang),
  });
}

/**
 * What the PNG/SVG export draws: the two groups at the export's width and, under them, the named
 * items with their honest "3 of 10", so an exported image never implies the list is complete.
 */
export function projectsExportOption(view: ProjectsView, lang: Lang): ChartOption {
  const w = PROJECTS_WORDS;
  const opts = { width: EXPORT_SIZE.width };
  const chart = hasProjectsChart(view);
  const base: ChartOption = chart ? projectsOption(view, lang, opts) : {};
  if (!view.named.length) return base;
  const sep = lang === 'zh' ? ';' : '; ';
  const lines = view.named.map(
    (g) =>
      `${namedStatement(g, lang)}${lang === 'zh' ? '' : ' '}${g.items.map((i) => i.label[lang]).join(sep)}`,
  );
  lines.push(w.namedRest[lang]);
  return withLinesUnder(base, {
    heading: '',
    lines,
    top: chart ? projectsChartHeight(view, lang, opts) + 4 : 0,
    inset: L.side,
    gap: 0,
  });
}
