import type { Period } from '../data/common';
import type { CrimeData } from '../data/crime';
import type { TimelineData } from '../data/timeline';

/** The years a period touches, at its precision (a range gives every year in it). */
export function periodYears(p: Period): number[] {
  switch (p.precision) {
    case 'day':
      return [Number(p.date.slice(0, 4))];
    case 'month':
      return [Number(p.month.slice(0, 4))];
    case 'year':
      return [p.year];
    case 'range': {
      const from = Number(p.from.slice(0, 4));
      const to = Number(p.to.slice(0, 4));
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    }
    case 'asOf':
      return [Number(p.date.slice(0, 4))];
    case 'recent':
    case 'perYear':
    case 'approx':
      return [Number(p.asOf.slice(0, 4))];
  }
}

/** Whether a period overlaps the inclusive year range (open ends allowed). */
export function periodInRange(
  p: Period,
  from: number | undefined,
  to: number | undefined,
): boolean {
  return periodYears(p).some(
    (y) => (from === undefined || y >= from) && (to === undefined || y <= to),
  );
}

/** Years a reader can pick in the year filter: every year the data names, sorted. Falls back to the article's span. */
export function availableYears(crime?: CrimeData, timeline?: TimelineData): number[] {
  const years = new Set<number>();
  for (const s of crime?.series ?? []) for (const p of s.points) years.add(p.year);
  for (const e of timeline?.events ?? []) for (const y of periodYears(e.date)) years.add(y);
  if (years.size === 0) return [2008, 2010, 2017, 2018, 2019, 2020];
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
