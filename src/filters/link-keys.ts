import { EVENT_CATEGORIES, type EventCategory } from '../data/timeline';
import { LANGS, type Lang } from '../i18n/lang';
import {
  flag,
  type KeyParser,
  listOf,
  matching,
  oneOf,
  quoting40,
  seconds,
  spelled,
  text,
  year,
} from './key-parsers';

/**
 * The one table of link keys. Every key a link of this app can carry is here once, with its
 * parser, its serialiser, its default (left out of links) and the views that read it; the view,
 * present and embed parsers, the serialiser, and which keys a link keeps or drops all derive from
 * it (url.ts, embed-snippet.ts). TypeScript checks that every field of the three states below has
 * exactly one entry.
 */

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

/** Auto-advance intervals a presenter can pick, in seconds (0 = off). */
export const PRESENT_INTERVALS = [0, 10, 15, 30, 60, 120] as const;

/** The filters and the look: what every view (dashboard, slides, embed) reads from its link. */
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
  /**
   * A source sentence open in the article reader: `<panel>.<n>`, the panel's n-th sentence as
   * numbered with no filter (governance.2). Judged by the page: the panel must be one it has, and n
   * one of that panel's sentences.
   */
  sentence: string | undefined;
}

export interface PresentState {
  active: boolean;
  /** The slide shown: 'title', a panel id, or 'sources'. A name no slide has is dropped on reading the link (named in a notice). */
  slide: string | undefined;
  /** Auto-advance interval in seconds; 0 = off. */
  interval: number;
  /** Whether the auto-advance countdown is shown. */
  countdown: boolean;
  /**
   * This window is the presenter console (current and next slide, notes, timer) that the
   * projector's window opened; it follows that window's slide (src/modes/present/console-link.ts).
   */
  console: boolean;
}

/** The embed's own keys. */
export interface EmbedLink {
  /** The panel named, trimmed and cut to 60 characters; the embed checks it against its registry. */
  panel: string | undefined;
  /** `actions=0` hides the panel's buttons (table, downloads, copy link) and the dashboard link. */
  actions: boolean;
}

/** The three ways the panels are shown; each reads some of the keys. */
export type LinkView = 'dashboard' | 'present' | 'embed';

/** One key of a link. */
export interface KeySpec<T> {
  /** The key as a link spells it. */
  name: string;
  /** The views that read it; every other view leaves it alone (no notice) or drops it from links. */
  views: readonly LinkView[];
  /** Raw text (the last of repeated keys) → a usable value or the reason it is ignored. */
  parse: KeyParser<T>;
  /** Value → text; a value that writes as the default does (or writes nothing) is left out. */
  write: (value: T) => string | undefined;
  default: T;
  /** A change is a step back/forward walks ('push'), or only updates the address ('replace'). */
  history: 'push' | 'replace';
}

/** One entry per field of a state: a missing, extra or mistyped entry is a type error. */
export type KeySpecs<S> = { [F in keyof S]-?: KeySpec<S[F]> };

const EVERY_VIEW = ['dashboard', 'present', 'embed'] as const;

/** How a link names a source sentence: a panel's id, a dot, the sentence's number (governance.2). */
export const SENTENCE_REF = /^([a-z0-9][a-z0-9-]{0,39})\.([1-9][0-9]{0,2})$/;

/** A sentence's link value read back: its panel and number (1-based), or undefined. */
export function readSentenceRef(
  value: string | undefined,
): { panel: string; n: number } | undefined {
  const m = value?.match(SENTENCE_REF);
  return m ? { panel: m[1] as string, n: Number(m[2]) } : undefined;
}
const onOff = (v: boolean) => (v ? '1' : '0');
const asText = (v: string | undefined) => v;
const number = (v: number | undefined) => (v === undefined ? undefined : String(v));

