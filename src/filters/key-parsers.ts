import type { Reason } from './reasons';

/**
 * The parsers the link-key table (link-keys.ts) is built from: each turns one raw value into a
 * usable value or the reason it cannot be used (a code and its parameters, worded by the page in
 * its language: i18n/reasons.ts). Pure, never throws.
 */

/** One link key read: a usable value, a value ignored with the reason, or nothing. */
export type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: Reason }
  | { status: 'missing' };

export type KeyParser<T> = (raw: string) => Parsed<T>;

const invalid = (raw: string, reason: Reason) =>
  ({ status: 'invalid', raw, reason }) as const satisfies Parsed<never>;

export function oneOf<T extends string>(values: readonly T[]): KeyParser<T> {
  return (raw) =>
    (values as readonly string[]).includes(raw)
      ? { status: 'valid', value: raw as T }
      : invalid(raw, { code: 'one-of', values });
}

/**
 * A comma list of known values, given back in the list's canonical order without duplicates. An
 * unknown item typed twice (`region=mars,mars`) is named once, in the order first typed.
 */
export function listOf<T extends string>(values: readonly T[]): KeyParser<T[]> {
  return (raw) => {
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = [...new Set(items)].filter((s) => !(values as readonly string[]).includes(s));
    if (unknown.length > 0) return invalid(raw, { code: 'unknown-items', unknown, values });
    return { status: 'valid', value: values.filter((v) => items.includes(v)) };
  };
}

/** A four-digit year within the bounds (inclusive). */
export function year(bounds: { min: number; max: number }): KeyParser<number> {
  return (raw) => {
    if (!/^\d{4}$/.test(raw)) return invalid(raw, { code: 'year-format' });
    const n = Number(raw);
    if (n < bounds.min || n > bounds.max)
      return invalid(raw, { code: 'year-range', min: bounds.min, max: bounds.max });
    return { status: 'valid', value: n };
  };
}

/**
 * Exact spellings and what they mean. A list of pairs, not an object: a raw `__proto__` or
 * `toString` must not find anything. Anything else is named with the spellings, unless the key
 * says what its values mean (a switch).
 */
export function spelled<T>(
  spellings: readonly (readonly [string, T])[],
  reason: Reason = { code: 'one-of', values: spellings.map(([text]) => text) },
): KeyParser<T> {
  return (raw) => {
    const found = spellings.find(([text]) => text === raw);
    return found ? { status: 'valid', value: found[1] } : invalid(raw, reason);
  };
}

/** The reasons a switch gives: plain, or saying what its 1 and 0 mean. */
type SwitchReason = Extract<Reason, { code: 'switch' | 'countdown-switch' | 'console-switch' }>;

/** On or off: 1/true and 0/false, for every key that is a switch. */
export function flag(reason: SwitchReason = { code: 'switch' }): KeyParser<boolean> {
  return spelled(
    [
      ['1', true],
      ['true', true],
      ['0', false],
      ['false', false],
    ],
    reason,
  );
}

/** A value written in a pattern (an id, a name), taken as it is. */
export function matching(pattern: RegExp, reason: Reason): KeyParser<string> {
  return (raw) => (pattern.test(raw) ? { status: 'valid', value: raw } : invalid(raw, reason));
}

/** Whole seconds from min to max, or 0 for off. */
export function seconds(min: number, max: number): KeyParser<number> {
  return (raw) => {
    if (raw === '0') return { status: 'valid', value: 0 };
    const n = Number(raw);
    return /^\d{1,4}$/.test(raw) && n >= min && n <= max
      ? { status: 'valid', value: n }
      : invalid(raw, { code: 'seconds', min, max });
  };
}

/** Any text, trimmed and cut to `max` characters: for a value checked later (the embed's panel). */
export function text(max: number): KeyParser<string> {
  return (raw) => ({ status: 'valid', value: raw.trim().slice(0, max) });
}

/** The same parser, quoting at most 40 characters of a value it refuses (the present and embed keys always have). */
export function quoting40<T>(parse: KeyParser<T>): KeyParser<T> {
  return (raw) => {
    const parsed = parse(raw);
    return parsed.status === 'invalid' ? { ...parsed, raw: parsed.raw.slice(0, 40) } : parsed;
  };
}
