import type { Period, Source } from '../../data/common';
import { inRegions, type PlaceId, provincesOf } from '../../data/places';
import { PUBLICATION } from '../../data/reports';
import {
  EVENT_CATEGORIES,
  type EventCategory,
  type TimelineData,
  type TimelineEvent,
} from '../../data/timeline';
import {
  type DataFilters,
  REGION_FILTERS,
  type RegionFilter,
  type ViewState,
} from '../../filters/filters';
import { emptyCause } from '../../model/emptied-by';
import { periodInRange, periodYears } from '../../model/years';

/**
 * How an event is drawn: a reported day is a dot, a month/year/span a bar across it, "recently" a
 * hollow ring, "this year" (今年) a bar from January that stops at the report month with a tick
 * (the year was not over when the article reported it).
 */
export type MarkKind = 'day' | 'span' | 'recent' | 'toDate';

/** Whether a mark is drawn as a bar across its period. */
export function isBar(kind: MarkKind): boolean {
  return kind === 'span' || kind === 'toDate';
}

/** One event placed on the time axis. Positions are fractional years (2018-08-01 → 2018.58). */
export interface TimelineMark {
  event: TimelineEvent;
  /** 1-based, chronological over the whole dataset, so a number stays the same whatever the filters. */
  number: number;
  kind: MarkKind;
  /** Start and end of the period in fractional years; a day covers its own day. */
  start: number;
  end: number;
}

export interface TimelineLane {
  category: EventCategory;
  marks: TimelineMark[];
}

/** Events the article dates only by one shared span (三起命积案 "2017年以来"), drawn as identical stacked bars. */
export interface SharedRange {
  marks: TimelineMark[];
  period: Period;
  /** The earliest and latest crime dates (caseDate) of the group, when the events carry them. */
  caseYears?: { from: number; to: number };
}

export type TimelineEmpty = 'categories' | 'regions' | 'years';

export interface TimelineView {
  /** Lanes with at least one visible event, in category order. */
  lanes: TimelineLane[];
  /** Visible marks in number order. */
  marks: TimelineMark[];
  sharedRanges: SharedRange[];
  /** The event opened in detail (from the link or a click); `visible` is false when the filters hide it. */
  selected?: { mark: TimelineMark; visible: boolean };
  /** Why nothing is shown, when nothing is: the first filter that left no event. */
  empty?: TimelineEmpty;
  /**
   * The filters before `empty` that leave no event only together with it (each alone leaves
   * some: cold cases, and Jiangxi's events, but no cold case in Jiangxi); absent when `empty`
   * alone leaves none.
   */
  emptyWith?: TimelineEmpty[];
  /** Every event in the file, for the reasons of an empty state. */
  all: TimelineMark[];
  sources: Source[];
  /** The year filter's ends, where set: the time axis reaches them (fractional years: `to` is its year's end). */
  axis?: { from?: number; to?: number };
}

/** What the article says for "this year": a year known only up to the report month. */
export const THIS_YEAR = '今年';

/** A calendar day as a fractional year, counting real month and year lengths (leap years included). */
export function yearFraction(year: number, month = 1, day = 1): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (end - start);
}

/** Start of a "YYYY" or "YYYY-MM" text, and the start of what follows it (next year / next month). */
function yearOrMonthBounds(text: string): { start: number; end: number } {
  const [y, m] = text.split('-').map(Number) as [number, number | undefined];
  if (m === undefined) return { start: y, end: y + 1 };
  return { start: yearFraction(y, m), end: m === 12 ? y + 1 : yearFraction(y, m + 1) };
}

/**
 * Where a period sits on the axis, at exactly the precision the article gives: a day covers its
 * day, a month its month, a year its year, a range from the start of `from` to the end of `to`.
 * "Recently" and other as-of periods sit in their report month.
 */
export function periodPosition(p: Period): { kind: MarkKind; start: number; end: number } {
  switch (p.precision) {
    case 'day': {
      const [y, m, d] = p.date.split('-').map(Number) as [number, number, number];
      const start = yearFraction(y, m, d);
      return { kind: 'day', start, end: yearFraction(y, m, d + 1) };
    }
    case 'month':
      return { kind: 'span', ...yearOrMonthBounds(p.month) };
    case 'year':
      // "This year" in a report of June 2020 is January to June: what came after was not reported.
      if (p.said === THIS_YEAR)
        return { kind: 'toDate', start: p.year, end: yearOrMonthBounds(PUBLICATION.asOf).end };
      return { kind: 'span', start: p.year, end: p.year + 1 };
    case 'range':
      return {
        kind: 'span',
        start: yearOrMonthBounds(p.from).start,
        end: yearOrMonthBounds(p.to).end,
      };
    case 'asOf':
      return { kind: 'recent', ...yearOrMonthBounds(p.date) };
    case 'recent':
    case 'perYear':
    case 'approx':
      return { kind: 'recent', ...yearOrMonthBounds(p.asOf) };
  }
}

