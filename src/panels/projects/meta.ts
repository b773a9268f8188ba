import type { PanelMeta } from '../contract';
import { cooperationSchema } from './schema';

const facts = {
  id: 'projects',
  name: { zh: '合作项目与机制', en: 'Projects and mechanism' },
  dataset: 'cooperation.json',
  schema: cooperationSchema,
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions'],
  heights: { loading: 480 },
} as const;

/** What the view reads (its props); the registry and the deck also get load(). */
export type ProjectsMeta = typeof facts;

export const PROJECTS = {
  ...facts,
  load: () => import('./view'),
} satisfies PanelMeta;
