import type { PanelMeta } from '../contract';
import { governanceSchema } from './schema';

const facts = {
  id: 'governance',
  name: { zh: '基层治理成效', en: 'Grassroots governance results' },
  dataset: 'governance.json',
  schema: governanceSchema,
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions'],
  heights: { loading: 420 },
} as const;

/** What the view reads (its props); the registry and the deck also get load(). */
export type GovernanceMeta = typeof facts;

export const GOVERNANCE = {
  ...facts,
  load: () => import('./view'),
} satisfies PanelMeta;
