import * as z from 'zod/mini';
import { figureSchema, sourceSchema, uniqueIds } from '../../data/common';
import { datasetQuery } from '../../data/load';
import { PLACE_IDS } from '../../data/places';

export const migrationSchema = z
  .strictObject({
    dataset: z.literal('migration'),
    description: z.optional(z.string()),
    /** The cities where online transfer runs first. */
    cities: z
      .array(z.strictObject({ place: z.enum(PLACE_IDS), source: sourceSchema }))
      .check(z.minLength(1, 'name at least one city')),
    /** Yearly volumes of registration transfers. */
    volumes: z.array(figureSchema).check(z.minLength(1, 'the list is empty')),
    /** One citizen's journey before and after online transfer. */
    citizenJourney: z._default(z.array(figureSchema), []),
  })
  .check(
    z.superRefine((d, ctx) => {
      uniqueIds(d.volumes, ctx, ['volumes']);
      uniqueIds(d.citizenJourney, ctx, ['citizenJourney']);
    }),
  );

export type MigrationData = z.infer<typeof migrationSchema>;

export const migrationQuery = datasetQuery('migration.json', migrationSchema);
