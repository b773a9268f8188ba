import type { QueryClient } from '@tanstack/react-query';
import { crimeQuery } from '../../data/crime';
import { timelineQuery } from '../../data/timeline';
import type { PanelContent, PanelMeta, PanelModel, ViewKey } from '../../panels/contract';
import { CRIME_TREND } from '../../panels/crime-trend/meta';
import { fileQuery } from '../../panels/datasets';
import { GOVERNANCE } from '../../panels/governance/meta';
import { MIGRATION } from '../../panels/migration/meta';
import { PROJECTS } from '../../panels/projects/meta';
import { TIMELINE } from '../../panels/timeline/meta';

/** A panel's meta and its content, as the slides are made from them. */
export interface ReadyPanel {
  meta: PanelMeta;
  content: PanelContent<unknown, PanelModel, ViewKey>;
}

/** One panel as the deck reads it: its meta, its pure content, and how to get its data. */
export interface DeckPanel {
  meta: PanelMeta;
  /** The panel's content, from its view's chunk (the one the page loads to show it). */
  content(): Promise<PanelContent<unknown, PanelModel, ViewKey>>;
  /** The panel's data through the page's query client: what is loaded already is not fetched again. */
  load(client: QueryClient): Promise<unknown>;
}

/** A panel that draws its own dataset (the same query, key and checks as the panel's). */
function ownDataset(meta: PanelMeta, content: DeckPanel['content']): DeckPanel {
  return {
    meta,
    content,
    load: (client) => client.fetchQuery(fileQuery(meta.dataset)),
  };
}

/**
 * The panels in the order of the show (modes/panel-registry.tsx's PANELS; a unit test holds the
 * two lists to the same ids). Each content comes from the panel's view module, so the deck adds no
 * chunk of its own to what the dashboard loads.
 */
export const DECK_PANELS: readonly DeckPanel[] = [
  {
    meta: CRIME_TREND,
    content: async () => (await import('../../panels/crime-trend/view')).content,
    load: async (client) => ({
      crime: await client.fetchQuery(crimeQuery),
      // As on the slide: the milestones are a bonus, a broken timeline leaves the chart without them.
      timeline: await client.fetchQuery(timelineQuery).catch(() => undefined),
    }),
  },
  ownDataset(GOVERNANCE, async () => (await import('../../panels/governance/view')).content),
  ownDataset(TIMELINE, async () => (await import('../../panels/timeline/view')).content),
  ownDataset(PROJECTS, async () => (await import('../../panels/projects/view')).content),
  ownDataset(MIGRATION, async () => (await import('../../panels/migration/view')).content),
];
