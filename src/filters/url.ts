import type { Parsed } from './key-parsers';
import {
  DEFAULT_PRESENT,
  type KeySpecs,
  keysNotReadBy,
  LINK_KEY_NAMES,
  PRESENT_KEYS,
  type PresentState,
  VIEW_KEYS,
  type ViewState,
} from './link-keys';
import type { Reason } from './reasons';

/**
 * Reading and writing links, all derived from the table of link keys (link-keys.ts): the view
 * parser, the present parser, the reader the embed's parser uses, the serialiser that URL sync
 * writes, and the link a panel's "copy link" gives.
 */

export type { Parsed } from './key-parsers';
export { DEFAULT_PRESENT, PRESENT_INTERVALS, type PresentState } from './link-keys';

/**
 * What a link asked for that could not be used; shown to the reader, never thrown. The key and the
 * value are quoted as typed; the reason is a code the page words in its language.
 */
export interface ParamNotice {
  key: string;
  raw: string;
  reason: Reason;
}

const MAX_RAW = 200;
const MAX_UNKNOWN_NAMED = 10;
const KNOWN_KEYS: ReadonlySet<string> = new Set(LINK_KEY_NAMES);

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
      reason: { code: 'repeated' },
    });
  }
  if (raw.length > MAX_RAW) {
    notices.push({ key, raw: `${raw.slice(0, 40)}…`, reason: { code: 'too-long', max: MAX_RAW } });
    return undefined;
  }
  return raw;
}

/**
 * Reads every key of one part of the table into its state: a usable value, or the key's default
 * and a notice saying why. Never throws.
 */
export function readKeys<S>(
  specs: KeySpecs<S>,
  params: URLSearchParams,
  notices: ParamNotice[],
): S {
  const state = {} as S;
  for (const field of Object.keys(specs) as (keyof S)[]) {
    const spec = specs[field];
    const raw = readLast(params, spec.name, notices);
    const parsed: Parsed<S[keyof S]> = raw === undefined ? { status: 'missing' } : spec.parse(raw);
    if (parsed.status === 'invalid')
      notices.push({ key: spec.name, raw: parsed.raw, reason: parsed.reason });
    state[field] = parsed.status === 'valid' ? parsed.value : spec.default;
  }
  return state;
}

/**
 * A value the link parsers accept but only the page can judge: an event id against the events of
 * timeline.json, a slide's name against the show's slides. The notice naming it when it is none of
 * `known` (the slides' names are listed, the events' ids are too many), or undefined.
 */
export function unknownIn(
  key: 'event' | 'slide',
  raw: string | undefined,
  known: readonly string[],
): ParamNotice | undefined {
  if (raw === undefined || known.includes(raw)) return undefined;
  const spec = key === 'event' ? VIEW_KEYS.event : PRESENT_KEYS.slide;
  const reason: Reason =
    key === 'event' ? { code: 'unknown-event' } : { code: 'one-of', values: known };
  return { key: spec.name, raw, reason };
}

/** Reads the present-mode keys (mode, slide, interval, countdown); like parseView, never throws. */
export function parsePresent(search: string): { present: PresentState; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const present = readKeys(PRESENT_KEYS, new URLSearchParams(search), notices);
  return { present, notices };
}

/**
 * Reads a query string into a view state. Never throws: every unusable value falls back to its
 * default and is reported as a notice.
 */
export function parseView(search: string): { view: ViewState; notices: ParamNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const view = readKeys(VIEW_KEYS, params, notices);
  if (view.from !== undefined && view.to !== undefined && view.from > view.to) {
    // The notice quotes the two keys as typed (`from=2020&to=2008`), not a range of our making.
    const typed = (key: string) => {
      const all = params.getAll(key);
      return all[all.length - 1] ?? '';
    };
    notices.push({
      key: 'from',
      raw: `${typed('from')}&to=${typed('to')}`,
      reason: { code: 'start-after-end' },
    });
    view.from = undefined;
    view.to = undefined;
  }
  // Keys the table has but the view does not read are the present mode's or the embed's: not named
  // here. Unknown keys are named, up to a point: a link stuffed with junk gets one line for the rest.
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_KEYS.has(key));
  for (const key of unknown.slice(0, MAX_UNKNOWN_NAMED)) {
    notices.push({
      key: key.slice(0, 40),
      raw: (params.get(key) ?? '').slice(0, 40),
      reason: { code: 'unknown-key' },
    });
  }
  if (unknown.length > MAX_UNKNOWN_NAMED) {
    // No key of its own: the line says how many more there are.
    notices.push({
      key: '',
      raw: '',
      reason: { code: 'more-unknown-keys', count: unknown.length - MAX_UNKNOWN_NAMED },
    });
  }
  return { view, notices };
}

/** Writes one part of the table's state, leaving out every value that writes as its default. */
function writeKeys<S>(specs: KeySpecs<S>, state: S, params: URLSearchParams) {
  for (const field of Object.keys(specs) as (keyof S)[]) {
    const spec = specs[field];
    const text = spec.write(state[field]);
    if (text !== undefined && text !== spec.write(spec.default)) params.set(spec.name, text);
  }
}

/** A query string as links show it: commas unescaped, '?' only when there is something. */
function search(params: URLSearchParams): string {
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/**
 * Writes a view (and present mode, while it presents) as query parameters, leaving out every
 * default so links stay short. The serialiser URL sync writes to the address bar.
 */
export function serializeView(view: ViewState, present: PresentState = DEFAULT_PRESENT): string {
  const params = new URLSearchParams();
  writeKeys(VIEW_KEYS, view, params);
  if (present.active) writeKeys(PRESENT_KEYS, present, params);
  return search(params);
}

/** Whether going from one state to the other changes a key whose change back/forward should walk. */
export function isHistoryStep(
  a: { view: ViewState; present: PresentState },
  b: { view: ViewState; present: PresentState },
): boolean {
  const changed = <S>(specs: KeySpecs<S>, x: S, y: S) =>
    (Object.keys(specs) as (keyof S)[]).some(
      (f) => specs[f].history === 'push' && specs[f].write(x[f]) !== specs[f].write(y[f]),
    );
  return changed(VIEW_KEYS, a.view, b.view) || changed(PRESENT_KEYS, a.present, b.present);
}

/** Keys the dashboard's page reads none of (the embed's own): an embed's "copy link" drops them. */
const NOT_FOR_THE_DASHBOARD = keysNotReadBy('dashboard', 'present');

/**
 * The link a panel's "copy link" gives: the page's address with the panel as its fragment; from an
 * embed, the full dashboard beside it on the same view, without the embed's own keys.
 */
export function panelLink(pageHref: string, panelId: string, fromEmbed: boolean): string {
  const page = new URL(pageHref);
  const url = fromEmbed ? new URL(`./${page.search}`, page) : page;
  if (fromEmbed) for (const key of NOT_FOR_THE_DASHBOARD) url.searchParams.delete(key);
  url.hash = panelId;
  return url.href;
}
