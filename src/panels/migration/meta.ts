import type { PanelMeta } from '../contract';

const facts = {
  id: 'migration',
  name: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
  dataset: 'migration.json',
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions'],
  heights: { loading: 420 },
} as const;

/** What the view reads (its props); the registry also gets load() and the deck content(). */
export type MigrationMeta = typeof facts;

export const MIGRATION = {
  ...facts,
  load: async () => (await import('./view')).MigrationPanel,
  content: async () => (await import('./view')).content,
} satisfies PanelMeta;
