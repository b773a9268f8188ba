import { DatasetError } from '../data/problems';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** How many of a file's problems a failed panel lists; the rest are counted (`… +3`). */
export const PROBLEMS_SHOWN = 8;

/**
 * The first line of a failed panel, in the reader's language: its data file could not be had, it
 * arrived and is wrong, or (any other error) the panel itself failed. The panel on the page says
 * it (panel-state.tsx), and so does the panel's slide in the PPTX deck.
 */
export function panelErrorHeading(error: unknown, lang: Lang): string {
  if (!(error instanceof DatasetError)) return t(lang, 'renderError');
  return t(lang, error.kind === 'fetch' ? 'fetchError' : 'dataError');
}
