import { EVENT_CATEGORIES, type EventCategory } from '../data/timeline';
import { LANGS, type Lang } from '../i18n/lang';
import {
  CRIME_METRICS,
  type CrimeMetric,
  DEFAULT_VIEW,
  REGION_FILTERS,
  type RegionFilter,
  THEMES,
  type Theme,
  type ViewState,
  YEAR_BOUNDS,
} from './filters';

/** One URL key read: a usable value, a value ignored with the reason, or nothing. */
export type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: string }
  | { status: 'missing' };

/** What a link asked for that could not be used; shown to the reader, never thrown. */
export interface ParamNotice {
  key: string;
  raw: string;
  reason: string;
}

const MAX_RAW = 200;
const MAX_UNKNOWN_NAMED = 10;

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw)
      ? { status: 'valid', value: raw as T }
      : { status: 'invalid', raw, reason: `expected one of ${values.join(', ')}` };
}

function listOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T[]> => {
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = items.filter((s) => !(values as readonly string[]).includes(s));
    if (unknown.length > 0)
      return {
        status: 'invalid',
        raw,
        reason: `unknown: ${unknown.join(', ')}; expected any of ${values.join(', ')}`,
      };
    const unique = values.filter((v) => items.includes(v));
    return { status: 'valid', value: unique };
  };
}

function year(raw: string): Parsed<number> {
  if (!/^\d{4}$/.test(raw)) return { status: 'invalid', raw, reason: 'expected a four-digit year' };
  const n = Number(raw);
  if (n < YEAR_BOUNDS.min || n > YEAR_BOUNDS.max)
    return {
      status: 'invalid',
      raw,
      reason: `expected a year from ${YEAR_BOUNDS.min} to ${YEAR_BOUNDS.max}`,
    };
  return { status: 'valid', value: n };
}

function flag(raw: string): Parsed<boolean> {
  if (raw === '1' || raw === 'true') return { status: 'valid', value: true };
  if (raw === '0' || raw === 'false') return { status: 'valid', value: false };
  return { status: 'invalid', raw, reason: 'expected 1 or 0' };
}

function eventId(raw: string): Parsed<string> {
  return /^[a-z0-9][a-z0-9-]{0,80}$/.test(raw)
    ? { status: 'valid', value: raw }
    : { status: 'invalid', raw, reason: 'not an event id' };
}

/** One parser per URL key. The keys are the readable names a link shows. */
export const PARAM_PARSERS = {
  lang: oneOf<Lang>(LANGS),
  theme: oneOf<Theme>(THEMES),
  patterns: flag,
  from: year,
  to: year,
  cat: listOf<EventCategory>(EVENT_CATEGORIES),
  region: listOf<RegionFilter>(REGION_FILTERS),
  metric: oneOf<CrimeMetric>(CRIME_METRICS),
  event: eventId,
} as const;

export type ParamKey = keyof typeof PARAM_PARSERS;

const PARAM_KEYS: ReadonlySet<string> = new Set(Object.keys(PARAM_PARSERS));

/** Keys the modes own (present, embed); the view parser leaves them to parsePresent and the embed. */
const FOREIGN_KEYS = new Set(['mode', 'panel', 'slide', 'interval', 'countdown', 'actions']);

/** Auto-advance intervals a presenter can pick, in seconds (0 = off). */
export const PRESENT_INTERVALS = [0, 10, 15, 30, 60, 120] as const;

export interface PresentState {
  active: boolean;
  /** The slide shown: 'title', a panel id, or 'sources'. Unknown ids fall back to the first slide. */
  slide: string | undefined;
  /** Auto-advance interval in seconds; 0 = off. */
  interval: number;
  /** Whether the auto-advance countdown is shown. */
  countdown: boolean;
}

export const DEFAULT_PRESENT: PresentState = {
  active: false,
  slide: undefined,
  interval: 0,
  countdown: true,
};

/**
 * One key's value as every parser reads it: the last of repeated keys wins (the others are
 * reported), an overlong value is dropped (and reported), a missing key is undefined.
 */
export function readLast(
  params: URLSearchParams,
  key: string,
  notices: ParamNotice[],
): string | undefined {
  const all = params.getAll(key);
  if (all.length === 0) return undefined;
  const raw = all[all.length - 1] as string;
  if (all.length > 1) {
    notices.push({
      key,
      raw: all.slice(0, -1).join(' | ').slice(0, 40),
      reason: 'given more than once; the last value is used',
    });
  }
  if (raw.length > MAX_RAW) {
    notices.push({ key, raw: `${raw.slice(0, 40)}…`, reason: `longer than ${MAX_RAW} characters` });
    return undefined;
  }
  return raw;
}

