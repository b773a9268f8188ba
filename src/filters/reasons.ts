/**
 * Why a link's value was ignored, as a code and its parameters: the parsers and the link reader
 * say which rule a value broke, and the page words it in its own language (i18n/reasons.ts). Each
 * code has words in every language there, or that file does not compile.
 */
export interface ReasonParams {
  /** Not one of the spellings the key takes (`lang=fr`, `mode=show`). */
  'one-of': { values: readonly string[] };
  /** A comma list with items the key does not know (`region=mars`). */
  'unknown-items': { unknown: readonly string[]; values: readonly string[] };
  /** Not four digits (`from=20x0`). */
  'year-format': Record<never, never>;
  /** Four digits outside the years a filter may name. */
  'year-range': { min: number; max: number };
  /** Not whole seconds within the bounds, nor 0 (`interval=3`). */
  seconds: { min: number; max: number };
  /** A switch that is neither 1/true nor 0/false; `countdown` and `console` say what each means. */
  switch: Record<never, never>;
  'countdown-switch': Record<never, never>;
  'console-switch': Record<never, never>;
  /** Not written like an id of the timeline's events. */
  'event-id': Record<never, never>;
  /** Written like an event id, but no event of the timeline has it (judged once the data is in). */
  'unknown-event': Record<never, never>;
  /** Not written like a sentence of a panel (`governance.2`). */
  'sentence-ref': Record<never, never>;
  /** Written like one, but the page has no such panel, or the panel no such sentence. */
  'unknown-sentence': Record<never, never>;
  /** Not written like a slide's name. */
  'slide-name': Record<never, never>;
  /** The key stands more than once; the value quoted is every one but the last, which is used. */
  repeated: Record<never, never>;
  /** Longer than any value the key takes. */
  'too-long': { max: number };
  /** `from` after `to`: both are dropped. */
  'start-after-end': Record<never, never>;
  /** A key no view of this app reads. */
  'unknown-key': Record<never, never>;
  /** The unknown keys past the ones named: how many (the notice has no key of its own). */
  'more-unknown-keys': { count: number };
}

export type ReasonCode = keyof ReasonParams;

/** One reason: its code and that code's parameters. */
export type Reason = { [C in ReasonCode]: { code: C } & ReasonParams[C] }[ReasonCode];

/** The reason of a given code. */
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;
