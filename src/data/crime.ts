import * as z from 'zod/mini';
import {
  findingSchema,
  idSchema,
  labelSchema,
  placeListSchema,
  sourceSchema,
  uniqueIds,
} from './common';
import { datasetQuery } from './load';

/** One reported yearly total. Only years a source gives are stored; the years between stay absent. */
const pointSchema = z.strictObject({
  id: idSchema,
  year: z
    .int('a year is a whole number')
    .check(z.minimum(1900, 'a year before 1900?'), z.maximum(2100, 'a year after 2100?')),
  value: z.number().check(z.nonnegative('a number of cases cannot be negative')),
  reported: z.optional(z.string().check(z.minLength(1, 'the printed figure is empty'))),
  /** The source calls this year the peak (最高点). */
  peak: z.optional(z.boolean()),
  source: sourceSchema,
});

const seriesSchema = z
  .strictObject({
    id: idSchema,
    label: labelSchema,
    unit: z.literal('cases'),
    scope: placeListSchema,
    points: z.array(pointSchema).check(z.minLength(1, 'a series needs at least one reported year')),
  })
  .check(
    z.superRefine((s, ctx) => {
      uniqueIds(s.points, ctx, ['points']);
      const years = new Set<number>();
      s.points.forEach((p, i) => {
        if (years.has(p.year))
          ctx.addIssue({
            code: 'custom',
            path: ['points', i, 'year'],
            message: `the year ${p.year} appears twice in "${s.id}"`,
          });
        years.add(p.year);
      });
    }),
  );

export const crimeSchema = z
  .strictObject({
    dataset: z.literal('crime'),
    description: z.optional(z.string()),
    series: z.array(seriesSchema).check(z.minLength(1, 'the list is empty')),
    findings: z._default(z.array(findingSchema), []),
  })
  .check(z.superRefine((d, ctx) => uniqueIds(d.series, ctx, ['series'])));

export type CrimeData = z.infer<typeof crimeSchema>;
export type CrimeSeries = CrimeData['series'][number];
export type CrimePoint = CrimeSeries['points'][number];

export const crimeQuery = datasetQuery('crime.json', crimeSchema);
