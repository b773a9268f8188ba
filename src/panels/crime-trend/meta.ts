import type { PanelMeta } from '../contract';

/**
 * The first panel. Its view is in the page's own chunk (modes/panel-registry.tsx), so it has no
 * load(). It also reads timeline.json, for the milestones, and draws without it.
 */
export const CRIME_TREND = {
  id: 'crime-trend',
  name: { zh: '湖州刑事案件与命案', en: 'Huzhou: criminal cases and homicides' },
  dataset: 'crime.json',
  viewKeys: ['lang', 'from', 'to', 'categories', 'regions', 'metric'],
  heights: { loading: 460 },
} as const satisfies PanelMeta;

export type CrimeTrendMeta = typeof CRIME_TREND;
