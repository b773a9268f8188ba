import { z } from 'zod';
import { figureSchema, findingSchema, uniqueIds } from './common';
import { datasetQuery } from './load';

export const governanceSchema = z
  .strictObject({
    dataset: z.literal('governance'),
    description: z.string().optional(),
    figures: z.array(figureSchema).min(1),
    findings: z.array(findingSchema).default([]),
  })
  .superRefine((d, ctx) => {
    uniqueIds(d.figures, ctx, ['figures']);
    uniqueIds(d.findings, ctx, ['findings']);
  });

export type GovernanceData = z.infer<typeof governanceSchema>;

export const governanceQuery = datasetQuery('governance.json', governanceSchema);
