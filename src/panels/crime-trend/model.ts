import type { Source } from '../../data/common';
import type { CrimeData, CrimePoint, CrimeSeries } from '../../data/crime';
import { inRegions } from '../../data/places';
import type { EventCategory, TimelineData } from '../../data/timeline';
import type { DataFilters, ViewState } from '../../filters/filters';
import { yearInRange } from '../../filters/filters';
import { periodInRange } from '../../model/years';

/** A stretch of years between two reported points that the source does not report. */
export interface Gap {
  from: CrimePoint;
  to: CrimePoint;
  /** First and last unreported year. */
  missingFrom: number;
  missingTo: number;
}

/** A decline computed here from two stored figures, never stored as if reported. Percent, 0–100. */
export interface DerivedDecline {
  fromPoint: CrimePoint;
  toPoint: CrimePoint;
  percent: number;
}

export interface MetricView {
  series: CrimeSeries;
  /** The series' place in the data file, whatever the filters show: its palette colour and
   *  pattern (see crimeTrendOption), so a metric keeps them when it is drawn alone. */
  slot: number;
  /** Reported points inside the year filter, by year. */
  points: CrimePoint[];
  gaps: Gap[];
  peak: CrimePoint | undefined;
  decline: DerivedDecline | undefined;
}

/** A timeline event placed on the crime chart's time axis, in fractional years (2018-08 → 2018.54). */
export interface Milestone {
  id: string;
  category: EventCategory;
  label: { zh: string; en: string };
  /** Position on the axis; a range gives its start and end. */
  at: number;
  until?: number;
}

export interface CrimeTrendView {
  metrics: MetricView[];
  milestones: Milestone[];
  /** Why nothing is shown, when nothing is. */
  empty?: 'scope' | 'years';
  sources: Source[];
}

/**
 * The peak: the point the source calls the peak, where the year filter keeps it; else none. Never
 * the highest point left in range: with 2010 filtered out, that called 2019's 15,000 — the low the
 * article reports after the peak — the "peak", and years between reported ones are unknown.
 */
export function peakOf(points: readonly CrimePoint[]): CrimePoint | undefined {
  return points.find((p) => p.peak);
}

/** Percentage decline from one value to a later one, rounded to 0.1 (43000 → 15000 = 65.1). */
export function declinePercent(from: number, to: number): number {
  if (from <= 0) return 0;
  return Math.round(((from - to) / from) * 1000) / 10;
}

/** Runs of unreported years between consecutive reported points. */
export function gapsBetween(points: readonly CrimePoint[]): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as CrimePoint;
    const b = points[i] as CrimePoint;
    if (b.year - a.year > 1)
      gaps.push({ from: a, to: b, missingFrom: a.year + 1, missingTo: b.year - 1 });
  }
  return gaps;
}

function metricView(
  series: CrimeSeries,
  slot: number,
  view: Pick<ViewState, 'from' | 'to'>,
): MetricView {
  const points = series.points
    .filter((p) => yearInRange(p.year, view))
    .sort((a, b) => a.year - b.year);
  const peak = peakOf(points);
  const last = points[points.length - 1];
  const decline =
    peak && last && last.year > peak.year
      ? { fromPoint: peak, toPoint: last, percent: declinePercent(peak.value, last.value) }
      : undefined;
  return { series, slot, points, gaps: gapsBetween(points), peak, decline };
}

function axisPosition(
  date: TimelineData['events'][number]['date'],
): { at: number; until?: number } | undefined {
  const frac = (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [
      number,
      number | undefined,
      number | undefined,
    ];
    return y + (m ? (m - 1) / 12 : 0) + (d ? (d - 1) / 365 : 0);
  };
  switch (date.precision) {
    case 'day':
      return { at: frac(date.date) };
    case 'month':
      return { at: frac(date.month) };
    case 'year':
      return { at: date.year };
    case 'range':
      return { at: frac(date.from), until: frac(date.to) };
    default:
      return undefined;
  }
}

/**
 * What the crime-trend panel shows for the filters: reported points only, the gaps between them,
 * the peak and the derived decline per metric, and the milestones of the cooperation timeline.
 */
export function crimeTrendView(
  crime: CrimeData,
  timeline: TimelineData | undefined,
  view: DataFilters & Pick<ViewState, 'metric'>,
): CrimeTrendView {
  const inScope = (s: CrimeSeries) => inRegions(s.scope, view.regions);
  const chosen = crime.series.filter((s) => view.metric === 'both' || s.id === view.metric);
  const scoped = chosen.filter(inScope);
  const metrics = scoped
    .map((s) => metricView(s, crime.series.indexOf(s), view))
    .filter((m) => m.points.length > 0);
  const milestones: Milestone[] = [];
  for (const e of timeline?.events ?? []) {
    if (e.category === 'cold-cases' && e.date.precision === 'range') continue; // the solved cases have no date of their own
    if (view.categories.length > 0 && !view.categories.includes(e.category)) continue;
    if (!inRegions(e.places, view.regions)) continue;
    if (!periodInRange(e.date, view.from, view.to)) continue;
    const pos = axisPosition(e.date);
    if (pos) milestones.push({ id: e.id, category: e.category, label: e.label, ...pos });
  }
  const empty = scoped.length === 0 ? 'scope' : metrics.length === 0 ? 'years' : undefined;
  return {
    metrics,
    milestones,
    empty,
    sources: metrics.flatMap((m) => m.points.map((p) => p.source)),
  };
}

/**
 * The metrics the view asks for, in its provinces, that the year filter leaves without a point:
 * their chart is not drawn, and the panel says why (with the years that are reported).
 */
export function metricsOutOfYears(
  crime: CrimeData,
  view: DataFilters & Pick<ViewState, 'metric'>,
): { series: CrimeSeries; years: number[] }[] {
  return crime.series
    .filter((s) => view.metric === 'both' || s.id === view.metric)
    .filter((s) => inRegions(s.scope, view.regions))
    .filter((s) => !s.points.some((p) => yearInRange(p.year, view)))
    .map((s) => ({ series: s, years: s.points.map((p) => p.year).sort((a, b) => a - b) }));
}

/** A drawn point by its id (the chart's data id), with its metric; undefined when the filters hide it. */
export function pointById(
  view: CrimeTrendView,
  id: string,
): { metric: MetricView; point: CrimePoint } | undefined {
  for (const metric of view.metrics) {
    const point = metric.points.find((p) => p.id === id);
    if (point) return { metric, point };
  }
  return undefined;
}
