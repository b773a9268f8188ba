import type { Period } from '../../data/common';
import { PLACES, type PlaceId } from '../../data/places';
import { PUBLICATION } from '../../data/reports';
import { noneTogether } from '../../i18n/empty-together';
import { CATEGORY_LABELS, REGION_LABELS } from '../../i18n/filter-labels';
import { fill, formatFigure, formatPeriod, listOf, markNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { sourceCell } from '../../model/sources';
import { ROW_SOURCE, type TableData } from '../../model/table';
import {
  type MarkKind,
  provincesInvolved,
  type SharedRange,
  type TimelineMark,
  type TimelineView,
  yearSpan,
} from './model';
import { TIMELINE_WORDS as W } from './words';

export function placeNames(places: readonly PlaceId[], lang: Lang): string {
  return listOf(
    places.map((p) => PLACES[p][lang]),
    lang,
  );
}

/** The period as the reader should see it, with the article's own words when the format does not already carry them. */
export function periodText(p: Period, lang: Lang): string {
  const text = formatPeriod(p, lang);
  if (!p.said || text.includes(p.said) || lang === 'en') return text;
  return `${text}(${fill(W.said.zh, { said: p.said })})`;
}

export function figuresText(mark: TimelineMark, lang: Lang): string {
  return listOf(
    (mark.event.figures ?? []).map((f) => `${f.label[lang]} ${formatFigure(f, lang)}`),
    lang,
  );
}

/** The finding as the panel's title: the busiest reported day, else the count and the years covered. */
export function timelineTitle(view: TimelineView, lang: Lang): string | undefined {
  const n = view.marks.length;
  if (n === 0) return undefined;
  if (n === 1)
    return fill(W.titleOne[lang], { label: (view.marks[0] as TimelineMark).event.label[lang] });
  const byDay = new Map<string, TimelineMark[]>();
  for (const m of view.marks)
    if (m.event.date.precision === 'day')
      byDay.set(m.event.date.date, [...(byDay.get(m.event.date.date) ?? []), m]);
  const busiest = [...byDay.values()].sort((a, b) => b.length - a.length)[0];
  if (busiest && busiest.length > 1)
    return fill(W.titleSameDay[lang], {
      n,
      k: busiest.length,
      day: formatPeriod((busiest[0] as TimelineMark).event.date, lang),
    });
  const { first, last } = yearSpan(view.marks);
  // One year is a year, not a range from it to itself ("2020–2020").
  if (first === last) return fill(W.titleYear[lang], { n, year: first });
  return fill(W.titleSpan[lang], { n, first, last });
}

/**
 * How the marks are drawn, one line each: dot, bar, ring, and the "this year" bar when one is
 * drawn (it stops at the report month).
 */
export function markLegend(view: TimelineView, lang: Lang): { kind: MarkKind; text: string }[] {
  const lines: { kind: MarkKind; text: string }[] = [
    { kind: 'day', text: W.markDay[lang] },
    { kind: 'span', text: W.markSpan[lang] },
    { kind: 'recent', text: W.markRecent[lang] },
  ];
  if (view.marks.some((m) => m.kind === 'toDate'))
    lines.push({
      kind: 'toDate',
      text: fill(W.markToDate[lang], {
        month: formatPeriod({ precision: 'month', month: PUBLICATION.asOf }, lang),
      }),
    });
  return lines;
}

/** The chart's text summary: every drawn event, lane by lane, with its period at the reported precision. */
export function timelineSummary(view: TimelineView, lang: Lang): string {
  const lanes = view.lanes.map((l) =>
    fill(W.summaryLane[lang], {
      lane: CATEGORY_LABELS[l.category][lang],
      events: l.marks
        .map(
          (m) =>
            `${markNumber(m.number)} ${formatPeriod(m.event.date, lang)} ${m.event.label[lang]}`,
        )
        .join(lang === 'zh' ? ';' : '; '),
    }),
  );
  return [fill(W.summaryIntro[lang], { n: view.marks.length }), ...lanes].join(' ');
}

/**
 * The note under the chart for a group of events that share one reported span. `caseDates: false`
 * leaves out where the crimes' own dates are (the dashboard's event details): a slide has none.
 */
export function sharedRangeNotes(
  view: TimelineView,
  lang: Lang,
  { caseDates = true }: { caseDates?: boolean } = {},
): string[] {
  return view.sharedRanges.map((g: SharedRange) => {
    const marks = g.marks.map((m) => markNumber(m.number)).join('');
    const said = g.period.said ?? formatPeriod(g.period, 'zh');
    const text = fill(W.sharedRange[lang], { marks, said, period: formatPeriod(g.period, lang) });
    return g.caseYears && caseDates
      ? `${text}${lang === 'zh' ? '' : ' '}${fill(W.caseDates[lang], g.caseYears)}`
      : text;
  });
}

/** Why nothing is drawn, said with what the data does hold. */
export function emptyReason(view: TimelineView, lang: Lang): string {
  // Filters that empty it only together: naming the last one alone, with what the data holds
  // for it, would contradict itself ("no events in Jiangxi; the events involve … Jiangxi").
  if (view.empty && view.emptyWith)
    return noneTogether([...view.emptyWith, view.empty], W.eventNoun, lang);
  switch (view.empty) {
    case 'categories':
      return W.noCategories[lang];
    case 'regions':
      return fill(W.noRegions[lang], {
        places: listOf(
          provincesInvolved(view.all).map((p) => REGION_LABELS[p][lang]),
          lang,
        ),
      });
    default:
      return fill(W.noYears[lang], yearSpan(view.all));
  }
}

/** Exactly the drawn events: number, lane, label, period at its precision, how it is drawn, places, figures. */
export function timelineTable(view: TimelineView, lang: Lang): TableData {
  const c = W.columns;
  return {
    caption: W.tableCaption[lang],
    columns: [
      { key: 'number', label: c.number[lang] },
      { key: 'lane', label: c.lane[lang] },
      { key: 'event', label: c.event[lang] },
      { key: 'period', label: c.period[lang] },
      { key: 'mark', label: c.mark[lang] },
      { key: 'places', label: c.places[lang] },
      { key: 'figures', label: c.figures[lang] },
    ],
    rows: view.marks.map((m) => ({
      number: markNumber(m.number),
      lane: CATEGORY_LABELS[m.event.category][lang],
      event: m.event.label[lang],
      period: periodText(m.event.date, lang),
      mark: W.markKind[m.kind][lang],
      places: placeNames(m.event.places, lang),
      figures: figuresText(m, lang),
      [ROW_SOURCE]: sourceCell(m.event.sources, lang),
    })),
  };
}
