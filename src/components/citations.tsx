import { createContext, type ReactNode, useContext } from 'react';
import type { Source } from '../data/common';
import type { ReportId } from '../data/reports';
import { setView } from '../filters/store';
import type { Lang } from '../i18n/lang';

/**
 * Citations: a sentence quoted under a panel, or a mark ("原句2") pointing at one, is a button that
 * opens the sentence in its report (the article reader, sentence-reader.tsx). A sentence is named
 * in the link as `sentence=<panel>.<n>`: the panel's n-th distinct sentence with no filter, so a
 * link names the same sentence whatever its filters.
 */

/** A panel's sentences as the reader and the link number them. */
export interface PanelCitations {
  panel: string;
  /** The panel's distinct sources with no filter, in first-seen order: n is the index + 1. */
  numbered: readonly Source[];
}

export const CitationContext = createContext<PanelCitations | undefined>(undefined);

const sameSource = (a: Source, b: Source) =>
  'report' in a && 'report' in b
    ? a.report === b.report && a.sentence === b.sentence
    : 'citation' in a && 'citation' in b && a.citation === b.citation;

/** The distinct sources, in first-seen order (as the source list and the marks number them). */
export function distinctSources(sources: readonly Source[]): Source[] {
  const out: Source[] = [];
  for (const s of sources) if (!out.some((o) => sameSource(o, s))) out.push(s);
  return out;
}

/** A sentence of the article, by its number in the panel: undefined when there is none (or it is a citation). */
export function numberedSentence(
  numbered: readonly Source[],
  n: number,
): { report: ReportId; sentence: string } | undefined {
  const s = numbered[n - 1];
  return s && 'report' in s ? s : undefined;
}

// The element that opened the reader, so that closing it gives the focus back there.
let opener: HTMLElement | undefined;

/** The citation that opened the reader (still in the page), if any; forgotten once read. */
export function takeOpener(): HTMLElement | undefined {
  const el = opener;
  opener = undefined;
  return el?.isConnected ? el : undefined;
}

const WORDS = {
  open: { zh: '在原文中阅读此句', en: 'Read this sentence in its report' },
} as const;

/**
 * A citation: a button that opens its sentence in the article reader, or (outside a panel, or for
 * a figure a deployer cited from elsewhere) its content as plain text.
 */
export function Citation({
  source,
  lang,
  className,
  label,
  children,
}: {
  source: Source;
  lang: Lang;
  className?: string;
  /** The button's hover text (default: "read this sentence in its report"). */
  label?: string;
  children: ReactNode;
}) {
  const citations = useContext(CitationContext);
  const n = citations ? citations.numbered.findIndex((s) => sameSource(s, source)) + 1 : 0;
  if (!citations || n === 0 || !('report' in source))
    return <span className={className}>{children}</span>;
  const ref = `${citations.panel}.${n}`;
  return (
    <button
      type="button"
      className={`citation${className ? ` ${className}` : ''}`}
      data-cite={ref}
      aria-haspopup="dialog"
      title={label ?? WORDS.open[lang]}
      onClick={(e) => {
        opener = e.currentTarget;
        setView({ sentence: ref });
      }}
    >
      {children}
    </button>
  );
}
