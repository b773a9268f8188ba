import { timelineSchema } from '../../data/timeline';
import type { PanelMeta } from '../contract';

const facts = {
  id: 'timeline',
  name: { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' },
  dataset: 'timeline.json',
  schema: timelineSchema,
  // The theme too: the lane buttons carry the chart palette's colours.
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions', 'event', 'theme'],
  heights: { loading: 420 },
} as const;

/** What the view reads (its props); the registry and the deck also get load(). */
export type TimelineMeta = typeof facts;

export const TIMELINE = {
  ...facts,
  load: () => import('./view'),
} satisfies PanelMeta;
