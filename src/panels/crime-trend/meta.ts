import type { QueryClient } from '@tanstack/react-query';
import { crimeQuery, crimeSchema } from '../../data/crime';
import { timelineQuery } from '../../data/timeline';
import type { PanelMeta } from '../contract';
import * as view from './view';

const facts = {
  id: 'crime-trend',
  name: { zh: '湖州刑事案件与命案', en: 'Huzhou: criminal cases and homicides' },
  dataset: 'crime.json',
  schema: crimeSchema,
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions', 'metric'],
  heights: { loading: 460 },
} as const;

/** What the view reads (its props); the deck also gets load() and data(). */
export type CrimeTrendMeta = typeof facts;

/**
 * The first panel. Its view is in the page's own chunk (modes/panel-registry.tsx imports it), so
 * its load() hands over the module already there (a dynamic import of it could split nothing off,
 * and the bundler warned so on every build). It also reads timeline.json, for the milestones, and draws without it.
 */
export const CRIME_TREND = {
  ...facts,
  load: async () => view,
  data: async (client: QueryClient) => ({
    crime: await client.fetchQuery(crimeQuery),
    // As on the page: the milestones are a bonus, a broken timeline leaves the chart without them.
    timeline: await client.fetchQuery(timelineQuery).catch(() => undefined),
  }),
} satisfies PanelMeta;
