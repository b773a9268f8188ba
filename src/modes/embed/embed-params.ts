import { type ParamNotice, readLast } from '../../filters/url';
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

/** Reads the embed's own keys (panel, actions); parseView reads the rest of the same link. */
export function parseEmbed(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const raw = params.get('panel');
  const requested = raw === null ? undefined : raw.trim().slice(0, 60);
  const entry = requested ? PANELS.find((p) => p.id === requested) : undefined;
  const actionsRaw = readLast(params, 'actions', notices) ?? null;
  let actions = true;
  if (actionsRaw === '0' || actionsRaw === 'false') actions = false;
  else if (actionsRaw !== null && actionsRaw !== '1' && actionsRaw !== 'true')
    notices.push({ key: 'actions', raw: actionsRaw.slice(0, 40), reason: 'expected 1 or 0' });
  return { requested, entry, actions, notices };
}
