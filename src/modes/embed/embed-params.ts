import { EMBED_KEYS } from '../../filters/link-keys';
import { type ParamNotice, readKeys } from '../../filters/url';
import { PANELS, type PanelEntry } from '../panel-registry';

/** The message an embed posts to its parent page; the host script (public/embed.js) reads it. */
export const RESIZE_MESSAGE = 'yrd-dashboard:resize';

/** What an embed link asks for beyond the view: which panel, and whether its action buttons show. */
export interface EmbedRequest {
  /** The `panel` value as given (cut to 60 characters), or undefined when there is none. */
  requested: string | undefined;
  /** The registered panel it names, if any. */
  entry: PanelEntry | undefined;
  /** `actions=0` hides the panel's buttons (table, downloads, copy link) and the dashboard link. */
  actions: boolean;
  notices: ParamNotice[];
}

/**
 * Reads the embed's own keys (panel, actions) as the table of link keys says; parseView reads the
 * rest of the same link. A panel name that is not registered gets the embed's own message (which
 * lists the valid ones), not a notice.
 */
export function parseEmbed(search: string): EmbedRequest {
  const notices: ParamNotice[] = [];
  const { panel, actions } = readKeys(EMBED_KEYS, new URLSearchParams(search), notices);
  const entry = panel ? PANELS.find((p) => p.id === panel) : undefined;
  return { requested: panel, entry, actions, notices };
}