/** Reads the present-mode keys (mode, slide, interval, countdown); like parseView, never throws. */
export function parsePresent(search: string): { present: PresentState; notices: ParamNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const present = { ...DEFAULT_PRESENT };
  const read = (key: string) => readLast(params, key, notices);
  const invalid = (key: string, raw: string, reason: string) =>
    notices.push({ key, raw: raw.slice(0, 40), reason });

  const mode = read('mode');
  if (mode === 'present') present.active = true;
  else if (mode !== undefined && mode !== 'dashboard')
    invalid('mode', mode, 'expected present or dashboard');
  const slide = read('slide');
  if (slide !== undefined) {
    if (/^[a-z0-9-]{1,40}$/.test(slide)) present.slide = slide;
    else invalid('slide', slide, 'not a slide name');
  }
  const interval = read('interval');
  if (interval !== undefined) {
    const n = Number(interval);
    if (/^\d{1,4}$/.test(interval) && n >= 5 && n <= 3600) present.interval = n;
    else if (interval === '0') present.interval = 0;
    else invalid('interval', interval, 'expected seconds from 5 to 3600, or 0 for off');
  }
  const countdown = read('countdown');
  if (countdown === '0') present.countdown = false;
  else if (countdown !== undefined && countdown !== '1')
    invalid('countdown', countdown, 'expected 0 (hide) or 1 (show)');
  return { present, notices };
}

/** The present-mode keys for a link (none at all on the dashboard). */
export function presentParams(p: PresentState): Record<string, string | undefined> {
  if (!p.active) return {};
  return {
    mode: 'present',
    slide: p.slide,
    interval: p.interval ? String(p.interval) : undefined,
    countdown: p.countdown ? undefined : '0',
  };
}

/**
 * Reads a query string into a view state. Never throws: every unusable value falls back to its
 * default and is reported as a notice.
 */
export function parseView(search: string): { view: ViewState; notices: ParamNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const read = <K extends ParamKey>(key: K): ReturnType<(typeof PARAM_PARSERS)[K]> => {
    const raw = readLast(params, key, notices);
    if (raw === undefined) return { status: 'missing' } as ReturnType<(typeof PARAM_PARSERS)[K]>;
    const parsed = (PARAM_PARSERS[key] as (r: string) => Parsed<unknown>)(raw);
    if (parsed.status === 'invalid') notices.push({ key, raw: parsed.raw, reason: parsed.reason });
    return parsed as ReturnType<(typeof PARAM_PARSERS)[K]>;
  };
  const value = <T>(p: Parsed<T>, fallback: T): T => (p.status === 'valid' ? p.value : fallback);

  const view: ViewState = {
    lang: value(read('lang'), DEFAULT_VIEW.lang),
    theme: value(read('theme'), DEFAULT_VIEW.theme),
    patterns: value(read('patterns'), DEFAULT_VIEW.patterns),
    from: value<number | undefined>(read('from'), undefined),
    to: value<number | undefined>(read('to'), undefined),
    categories: value(read('cat'), DEFAULT_VIEW.categories),
    regions: value(read('region'), DEFAULT_VIEW.regions),
    metric: value(read('metric'), DEFAULT_VIEW.metric),
    event: value<string | undefined>(read('event'), undefined),
  };
  if (view.from !== undefined && view.to !== undefined && view.from > view.to) {
    notices.push({
      key: 'from',
      raw: `${view.from}–${view.to}`,
      reason: 'the start year is after the end year; the range is ignored',
    });
    view.from = undefined;
    view.to = undefined;
  }
  // Unknown keys are named, up to a point: a link stuffed with junk gets one line for the rest.
  const unknown = [...new Set(params.keys())].filter(
    (key) => !PARAM_KEYS.has(key) && !FOREIGN_KEYS.has(key),
  );
  for (const key of unknown.slice(0, MAX_UNKNOWN_NAMED)) {
    notices.push({
      key: key.slice(0, 40),
      raw: (params.get(key) ?? '').slice(0, 40),
      reason: 'not a setting this dashboard knows',
    });
  }
  if (unknown.length > MAX_UNKNOWN_NAMED) {
    notices.push({
      key: '…',
      raw: `${unknown.length - MAX_UNKNOWN_NAMED}`,
      reason: 'more keys this dashboard does not know',
    });
  }

  return { view, notices };
}

/** Writes a view state as query parameters, leaving out every default so links stay short. */
export function serializeView(
  view: ViewState,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.theme !== DEFAULT_VIEW.theme) params.set('theme', view.theme);
  if (view.patterns) params.set('patterns', '1');
  if (view.from !== undefined) params.set('from', String(view.from));
  if (view.to !== undefined) params.set('to', String(view.to));
  if (view.categories.length > 0) params.set('cat', view.categories.join(','));
  if (view.regions.length > 0) params.set('region', view.regions.join(','));
  if (view.metric !== DEFAULT_VIEW.metric) params.set('metric', view.metric);
  if (view.event !== undefined) params.set('event', view.event);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, v);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
