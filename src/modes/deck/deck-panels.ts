import type { QueryClient } from '@tanstack/react-query';
import type { PanelContent, PanelMeta, PanelModel, ViewKey } from '../../panels/contract';
import { PANELS, panelFileQuery } from '../panel-registry';

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

/**
 * The panels in the order of the show: the registry's PANELS, each read from its meta (its content
 * from its view module, so the deck adds no chunk of its own to what the dashboard loads; its data
 * the meta's data(), or else its own dataset, with the same query, key and checks as the panel's).
 */
export const DECK_PANELS: readonly DeckPanel[] = PANELS.map(({ meta }) => ({
  meta,
  content: async () => (await meta.load()).content,
  load: (client) => meta.data?.(client) ?? client.fetchQuery(panelFileQuery(meta.dataset)),
}));
