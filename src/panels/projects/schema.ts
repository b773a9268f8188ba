import * as z from 'zod/mini';
import {
  checkFigure,
  figureShape,
  idSchema,
  labelSchema,
  sourceSchema,
  uniqueIds,
} from '../../data/common';
import { datasetQuery } from '../../data/load';

/** Figures grouped as the plan's work (tasks, agreements, projects) or the mechanism's size. */
const cooperationFigureSchema = z
  .extend(figureShape, { group: z.enum(['work', 'mechanism']) })
  .check(z.superRefine(checkFigure));

/** A project or agreement the article names (it names 3 of the 10 projects and 3 of the 26 agreements). */
const namedItemSchema = z.strictObject({
  id: idSchema,
  /** The id of the figure this item is one of. */
  of: idSchema,
  area: z.enum(['service-reform', 'security', 'technology', 'crime-fighting']),
  label: labelSchema,
  source: sourceSchema,
});

export const cooperationSchema = z
  .strictObject({
    dataset: z.literal('cooperation'),
    description: z.optional(z.string()),
    figures: z.array(cooperationFigureSchema).check(z.minLength(1, 'the list is empty')),
    namedItems: z._default(z.array(namedItemSchema), []),
  })
  .check(
    z.superRefine((d, ctx) => {
      uniqueIds(d.figures, ctx, ['figures']);
      uniqueIds(d.namedItems, ctx, ['namedItems']);
      const ids = new Set(d.figures.map((f) => f.id));
      d.namedItems.forEach((item, i) => {
        if (!ids.has(item.of))
          ctx.addIssue({
            code: 'custom',
            path: ['namedItems', i, 'of'],
            message: `"${item.of}" is not the id of a figure in this file`,
          });
      });
    }),
  );

export type CooperationData = z.infer<typeof cooperationSchema>;

export const cooperationQuery = datasetQuery('cooperation.json', cooperationSchema);
