import { DatasetError, isFetchFailure } from '../data/problems';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** How many of a file's problems a failed panel lists; the rest are counted (`… +3`). */
const PROBLEMS_SHOWN = 8;

/**
 * The problems a failed panel lists, and the line that counts the rest (`… +3`, or none): the
 * panel on the page (panel-state.tsx) and its slide in the PPTX deck list the same ones.
 */
export function listedProblems<P>(problems: readonly P[]): { listed: readonly P[]; more?: string } {
  const rest = problems.length - PROBLEMS_SHOWN;
  return { listed: problems.slice(0, PROBLEMS_SHOWN), more: rest > 0 ? `… +${rest}` : undefined };
}

/**
 * The first line of a failed panel, in the reader's language: its data file could not be had, it
 * arrived and is wrong, or (any other error) the panel itself failed. The panel on the page says
 * it (panel-state.tsx), and so does the panel's slide in the PPTX deck.
 */
export function panelErrorHeading(error: unknown, lang: Lang): string {
  if (!(error instanceof DatasetError)) return t(lang, 'renderError');
  return t(lang, isFetchFailure(error) ? 'fetchError' : 'dataError');
}
