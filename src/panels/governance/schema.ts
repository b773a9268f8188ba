import * as z from 'zod/mini';
import { figureSchema, findingSchema, uniqueIds } from '../../data/common';
import { datasetQuery } from '../../data/load';

export const governanceSchema = z
  .strictObject({
    dataset: z.literal('governance'),
    description: z.optional(z.string()),
    figures: z.array(figureSchema).check(z.minLength(1, 'the list is empty')),
    findings: z._default(z.array(findingSchema), []),
  })
  .check(
    z.superRefine((d, ctx) => {
      uniqueIds(d.figures, ctx, ['figures']);
      uniqueIds(d.findings, ctx, ['findings']);
    }),
  );

export type GovernanceData = z.infer<typeof governanceSchema>;

export const governanceQuery = datasetQuery('governance.json', governanceSchema);
