import type { Source } from '../data/common';
import { REPORTS } from '../data/reports';
import type { Lang } from '../i18n/lang';

/** A source sentence with its report, de-duplicated, in first-seen order. */
export interface SourceEntry {
  /** The report's title, or the citation for a figure a deployer added from elsewhere. */
  origin: string;
  /** The verbatim sentence (article sources only). */
  sentence?: string;
}

export function sourceEntries(sources: readonly Source[], lang: Lang): SourceEntry[] {
  const seen = new Set<string>();
  const out: SourceEntry[] = [];
  for (const s of sources) {
    const entry: SourceEntry =
      'report' in s
        ? { origin: REPORTS[s.report].title[lang], sentence: s.sentence }
        : { origin: s.citation };
    const key = `${entry.origin}\u0000${entry.sentence ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/**
 * A verbatim sentence between quotation marks, once: a sentence that is itself a quotation (a
 * citizen's own words, “10多年前,我…”) keeps its own marks instead of getting a second pair.
 */
export function quoteSentence(sentence: string): string {
  return /^“[^“”]*”$/.test(sentence) ? sentence : `“${sentence}”`;
}

/** Each source as one line of speaker notes: “the verbatim sentence” — its report. */
export function sourceSentences(sources: readonly Source[], lang: Lang): string[] {
  return sourceEntries(sources, lang).map((e) =>
    e.sentence ? `${quoteSentence(e.sentence)} — ${e.origin}` : e.origin,
  );
}

/**
 * The lines printed under an exported image: the source line, the filters that shaped what it
 * shows (filter-labels.ts's filtersInEffect; none when unfiltered), then each sentence, quoted.
 */
export function exportFooter(
  sources: readonly Source[],
  lang: Lang,
  filters: string | undefined,
): string[] {
  const sentences = sourceEntries(sources, lang).flatMap((e) =>
    e.sentence ? [quoteSentence(e.sentence)] : [],
  );
  return [sourceLine(sources, lang), ...(filters ? [filters] : []), ...sentences];
}

/** The distinct origins of the sources (report titles, citations), in first-seen order. */
function origins(sources: readonly Source[], lang: Lang): string[] {
  return [...new Set(sourceEntries(sources, lang).map((e) => e.origin))];
}

const quote = (origin: string, lang: Lang) => (lang === 'zh' ? `《${origin}》` : `“${origin}”`);

/**
 * The one-line "Source:" text under a panel or an exported image, built from the data alone:
 * the distinct report titles, quoted, joined.
 */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const quoted = origins(sources, lang).map((o) => quote(o, lang));
  return lang === 'zh'
    ? `来源:${quoted.join('、')}(2020年6月)`
    : `Source: ${quoted.join('; ')} (June 2020)`;
}

/**
 * The source line of a slide, which has one line for it: the line itself for one report; for
 * several, the first and how many in all ("来源:《A》等3篇报道", "Sources: “A” and 2 more
 * reports"). The full list stays where there is room for it: the speaker notes give every
 * sentence with its report, and the closing slide lists the reports.
 */
export function shortSourceLine(sources: readonly Source[], lang: Lang): string {
  const all = origins(sources, lang);
  const [first] = all;
  if (first === undefined || all.length === 1) return sourceLine(sources, lang);
  const more = all.length - 1;
  return lang === 'zh'
    ? `来源:${quote(first, 'zh')}等${all.length}篇报道(2020年6月)`
    : `Sources: ${quote(first, 'en')} and ${more} more report${more > 1 ? 's' : ''} (June 2020)`;
}

/** A table row's sources in one CSV cell: each “sentence” — report, joined by " / ". */
export function sourceCell(sources: readonly Source[], lang: Lang): string {
  return sourceSentences(sources, lang).join(' / ');
}
