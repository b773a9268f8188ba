/**
 * One estimate of how wide a text is drawn, without measuring it in a browser (the options are
 * built in pure code, in tests and for exports). A character is either wide (CJK, full-width
 * forms; and in some measures the general punctuation block, whose curly quotes and dashes the
 * CJK fonts draw full-width) or narrow (Latin, digits); each caller says in its measure what
 * the two weigh, in its own unit. The measures differ on purpose: each keeps the layout its
 * tests pin down.
 */
export interface TextMeasure {
  /** Width of a wide character, in the measure's unit. */
  wide: number;
  /** Width of any other character, in the same unit. */
  narrow: number;
  /** Whether U+2000–U+206F (curly quotes, dashes, the ellipsis) counts as wide. */
  widePunctuation?: boolean;
}

const WIDE = /[\u2e80-\uffff]/;
/** Marks that close a phrase and never start a line (Chinese line breaking, 避头). */
const CLOSING = /^[,.;:!?)\]}、。，．；：！？）》」』】〕〉”’…]$/;
const WIDE_WITH_PUNCTUATION = /[\u2000-\u206f\u2e80-\uffff]/;

/** In ems, on the safe side for ECharts' labels (about a fifth more than Noto Sans averages). */
export const LABEL_EM: TextMeasure = { wide: 1, narrow: 0.55, widePunctuation: true };
/** In ems, for a value label beside a bar (a little wider for its digits). */
export const VALUE_EM: TextMeasure = { wide: 1, narrow: 0.58 };
/** In display columns, as a terminal counts them: a CJK character is two, any other one. */
export const COLUMNS: TextMeasure = { wide: 2, narrow: 1 };
/** In characters: every character is one, whatever its script. */
export const CHARACTERS: TextMeasure = { wide: 1, narrow: 1 };

/** Whether the measure counts the character as wide. */
export function isWide(ch: string, measure: TextMeasure): boolean {
  return (measure.widePunctuation ? WIDE_WITH_PUNCTUATION : WIDE).test(ch);
}

/** The text's width in the measure's unit times `scale` (an em measure times the font size in px is px),
 *  added to `from` (the width of what comes before it on the line). */
export function textWidth(text: string, measure: TextMeasure, scale = 1, from = 0): number {
  let w = from;
  for (const ch of text) w += (isWide(ch, measure) ? measure.wide : measure.narrow) * scale;
  return w;
}

/**
 * Breaks a text into lines at most `max` wide in the measure's unit: at any character, or with
 * `keepWords` (for a text with spaces) between words, which are joined again by one space. A text
 * that fits is one line as it is; an empty text is no line. A word or character wider than `max`
 * gets a line of its own. Broken at characters, a line never starts with a closing mark (,。)》”
 * and the like): it stays at the end of the line before, a little past `max`.
 */
export function wrapLines(
  text: string,
  max: number,
  measure: TextMeasure,
  keepWords = false,
): string[] {
  if (text === '') return [];
  if (textWidth(text, measure) <= max) return [text];
  const byWord = keepWords && /\s/.test(text);
  const pieces = byWord ? text.split(/\s+/) : [...text];
  const joiner = byWord ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  // The line's width so far, carried on character by character as textWidth adds them.
  let width = 0;
  for (const piece of pieces) {
    const nextWidth = line
      ? textWidth(piece, measure, 1, textWidth(joiner, measure, 1, width))
      : textWidth(piece, measure);
    if (line && nextWidth > max && !(joiner === '' && CLOSING.test(piece))) {
      lines.push(line);
      line = piece;
      width = textWidth(piece, measure);
    } else {
      line = line ? `${line}${joiner}${piece}` : piece;
      width = nextWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}
