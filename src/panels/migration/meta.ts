import type { PanelMeta } from '../contract';
import { migrationSchema } from './schema';

const facts = {
  id: 'migration',
  name: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
  dataset: 'migration.json',
  schema: migrationSchema,
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions'],
  heights: { loading: 420 },
} as const;

/** What the view reads (its props); the registry and the deck also get load(). */
export type MigrationMeta = typeof facts;

export const MIGRATION = {
  ...facts,
  load: () => import('./view'),
} satisfies PanelMeta;
