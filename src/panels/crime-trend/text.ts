import type { CrimePoint } from '../../data/crime';
import { fill, formatNumber, formatPercent, listOf } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceCell } from '../../model/sources';
import { ROW_SOURCE, type TableData } from '../../model/table';
import type { CrimeTrendView, MetricView, metricsOutOfYears } from './model';
import { milestoneLegend } from './option';
import { CRIME_WORDS } from './words';

/** The finding, stated as the panel's title. */
export function crimeTitle(view: CrimeTrendView, lang: Lang): string | undefined {
  const [a, b] = view.metrics;
  if (a?.decline && b?.decline) {
    return fill(CRIME_WORDS.titleBoth[lang], {
      cases: formatPercent(a.decline.percent, lang),
      homicides: formatPercent(b.decline.percent, lang),
    });
  }
  const one = view.metrics.find((m) => m.decline);
  if (one?.decline) {
    return fill(CRIME_WORDS.titleOne[lang], {
      metric: lang === 'zh' ? one.series.label.zh : one.series.label.en.toLowerCase(),
      peakYear: one.decline.fromPoint.year,
      pct: formatPercent(one.decline.percent, lang),
    });
  }
  return undefined;
}

/** Why the panel is empty: no series in the chosen provinces, or no reported year in the range. */
export function crimeEmptyReason(view: CrimeTrendView, lang: Lang): string | undefined {
  if (!view.empty) return undefined;
  return view.empty === 'scope' ? CRIME_WORDS.noScope[lang] : CRIME_WORDS.noYears[lang];
}

/** The chart's text summary: every plotted value, said in words, each part a sentence of its own
 *  (read aloud and in the speaker notes, parts run together were one breathless line). */
export function crimeSummary(view: CrimeTrendView, lang: Lang): string {
  const stop = lang === 'zh' ? '。' : '.';
  const marks = milestoneLegend(view.milestones).map((m) => `${m.mark} ${m.label[lang]}`);
  return view.metrics
    .map((m) => {
      const points = m.points
        .map((p) => `${p.year}${lang === 'zh' ? '年' : ''} ${formatNumber(p.value, lang)}`)
        .join(lang === 'zh' ? ',' : ', ');
      const decline = m.decline
        ? ` ${fill(CRIME_WORDS.derivedDecline[lang], { year: m.decline.fromPoint.year, pct: formatPercent(m.decline.percent, lang) })}${stop}`
        : '';
      return fill(CRIME_WORDS.summary[lang], { metric: m.series.label[lang], points }) + decline;
    })
    .concat(marks.length > 0 ? [`${marks.join(lang === 'zh' ? ';' : '; ')}${stop}`] : [])
    .join(' ');
}

/** Exactly the plotted points, plus the derived declines marked as such. */
export function crimeTable(view: CrimeTrendView, lang: Lang): TableData {
  const c = CRIME_WORDS.columns;
  const rows: TableData['rows'] = [];
  for (const m of view.metrics) {
    for (const p of m.points) {
      rows.push({
        metric: m.series.label[lang],
        year: p.year,
        value: p.value,
        unit: CRIME_WORDS.unitCases[lang],
        reported: p.reported ?? '',
        note: p === m.peak ? CRIME_WORDS.peak[lang] : '',
        [ROW_SOURCE]: sourceCell([p.source], lang),
      });
    }
    if (m.decline) {
      rows.push({
        metric: m.series.label[lang],
        year: `${m.decline.fromPoint.year}–${m.decline.toPoint.year}`,
        value: -m.decline.percent,
        unit: '%',
        reported: '',
        note: fill(CRIME_WORDS.derivedDecline[lang], {
          year: m.decline.fromPoint.year,
          pct: formatPercent(m.decline.percent, lang),
        }),
        [ROW_SOURCE]: sourceCell([m.decline.fromPoint.source, m.decline.toPoint.source], lang),
      });
    }
  }
  return {
    caption: CRIME_WORDS.tableCaption[lang],
    columns: [
      { key: 'metric', label: c.metric[lang] },
      { key: 'year', label: c.year[lang] },
      { key: 'value', label: c.value[lang], numeric: true },
      { key: 'unit', label: c.unit[lang] },
      { key: 'reported', label: c.reported[lang] },
      { key: 'note', label: c.note[lang] },
    ],
    rows,
  };
}

/** Why a metric's chart is not there: the year filter leaves it no reported point. */
export function outOfYearsNote(
  hidden: ReturnType<typeof metricsOutOfYears>[number],
  lang: Lang,
): string {
  return fill(CRIME_WORDS.outOfYears[lang], {
    metric: hidden.series.label[lang],
    years: listOf(hidden.years, lang),
  });
}

/** A clicked point's detail: the metric, the year and the value ("刑事案件总量 2010年:4.3万起(峰值)"). */
export function pointText(metric: MetricView, point: CrimePoint, lang: Lang): string {
  return (
    fill(CRIME_WORDS.point[lang], {
      metric: metric.series.label[lang],
      year: point.year,
      value: formatNumber(point.value, lang),
    }) + (point === metric.peak ? CRIME_WORDS.pointPeak[lang] : '')
  );
}

/**
 * The note on the years drawn, from what is drawn: the article's years alone, or with years a
 * deployer cited from another source (then "only the article's years" would be untrue); with a
 * dashed line across unreported years, or none.
 */
export function drawnYearsNote(view: CrimeTrendView, lang: Lang): string {
  const dashed = view.metrics.some((m) => m.gaps.length > 0);
  const cited = view.metrics.some((m) => m.points.some((p) => !('report' in p.source)));
  const w = CRIME_WORDS;
  if (cited) return (dashed ? w.gapNoteCited : w.reportedOnlyNoteCited)[lang];
  return (dashed ? w.gapNote : w.reportedOnlyNote)[lang];
}
