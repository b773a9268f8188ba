import { z } from 'zod';
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
  year: z.number().int().min(1900).max(2100),
  value: z.number().nonnegative('a number of cases cannot be negative'),
  reported: z.string().min(1).optional(),
  /** The source calls this year the peak (最高点). */
  peak: z.boolean().optional(),
  source: sourceSchema,
});

const seriesSchema = z
  .strictObject({
    id: idSchema,
    label: labelSchema,
    unit: z.literal('cases'),
    scope: placeListSchema,
    points: z.array(pointSchema).min(1, 'a series needs at least one reported year'),
  })
  .superRefine((s, ctx) => {
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
  });

export const crimeSchema = z
  .strictObject({
    dataset: z.literal('crime'),
    description: z.string().optional(),
    series: z.array(seriesSchema).min(1),
    findings: z.array(findingSchema).default([]),
  })
  .superRefine((d, ctx) => uniqueIds(d.series, ctx, ['series']));

export type CrimeData = z.infer<typeof crimeSchema>;
export type CrimeSeries = CrimeData['series'][number];
export type CrimePoint = CrimeSeries['points'][number];

export const crimeQuery = datasetQuery('crime.json', crimeSchema);