export const VIEW_KEYS = {
  lang: {
    name: 'lang',
    views: EVERY_VIEW,
    parse: oneOf(LANGS),
    write: String,
    default: 'zh',
    history: 'replace',
  },
  theme: {
    name: 'theme',
    views: EVERY_VIEW,
    parse: oneOf(THEMES),
    write: String,
    default: 'light',
    history: 'replace',
  },
  patterns: {
    name: 'patterns',
    views: EVERY_VIEW,
    parse: flag(),
    write: onOff,
    default: false,
    history: 'replace',
  },
  from: {
    name: 'from',
    views: EVERY_VIEW,
    parse: year(YEAR_BOUNDS),
    write: number,
    default: undefined,
    history: 'push',
  },
  to: {
    name: 'to',
    views: EVERY_VIEW,
    parse: year(YEAR_BOUNDS),
    write: number,
    default: undefined,
    history: 'push',
  },
  categories: {
    name: 'cat',
    views: EVERY_VIEW,
    parse: listOf(EVENT_CATEGORIES),
    write: (v) => v.join(','),
    default: [],
    history: 'push',
  },
  regions: {
    name: 'region',
    views: EVERY_VIEW,
    parse: listOf(REGION_FILTERS),
    write: (v) => v.join(','),
    default: [],
    history: 'push',
  },
  metric: {
    name: 'metric',
    views: EVERY_VIEW,
    parse: oneOf(CRIME_METRICS),
    write: String,
    default: 'both',
    history: 'push',
  },
  event: {
    name: 'event',
    views: EVERY_VIEW,
    parse: matching(/^[a-z0-9][a-z0-9-]{0,80}$/, { code: 'event-id' }),
    write: asText,
    default: undefined,
    history: 'push',
  },
  sentence: {
    name: 'sentence',
    views: EVERY_VIEW,
    parse: matching(SENTENCE_REF, { code: 'sentence-ref' }),
    write: asText,
    default: undefined,
    // Opening and closing the reader is not a step of the view: back/forward walks the filters.
    history: 'replace',
  },
} satisfies KeySpecs<ViewState>;

/** Present mode's keys, read on the dashboard's page; written only while it presents. */
export const PRESENT_KEYS = {
  active: {
    name: 'mode',
    views: ['present'],
    parse: quoting40(
      spelled([
        ['present', true],
        ['dashboard', false],
      ]),
    ),
    write: (v) => (v ? 'present' : 'dashboard'),
    default: false,
    history: 'push',
  },
  slide: {
    name: 'slide',
    views: ['present'],
    parse: quoting40(matching(/^[a-z0-9-]{1,40}$/, { code: 'slide-name' })),
    write: asText,
    default: undefined,
    history: 'replace',
  },
  interval: {
    name: 'interval',
    views: ['present'],
    parse: quoting40(seconds(5, 3600)),
    write: String,
    default: 0,
    history: 'replace',
  },
  countdown: {
    name: 'countdown',
    views: ['present'],
    parse: quoting40(flag({ code: 'countdown-switch' })),
    write: onOff,
    default: true,
    history: 'replace',
  },
  console: {
    name: 'console',
    views: ['present'],
    parse: quoting40(flag({ code: 'console-switch' })),
    write: onOff,
    default: false,
    history: 'replace',
  },
} satisfies KeySpecs<PresentState>;

/** The embed's keys. The embed never writes its address, so `history` does not apply. */
export const EMBED_KEYS = {
  panel: {
    name: 'panel',
    views: ['embed'],
    parse: text(60),
    write: asText,
    default: undefined,
    history: 'replace',
  },
  actions: {
    name: 'actions',
    views: ['embed'],
    parse: quoting40(flag()),
    write: onOff,
    default: true,
    history: 'replace',
  },
} satisfies KeySpecs<EmbedLink>;

/** Every key, whatever state it fills: for the lists of keys a view reads, keeps or drops. */
const ALL_KEYS: readonly Pick<KeySpec<unknown>, 'name' | 'views'>[] = [
  ...Object.values(VIEW_KEYS),
  ...Object.values(PRESENT_KEYS),
  ...Object.values(EMBED_KEYS),
];

/** Every key name a link of this app can carry. */
export const LINK_KEY_NAMES: readonly string[] = ALL_KEYS.map((k) => k.name);

/** The keys that none of the given views reads. */
export function keysNotReadBy(...views: LinkView[]): ReadonlySet<string> {
  return new Set(
    ALL_KEYS.filter((k) => !k.views.some((v) => views.includes(v))).map((k) => k.name),
  );
}

/** A state with every field at its default. */
export function defaultsOf<S>(specs: KeySpecs<S>): S {
  const state = {} as S;
  for (const field of Object.keys(specs) as (keyof S)[]) state[field] = specs[field].default;
  return state;
}

export const DEFAULT_VIEW: ViewState = defaultsOf(VIEW_KEYS);
export const DEFAULT_PRESENT: PresentState = defaultsOf(PRESENT_KEYS);
