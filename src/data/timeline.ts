import * as z from 'zod/mini';
import {
  figureSchema,
  idSchema,
  labelSchema,
  periodSchema,
  placeListSchema,
  sourceSchema,
  uniqueIds,
} from './common';
import { datasetQuery } from './load';

/** The lanes of the timeline. Labels live in i18n; a data file naming any other category is an error. */
export const EVENT_CATEGORIES = [
  'regional-cooperation',
  'service-reform',
  'cold-cases',
  'judicial-cooperation',
  'grassroots-governance',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

const eventSchema = z.strictObject({
  id: idSchema,
  label: labelSchema,
  date: periodSchema,
  category: z.enum(EVENT_CATEGORIES),
  places: placeListSchema,
  detail: z.optional(labelSchema),
  /** For a solved cold case: the day the crime happened, as the article writes it ("1995.11.29"). */
  caseDate: z.optional(
    z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/, 'a case date is written YYYY-MM-DD')),
  ),
  figures: z.optional(z.array(figureSchema)),
  sources: z
    .array(sourceSchema)
    .check(z.minLength(1, 'every event needs at least one source sentence')),
});

export const timelineSchema = z
  .strictObject({
    dataset: z.literal('timeline'),
    description: z.optional(z.string()),
    events: z.array(eventSchema).check(z.minLength(1, 'the list is empty')),
  })
  .check(z.superRefine((d, ctx) => uniqueIds(d.events, ctx, ['events'])));

export type TimelineData = z.infer<typeof timelineSchema>;
export type TimelineEvent = TimelineData['events'][number];

export const timelineQuery = datasetQuery('timeline.json', timelineSchema);
