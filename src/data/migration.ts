import { z } from 'zod';
import { figureSchema, sourceSchema, uniqueIds } from './common';
import { datasetQuery } from './load';
import { PLACE_IDS } from './places';

export const migrationSchema = z
  .strictObject({
    dataset: z.literal('migration'),
    description: z.string().optional(),
    /** The cities where online transfer runs first. */
    cities: z.array(z.strictObject({ place: z.enum(PLACE_IDS), source: sourceSchema })).min(1),
    /** Yearly volumes of registration transfers. */
    volumes: z.array(figureSchema).min(1),
    /** One citizen's journey before and after online transfer. */
    citizenJourney: z.array(figureSchema).default([]),
  })
  .superRefine((d, ctx) => {
    uniqueIds(d.volumes, ctx, ['volumes']);
    uniqueIds(d.citizenJourney, ctx, ['citizenJourney']);
  });

export type MigrationData = z.infer<typeof migrationSchema>;

export const migrationQuery = datasetQuery('migration.json', migrationSchema);
