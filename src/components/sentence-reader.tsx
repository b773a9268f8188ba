import type { Source } from '../data/common';
import { readSentenceRef } from '../filters/link-keys';
import { setView } from '../filters/store';
import type { Lang } from '../i18n/lang';
import { distinctSources, numberedSentence, takeOpener } from './citations';
import { useLazyModule } from './use-lazy-module';
import { useUi } from './use-ui';

// The reader is a chunk of its own, fetched on its first opening (or a link that names a sentence).
const loadReader = () => import('./article-reader');

/**
 * The article reader of one panel, open while the link names one of its sentences
 * (`sentence=<panel>.<n>`). A name the panel does not have is the page's to refuse
 * (modes/use-known-sentence.ts); here it opens nothing.
 */
export function SentenceReader({
  panel,
  lang,
  numbered,
  current,
}: {
  panel: string;
  lang: Lang;
  /** The panel's distinct sources with no filter: what `n` counts. */
  numbered: readonly Source[];
  /** The sources the panel shows now: the other sentences the reader marks. */
  current: readonly Source[];
}) {
  const ref = readSentenceRef(useUi((s) => s.view.sentence));
  const target = ref?.panel === panel ? numberedSentence(numbered, ref.n) : undefined;
  const reader = useLazyModule(loadReader, target !== undefined);
  if (!ref || !target || !reader) return null;
  const others = distinctSources(current).flatMap((s) =>
    'report' in s && s.report === target.report && s.sentence !== target.sentence
      ? [s.sentence]
      : [],
  );
  return (
    <reader.ArticleReader
      lang={lang}
      report={target.report}
      sentence={target.sentence}
      others={others}
      onClose={() => closeReader(panel, ref.n)}
    />
  );
}

/** Whether an element can take the focus: laid out, and not inside a closed <details> (its summary can). */
const shown = (el: Element | null | undefined): el is HTMLElement =>
  el instanceof HTMLElement &&
  el.getClientRects().length > 0 &&
  (el.tagName === 'SUMMARY' || !el.closest('details:not([open])'));

/**
 * Closes the reader and gives the focus back to the citation that opened it; opened from a link,
 * to that sentence's citation in the panel (a mark, or the sentence in the open list), else the
 * panel's "show the sentences".
 */
function closeReader(panel: string, n: number) {
  const scope = document.querySelector(`[data-panel="${panel}"]`);
  const back = [
    takeOpener(),
    ...(scope?.querySelectorAll(`[data-cite="${panel}.${n}"]`) ?? []),
    scope?.querySelector('.panel-source summary'),
  ].find(shown);
  setView({ sentence: undefined });
  back?.focus();
}
