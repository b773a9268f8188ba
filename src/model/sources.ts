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

/** Each source as one line of speaker notes: “the verbatim sentence” — its report. */
export function sourceSentences(sources: readonly Source[], lang: Lang): string[] {
  return sourceEntries(sources, lang).map((e) =>
    e.sentence ? `“${e.sentence}” — ${e.origin}` : e.origin,
  );
}

/**
 * The one-line "Source:" text under a panel or an exported image, built from the data alone:
 * the distinct report titles, quoted, joined.
 */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const origins = [...new Set(sourceEntries(sources, lang).map((e) => e.origin))];
  const quoted = origins.map((o) => (lang === 'zh' ? `《${o}》` : `“${o}”`));
  return lang === 'zh'
    ? `来源:${quoted.join('、')}(2020年6月)`
    : `Source: ${quoted.join('; ')} (June 2020)`;
}