/** Every event of the file as a mark, numbered in time order (then lane order, then file order). */
export function timelineMarks(data: TimelineData): TimelineMark[] {
  const placed = data.events.map((event, i) => ({ event, i, ...periodPosition(event.date) }));
  placed.sort(
    (a, b) =>
      a.start - b.start ||
      EVENT_CATEGORIES.indexOf(a.event.category) - EVENT_CATEGORIES.indexOf(b.event.category) ||
      a.i - b.i,
  );
  return placed.map(({ event, kind, start, end }, n) => ({
    event,
    number: n + 1,
    kind,
    start,
    end,
  }));
}

/** Groups of two or more visible span marks with the same period (the cold cases solved "since 2017"). */
function sharedRanges(marks: readonly TimelineMark[]): SharedRange[] {
  const groups = new Map<string, TimelineMark[]>();
  for (const m of marks) {
    if (!isBar(m.kind) || m.event.date.precision !== 'range') continue;
    const key = `${m.event.category}:${m.start}:${m.end}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const years = g.flatMap((m) =>
        m.event.caseDate ? [Number(m.event.caseDate.slice(0, 4))] : [],
      );
      return {
        marks: g,
        period: (g[0] as TimelineMark).event.date,
        caseYears: years.length ? { from: Math.min(...years), to: Math.max(...years) } : undefined,
      };
    });
}

/**
 * What the timeline panel shows for the filters: the events in their category lanes (categories
 * chosen, places in the chosen provinces, periods touching the chosen years), the groups that share
 * one reported span, and the event opened in detail. Never throws on an unknown event id: it is
 * simply not selected.
 */
export function timelineView(
  data: TimelineData,
  view: DataFilters & Pick<ViewState, 'event'>,
): TimelineView {
  const all = timelineMarks(data);
  const filters = [
    [
      'categories',
      (m: TimelineMark) =>
        view.categories.length === 0 || view.categories.includes(m.event.category),
    ],
    ['regions', (m: TimelineMark) => inRegions(m.event.places, view.regions)],
    ['years', (m: TimelineMark) => periodInRange(m.event.date, view.from, view.to)],
  ] as const;
  const marks = all.filter((m) => filters.every(([, passes]) => passes(m)));
  const cause = emptyCause<TimelineMark, TimelineEmpty>(all, filters);
  const lanes = EVENT_CATEGORIES.map((category) => ({
    category,
    marks: marks.filter((m) => m.event.category === category),
  })).filter((l) => l.marks.length > 0);
  const chosen = view.event === undefined ? undefined : all.find((m) => m.event.id === view.event);
  return {
    lanes,
    marks,
    sharedRanges: sharedRanges(marks),
    selected: chosen ? { mark: chosen, visible: marks.includes(chosen) } : undefined,
    ...(cause ? { empty: cause.by } : {}),
    ...(cause?.with.length ? { emptyWith: cause.with } : {}),
    ...(view.from !== undefined || view.to !== undefined
      ? {
          axis: {
            ...(view.from !== undefined && { from: view.from }),
            ...(view.to !== undefined && { to: view.to + 1 }),
          },
        }
      : {}),
    all,
    sources: marks.flatMap((m) => m.event.sources),
  };
}

/** The first and last year any event of the file touches (for the reason of an empty year filter). */
export function yearSpan(marks: readonly TimelineMark[]): { first: number; last: number } {
  const years = marks.flatMap((m) => periodYears(m.event.date));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** The provinces the events of the file involve, in filter order (for the reason of an empty province filter). */
export function provincesInvolved(marks: readonly TimelineMark[]): RegionFilter[] {
  const set = new Set<PlaceId>(marks.flatMap((m) => m.event.places.flatMap((p) => provincesOf(p))));
  return REGION_FILTERS.filter((p) => set.has(p));
}
