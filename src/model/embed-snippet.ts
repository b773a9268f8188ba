import { EMBED_KEYS, keysNotReadBy } from '../filters/link-keys';
import { escapeMarkup } from './escape';

/**
 * The HTML an intranet page editor pastes to show one panel: an iframe of embed.html and the host
 * script that sizes it (public/embed.js). The iframe needs no special attribute (embed.js finds it
 * by the window that posts), so a CMS that strips data-* keeps it working. Pure; every value is
 * HTML-escaped.
 */
export interface EmbedSnippetInput {
  /** The dashboard's address, ending in '/' (e.g. new URL('./', location.href).href). */
  baseUrl: string;
  /** The panel id (crime-trend, governance, …). */
  panel: string;
  /** The view to keep, as a query string (serializeView's output, with or without the leading '?'). */
  search: string;
  /** The iframe's accessible name: the panel's name in the reader's language. */
  title: string;
  /** Height in px before the host script sizes it (and for ever without the script). */
  height?: number;
}

/** Default iframe height in px: about one panel on a desktop page; the host script then fits it. */
export const EMBED_DEFAULT_HEIGHT = 640;

/** Keys the embed does not read (present mode's): left out of its URL. */
const NOT_FOR_THE_EMBED = keysNotReadBy('embed');
const PANEL_KEY = EMBED_KEYS.panel.name;

/**
 * The embed's URL: embed.html beside the dashboard, `panel` first, then the keys of the view the
 * embed reads (any panel in the view is replaced by this one).
 */
export function embedUrl(baseUrl: string, panel: string, search: string): string {
  const url = new URL('embed.html', baseUrl);
  const params = new URLSearchParams({ [PANEL_KEY]: panel });
  for (const [key, value] of new URLSearchParams(search))
    if (key !== PANEL_KEY && !NOT_FOR_THE_EMBED.has(key)) params.append(key, value);
  url.search = params.toString().replaceAll('%2C', ',');
  return url.href;
}

export function embedSnippet({
  baseUrl,
  panel,
  search,
  title,
  height = EMBED_DEFAULT_HEIGHT,
}: EmbedSnippetInput): string {
  const src = embedUrl(baseUrl, panel, search);
  const script = new URL('embed.js', baseUrl).href;
  const h = Number.isFinite(height) && height > 0 ? Math.round(height) : EMBED_DEFAULT_HEIGHT;
  return [
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${h}" loading="lazy" frameborder="0"></iframe>`,
    `<script src="${escapeMarkup(script)}" defer></script>`,
  ].join('\n');
}
