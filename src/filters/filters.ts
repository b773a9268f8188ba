import { DEFAULT_VIEW, type ViewState } from './link-keys';

// The values and the state live with the table of link keys; most of the app imports them from here.
export { EVENT_CATEGORIES } from '../data/timeline';
export { LANGS } from '../i18n/lang';
export {
  CRIME_METRICS,
  type CrimeMetric,
  DEFAULT_VIEW,
  REGION_FILTERS,
  type RegionFilter,
  THEMES,
  type Theme,
  type ViewState,
  YEAR_BOUNDS,
} from './link-keys';

/** The data filters every panel's model reads (the crime trend adds `metric`, the timeline `event`). */
export type DataFilters = Pick<ViewState, 'from' | 'to' | 'categories' | 'regions'>;

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
