import type { Problem } from './problems';
import { formatPath } from './problems';
import { REPORTS } from './reports';

/** The article's text with all white space removed: the page's line breaks joined, as a sentence is quoted. */
export function normaliseForMatch(text: string): string {
  return text.replace(/\s+/gu, '');
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads the number(s) in a figure as printed: "4.3万起" → [43000], "十三连冠" → [13], "百名" → [100],
 * "三四趟" → [3, 4], "同比下降70.6%" → [-70.6]. Returns undefined when the text holds no number it knows.
 */
export function readReportedNumber(reported: string): number[] | undefined {
  const sign = /下降|减少/.test(reported) ? -1 : 1;
  const arabic = reported.match(/(\d+(?:\.\d+)?)\s*(万)?/u);
  if (arabic?.[1]) return [sign * Number(arabic[1]) * (arabic[2] ? 10_000 : 1)];
  const han = reported.match(/[一二两三四五六七八九十百]+/u)?.[0];
  if (!han) return undefined;
  if (han === '百') return [100];
  if (han.includes('十')) {
    const [tens, ones] = han.split('十') as [string, string];
    return [
      sign * ((tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0)),
    ];
  }
  // Adjacent digits are a range in Chinese: 三四趟 is "three or four trips".
  const digits = [...han].map((c) => CN_DIGITS[c]);
  if (digits.some((d) => d === undefined)) return undefined;
  return digits.map((d) => sign * (d as number));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Each report's stretch of the normalised article: from its title to the next report's title (the
 * page prints them in order). A report whose title is not found has no stretch (checkReports says so).
 */
function reportStretches(text: string): Map<string, { from: number; to: number }> {
  const starts = Object.entries(REPORTS)
    .map(([id, r]) => ({ id, at: text.indexOf(normaliseForMatch(r.title.zh)) }))
    .filter((r) => r.at >= 0)
    .sort((a, b) => a.at - b.at);
  return new Map(
    starts.map((r, i) => [r.id, { from: r.at, to: starts[i + 1]?.at ?? text.length }]),
  );
}

/** The article as the checks read it: normalised, and its reports' stretches (the page checks each
 *  of its files against the same article: worked out once, not once per file). */
let lastArticle:
  | { article: string; text: string; stretches: ReturnType<typeof reportStretches> }
  | undefined;
function articleFor(article: string) {
  if (lastArticle?.article !== article) {
    const text = normaliseForMatch(article);
    lastArticle = { article, text, stretches: reportStretches(text) };
  }
  return lastArticle;
}

/** The report whose stretch holds the text from `at` to `end`, if one does. */
function reportHolding(
  stretches: Map<string, { from: number; to: number }>,
  at: number,
  end: number,
): string | undefined {
  for (const [id, s] of stretches) if (at >= s.from && end <= s.to) return id;
  return undefined;
}

/**
 * Checks every source sentence in a parsed data file against the article (word for word, and in the
 * report it names), and every printed figure
 * (`reported`) against its sentence and its stored value. Pure: the article text is passed in.
 */
export function checkProvenance(data: unknown, article: string): Problem[] {
  const { text, stretches } = articleFor(article);
  const problems: Problem[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        visit(child, [...path, i]);
      });
      return;
    }
    if (!isRecord(node)) return;
    const source = node.source;
    if (typeof node.sentence === 'string' && typeof node.report === 'string') {
      const sentence = normaliseForMatch(node.sentence);
      const at = text.indexOf(sentence);
      if (at < 0) {
        problems.push({
          path: formatPath([...path, 'sentence']),
          message: `this sentence is not in the article word for word: ${JSON.stringify(node.sentence.slice(0, 60))}`,
        });
      } else {
        const holder = reportHolding(stretches, at, at + sentence.length);
        if (holder && holder !== node.report)
          problems.push({
            path: formatPath([...path, 'report']),
            message: `this sentence is in report ${holder}, not in ${node.report}`,
          });
      }
    }
    if (
      typeof node.reported === 'string' &&
      isRecord(source) &&
      typeof source.sentence === 'string'
    ) {
      checkReported(node, node.reported, source.sentence, path, problems);
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  visit(data, []);
  return problems;
}

function checkReported(
  node: Record<string, unknown>,
  reported: string,
  sentence: string,
  path: PropertyKey[],
  problems: Problem[],
) {
  if (!normaliseForMatch(sentence).includes(normaliseForMatch(reported))) {
    problems.push({
      path: formatPath([...path, 'reported']),
      message: `"${reported}" does not stand in its source sentence`,
    });
    return;
  }
  const read = readReportedNumber(reported);
  if (!read || typeof node.value !== 'number') return;
  const stored = typeof node.valueHigh === 'number' ? [node.value, node.valueHigh] : [node.value];
  if (
    read.length !== stored.length ||
    read.some((n, i) => Math.abs(n - (stored[i] as number)) > 1e-9)
  ) {
    problems.push({
      path: formatPath([...path, 'value']),
      message: `the value ${stored.join('–')} does not match the printed figure "${reported}" (${read.join('–')})`,
    });
  }
}

/** Checks the report titles and bylines in code against the article. */
export function checkReports(article: string): Problem[] {
  const text = normaliseForMatch(article);
  return Object.entries(REPORTS).flatMap(([id, r]) =>
    [r.title.zh, r.byline]
      .filter((s) => !text.includes(normaliseForMatch(s)))
      .map((s) => ({ path: `reports.${id}`, message: `"${s}" is not in the article` })),
  );
}
