import { EVENT_CATEGORIES, type EventCategory } from '../data/timeline';
import { LANGS, type Lang } from '../i18n/lang';

/** Provinces a reader can filter by: the four of the YRD, and Jiangxi for the judicial-aid story. */
export const REGION_FILTERS = ['shanghai', 'jiangsu', 'zhejiang', 'anhui', 'jiangxi'] as const;
export type RegionFilter = (typeof REGION_FILTERS)[number];

/** What the crime trend shows: both metrics as small multiples, or one of them. */
export const CRIME_METRICS = ['both', 'criminal-cases', 'homicides'] as const;
export type CrimeMetric = (typeof CRIME_METRICS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The earliest and latest years a filter may name. */
export const YEAR_BOUNDS = { min: 1990, max: 2030 } as const;

/** Everything a link can carry: the filters and the view settings. */
export interface ViewState {
  lang: Lang;
  theme: Theme;
  /** Pattern fills (decals) on series, for colour-blind readers. */
  patterns: boolean;
  /** Inclusive year range; undefined ends mean "open". */
  from: number | undefined;
  to: number | undefined;
  /** Event categories shown; empty = all. */
  categories: EventCategory[];
  /** Provinces; empty = all. */
  regions: RegionFilter[];
  metric: CrimeMetric;
  /** A timeline event opened in detail. */
  event: string | undefined;
}

/** The data filters every panel's model reads (the crime trend adds `metric`, the timeline `event`). */
export type DataFilters = Pick<ViewState, 'from' | 'to' | 'categories' | 'regions'>;

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  theme: 'light',
  patterns: false,
  from: undefined,
  to: undefined,
  categories: [],
  regions: [],
  metric: 'both',
  event: undefined,
};

export { EVENT_CATEGORIES, LANGS };

/** True when any data filter (not language or theme) differs from the default. */
export function hasActiveFilters(v: ViewState): boolean {
  return (
    v.from !== undefined ||
    v.to !== undefined ||
    v.categories.length > 0 ||
    v.regions.length > 0 ||
    v.metric !== 'both'
  );
}

/** The view with all data filters cleared; language, theme and patterns are kept. */
export function clearFilters(v: ViewState): ViewState {
  return { ...DEFAULT_VIEW, lang: v.lang, theme: v.theme, patterns: v.patterns };
}

/** Whether a year falls inside the filter's range. */
export function yearInRange(year: number, v: Pick<ViewState, 'from' | 'to'>): boolean {
  return (v.from === undefined || year >= v.from) && (v.to === undefined || year <= v.to);
}
