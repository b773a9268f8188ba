// zod/mini: the same schemas as classic zod with a functional API, ~19 KB gzip lighter in the bundle.
import * as z from 'zod/mini';
import { PLACE_IDS } from './places';
import { REPORT_IDS } from './reports';

// zod 4 probes `new Function` once unless told not to; under a strict CSP that probe is reported
// as a violation even though zod catches it.
z.config({ jitless: true });

const id = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]*$/,
      'an id is lower-case letters, digits and dashes, like "key-tasks"',
    ),
  );

export const labelSchema = z.strictObject({
  zh: z.string().check(z.trim(), z.minLength(1, 'the Chinese label is empty')),
  en: z.string().check(z.trim(), z.minLength(1, 'the English label is empty')),
});

const yearText = z.string().check(z.regex(/^(19|20)\d\d$/, 'a year is four digits, like "2018"'));
const monthText = z
  .string()
  .check(z.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM, like "2018-08"'));

/** Where a figure comes from: a verbatim sentence of one of the four reports, or (for figures a deployer adds) a citation. */
export const sourceSchema = z.union([
  z.strictObject({
    report: z.enum(REPORT_IDS),
    sentence: z
      .string()
      .check(z.trim(), z.minLength(4, 'the source sentence is too short to be a sentence')),
  }),
  z.strictObject({
    citation: z
      .string()
      .check(z.trim(), z.minLength(4, 'a citation names the publication the figure comes from')),
    /** When that publication appeared ("2016", "2016-09"): its source line says its own date, not the article's. */
    date: z.optional(z.union([yearText, monthText])),
    url: z.optional(z.string()),
  }),
]);
export type Source = z.infer<typeof sourceSchema>;

const year = z
  .int('a year is a whole number')
  .check(z.minimum(1900, 'a year before 1900?'), z.maximum(2100, 'a year after 2100?'));
const dayText = z
  .string()
  .check(
    z.regex(/^(19|20)\d\d-\d\d-\d\d$/, 'a day is written YYYY-MM-DD, like "2020-06-13"'),
    z.refine(isRealDay, 'this day does not exist in the calendar'),
  );
const yearOrMonth = z.union([yearText, monthText]);

function isRealDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What the article itself says about the time (今年, 近日, 2年多来…), kept beside the normalised date. */
const said = z.optional(z.string());

/** A date or period at exactly the precision the article gives. */
export const periodSchema = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), date: dayText, said }),
  z.strictObject({ precision: z.literal('month'), month: monthText, said }),
  z.strictObject({ precision: z.literal('year'), year, said }),
  z.strictObject({ precision: z.literal('range'), from: yearOrMonth, to: yearOrMonth, said }),
  /** A state at the time of the reports (a cumulative count, a title held). */
  z.strictObject({ precision: z.literal('asOf'), date: monthText, said }),
  /** "Recently" (近日) in a report of the given month. */
  z.strictObject({ precision: z.literal('recent'), asOf: monthText, said }),
  /** A yearly rate given as of the reports (每年). */
  z.strictObject({ precision: z.literal('perYear'), asOf: monthText, said }),
  /** An approximate time in the past (10多年前), relative to the reports. */
  z.strictObject({ precision: z.literal('approx'), asOf: monthText, said: z.string() }),
]);
export type Period = z.infer<typeof periodSchema>;

export const UNITS = [
  'cases',
  'people',
  'people-per-year',
  'percent',
  'percent-change',
  'yuan',
  'tasks',
  'agreements',
  'projects',
  'disciplines',
  'departments',
  'officers',
  'titles',
  'times',
  'months',
  'weeks',
  'trips',
] as const;
export type Unit = (typeof UNITS)[number];

/** How the article hedges a figure: 近 nearly, 超过 over, 余 more than, 不到 under. */
export const QUALIFIERS = ['nearly', 'over', 'more-than', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const placeListSchema = z
  .array(z.enum(PLACE_IDS))
  .check(z.minLength(1, 'name at least one place'));

/** One reported figure: the number, what it counts, when, where, how exact, and the sentence it comes from. */
export const figureShape = z.strictObject({
  id,
  label: labelSchema,
  /** A rate (share of a whole, in percent), a change against an earlier period, or a count. */
  kind: z.enum(['rate', 'change', 'count']),
  value: z.number(),
  /** The upper end where the article gives a range (三四趟 = 3 to 4). */
  valueHigh: z.optional(z.number()),
  unit: z.enum(UNITS),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  /** The figure exactly as printed (4.3万起, 近10万人); it must stand in the source sentence. */
  reported: z.optional(z.string().check(z.minLength(1, 'the printed figure is empty'))),
  period: periodSchema,
  scope: placeListSchema,
  source: sourceSchema,
});

/** The checks a figure must pass beyond its shape. */
export function checkFigure(f: z.infer<typeof figureShape>, ctx: RefinementCtx) {
  if (f.kind === 'rate' && (f.value < 0 || f.value > 100)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `a rate is a percentage from 0 to 100, not ${f.value}`,
    });
  }
  if (f.kind === 'count' && f.value < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `a count cannot be negative (${f.value})`,
    });
  }
  if (f.kind === 'change' && f.unit !== 'percent-change') {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: 'a change is given in "percent-change"',
    });
  }
  if (f.valueHigh !== undefined && f.valueHigh < f.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['valueHigh'],
      message: 'the upper end of a range is below its lower end',
    });
  }
}

export const figureSchema = figureShape.check(z.superRefine(checkFigure));
export type Figure = z.infer<typeof figureSchema>;

/** A reported finding without a number (全省命案发案最少的地市). */
export const findingSchema = z.strictObject({
  id,
  label: labelSchema,
  scope: placeListSchema,
  period: periodSchema,
  source: sourceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export { id as idSchema };

export type RefinementCtx = z.core.$RefinementCtx<unknown>;

/** Adds an issue for every id used twice in a list. */
export function uniqueIds(
  items: readonly { id: string }[],
  ctx: RefinementCtx,
  path: (string | number)[],
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `the id "${item.id}" is used twice (first at ${path.join('.')}[${first}])`,
      });
    } else seen.set(item.id, i);
  });
}
