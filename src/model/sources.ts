import type { Source } from '../data/common';
import { REPORTS, type ReportId } from '../data/reports';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

/** A source sentence with its report, de-duplicated, in first-seen order. */
export interface SourceEntry {
  /** The report's title, or the citation for a figure a deployer added from elsewhere. */
  origin: string;
  /** The verbatim sentence (article sources only). */
  sentence?: string;
  /** The report it stands in (article sources only). */
  report?: ReportId;
}

export function sourceEntries(sources: readonly Source[], lang: Lang): SourceEntry[] {
  const seen = new Set<string>();
  const out: SourceEntry[] = [];
  for (const s of sources) {
    const entry: SourceEntry =
      'report' in s
        ? { origin: REPORTS[s.report].title[lang], sentence: s.sentence, report: s.report }
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
  return sourceEntries(sources, lang).map(sourceSentence);
}

export function sourceSentence(e: SourceEntry): string {
  return e.sentence ? `${quoteSentence(e.sentence)} — ${e.origin}` : e.origin;
}

/** A source's origin as a source line names it: the report's title or the citation, and its date. */
interface Origin {
  title: string;
  /** From the article (one of its four reports): dated by the article, June 2020. */
  article: boolean;
  /** A citation's own date ("2016", "2016-09"), when its data gives one. */
  date?: string;
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
function originsOf(sources: readonly Source[], lang: Lang): Origin[] {
  const seen = new Map<string, Origin>();
  for (const s of sources) {
    const origin: Origin =
      'report' in s
        ? { title: REPORTS[s.report].title[lang], article: true }
        : { title: s.citation, article: false, date: s.date };
    if (!seen.has(origin.title)) seen.set(origin.title, origin);
  }
  return [...seen.values()];
}

const quote = (origin: string, lang: Lang) => (lang === 'zh' ? `《${origin}》` : `“${origin}”`);

const ARTICLE_DATE = { zh: '2020年6月', en: 'June 2020' } as const;
const MONTHS_EN =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** A publication date as a source line says it: 2016年 / 2016年9月, 2016 / September 2016. */
export function publicationDate(date: string, lang: Lang): string {
  const [year, month] = date.split('-');
  if (!month) return lang === 'zh' ? `${year}年` : `${year}`;
  return lang === 'zh' ? `${year}年${Number(month)}月` : `${MONTHS_EN[Number(month) - 1]} ${year}`;
}

/** A citation as its source line names it: quoted, with its own date when it has one. */
function citedPart(o: Origin, lang: Lang): string {
  const date = o.date && publicationDate(o.date, lang);
  if (!date) return quote(o.title, lang);
  return lang === 'zh' ? `${quote(o.title, lang)}(${date})` : `${quote(o.title, lang)} (${date})`;
}

/**
 * The one-line "Source:" text under a panel or an exported image, built from the data alone:
 * the distinct report titles, quoted, joined, with the article's date; then each other source a
 * deployer added, with its own date (never the article's).
 */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const all = originsOf(sources, lang);
  const reports = all.filter((o) => o.article).map((o) => quote(o.title, lang));
  const cited = all.filter((o) => !o.article).map((o) => citedPart(o, lang));
  if (lang === 'zh') {
    const parts = reports.length > 0 ? [`${reports.join('、')}(${ARTICLE_DATE.zh})`] : [];
    return `来源:${[...parts, ...cited].join(';')}`;
  }
  const parts = reports.length > 0 ? [`${reports.join('; ')} (${ARTICLE_DATE.en})`] : [];
  return `Source: ${[...parts, ...cited].join('; ')}`;
}

/**
 * The source line of a slide, which has one line for it: the line itself for one source; for
 * several, the first and how many in all ("来源:《A》等3篇报道", "Sources: “A” and 2 more
 * reports"; "等3个来源" / "2 more sources" once one is not a report of the article). The full list
 * stays where there is room for it: the speaker notes give every sentence with its report, and the
 * closing slide lists the reports.
 */
export function shortSourceLine(sources: readonly Source[], lang: Lang): string {
  const all = originsOf(sources, lang);
  const [first] = all;
  if (first === undefined || all.length === 1) return sourceLine(sources, lang);
  const more = all.length - 1;
  const reports = all.every((o) => o.article);
  const firstPart = first.article ? quote(first.title, lang) : citedPart(first, lang);
  if (lang === 'zh')
    return reports
      ? `来源:${firstPart}等${all.length}篇报道(${ARTICLE_DATE.zh})`
      : `来源:${firstPart}等${all.length}个来源`;
  const what = reports ? 'report' : 'source';
  return `Sources: ${firstPart} and ${more} more ${what}${more > 1 ? 's' : ''}${reports ? ` (${ARTICLE_DATE.en})` : ''}`;
}

/** A source other than the article, as a data file cites it. */
export interface Citation {
  citation: string;
  date?: string;
}

/** Every citation in the datasets (a source a deployer added), once each, in file order. */
export function citationsIn(datasets: readonly unknown[]): Citation[] {
  const found = new Map<string, Citation>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.citation === 'string' && !found.has(o.citation))
        found.set(o.citation, {
          citation: o.citation,
          ...(typeof o.date === 'string' && { date: o.date }),
        });
      else for (const v of Object.values(o)) walk(v);
    }
  };
  walk(datasets);
  return [...found.values()];
}

/**
 * The page's footer on where the figures come from: the article's four reports, and every other
 * source the data files cite, named with its own date (or the footer would say that every figure
 * comes from the newspaper).
 */
export function footerText(citations: readonly Citation[], lang: Lang): string {
  if (citations.length === 0) return t(lang, 'footer');
  const named = citations.map((c) =>
    citedPart({ title: c.citation, article: false, ...(c.date && { date: c.date }) }, lang),
  );
  return lang === 'zh'
    ? `数字来自2020年6月浙江一家报纸同一版面的四篇报道(每个数字均可查看原句),以及数据文件另注的来源:${named.join('、')}。`
    : `Figures come from four reports on one page of a Zhejiang newspaper, June 2020 (each links to its sentence), and from the other sources the data files cite: ${named.join('; ')}.`;
}

/** A table row's sources in one CSV cell: each “sentence” — report, joined by " / ". */
export function sourceCell(sources: readonly Source[], lang: Lang): string {
  return sourceSentences(sources, lang).join(' / ');
}
