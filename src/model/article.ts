import { normaliseForMatch } from '../data/provenance';
import { REPORTS, type ReportId } from '../data/reports';

/**
 * One report of the source article as the article reader shows it: its paragraphs, the page's
 * mid-sentence line breaks joined, its byline left out (the reader's header carries it). Pure:
 * the article's text is passed in.
 */

/** How a paragraph ends a sentence: 。;, a closing quote or bracket, a dash, an ellipsis. */
const ENDS_A_SENTENCE = /[。;;!!??”’)〕》—…]$/u;
/** Shorter than this and not ending a sentence: a subtitle or a byline line, not a broken sentence. */
const SHORT_LINE = 12;

const stripHeading = (line: string) => line.replace(/^#+\s*/u, '').trim();

/** The line numbers of the reports' titles in the article, in page order. */
function titleLines(lines: readonly string[]): { id: ReportId; line: number }[] {
  const titles = Object.entries(REPORTS).map(([id, r]) => ({
    id: id as ReportId,
    title: normaliseForMatch(r.title.zh),
  }));
  const found: { id: ReportId; line: number }[] = [];
  lines.forEach((line, i) => {
    const text = normaliseForMatch(stripHeading(line));
    const hit = titles.find((t) => t.title === text);
    if (hit && !found.some((f) => f.id === hit.id)) found.push({ id: hit.id, line: i });
  });
  return found;
}

/**
 * The report's paragraphs, from the line after its title to the next report's title. A line
 * that breaks off mid-sentence (the newspaper's column breaks: "…公布20个月以来," then
 * "13次排名全省第一") is joined to the next, so that every quoted sentence stands inside one
 * paragraph. Undefined when the article has no such title.
 */
export function reportParagraphs(article: string, report: ReportId): string[] | undefined {
  const lines = article.split(/\r?\n/u);
  const titles = titleLines(lines);
  const at = titles.findIndex((t) => t.id === report);
  const start = titles[at];
  if (!start) return undefined;
  const end = titles[at + 1]?.line ?? lines.length;
  const byline = normaliseForMatch(REPORTS[report].byline);
  const paragraphs: string[] = [];
  let open = false;
  for (const raw of lines.slice(start.line + 1, end)) {
    const line = raw.trim();
    // The byline (its lines, anywhere: a short report prints it last) is in the reader's header.
    if (line === '' || byline.includes(normaliseForMatch(line))) continue;
    const last = paragraphs.length - 1;
    if (open && last >= 0) paragraphs[last] = `${paragraphs[last]}${line}`;
    else paragraphs.push(line);
    const now = paragraphs[paragraphs.length - 1] as string;
    open = !ENDS_A_SENTENCE.test(now) && now.length > SHORT_LINE;
  }
  return paragraphs;
}

/** How strongly a stretch of text is marked: 0 not, 1 another sentence of the panel, 2 the sentence asked for. */
export type MarkLevel = 0 | 1 | 2;

export interface TextRun {
  text: string;
  level: MarkLevel;
}

/**
 * A paragraph cut into runs by the sentences to mark (found word for word, white space and line
 * breaks ignored, as a sentence is quoted): where two overlap, the stronger mark wins, so the
 * sentence asked for is always one whole run.
 */
export function markedRuns(
  paragraph: string,
  marks: readonly { sentence: string; level: 1 | 2 }[],
): TextRun[] {
  // Where each non-space character of the paragraph stands in it.
  const at: number[] = [];
  let squeezed = '';
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i] as string;
    if (/\s/u.test(c)) continue;
    at.push(i);
    squeezed += c;
  }
  const levels: MarkLevel[] = Array.from({ length: paragraph.length }, () => 0);
  for (const { sentence, level } of marks) {
    const wanted = normaliseForMatch(sentence);
    const from = wanted === '' ? -1 : squeezed.indexOf(wanted);
    if (from < 0) continue;
    const first = at[from] as number;
    const last = at[from + wanted.length - 1] as number;
    for (let i = first; i <= last; i++) if ((levels[i] as MarkLevel) < level) levels[i] = level;
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const level = levels[i] as MarkLevel;
    const prev = runs[runs.length - 1];
    if (prev && prev.level === level) prev.text += paragraph[i];
    else runs.push({ text: paragraph[i] as string, level });
  }
  return runs;
}

/** Whether a paragraph holds the sentence (word for word, white space ignored). */
export function holdsSentence(paragraph: string, sentence: string): boolean {
  const wanted = normaliseForMatch(sentence);
  return wanted !== '' && normaliseForMatch(paragraph).includes(wanted);
}
