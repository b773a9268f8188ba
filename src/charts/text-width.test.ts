import { describe, expect, it } from 'vitest';
import { CHARACTERS, COLUMNS, LABEL_EM, textWidth, VALUE_EM, wrapLines } from './text-width';

describe('textWidth', () => {
  it('weighs wide and narrow characters by the measure', () => {
    expect(textWidth('湖州 2019', COLUMNS)).toBe(2 + 2 + 5);
    expect(textWidth('湖州 2019', CHARACTERS)).toBe(7);
    expect(textWidth('100项', VALUE_EM, 13)).toBeCloseTo(3 * 13 * 0.58 + 13);
  });

  it('counts curly quotes as wide only in a measure that says so', () => {
    expect(textWidth('“”', LABEL_EM)).toBe(2);
    expect(textWidth('“”', VALUE_EM)).toBeCloseTo(2 * 0.58);
  });
});

describe('wrapLines', () => {
  it('breaks at any character, a CJK character two columns wide', () => {
    expect(wrapLines('长三角警务', 4, COLUMNS)).toEqual(['长三', '角警', '务']);
    expect(wrapLines('abcdef', 4, COLUMNS)).toEqual(['abcd', 'ef']);
  });

  it('never starts a line with a closing mark: it stays with the line before', () => {
    expect(wrapLines('长三角,警务', 6, COLUMNS)).toEqual(['长三角,', '警务']);
    expect(wrapLines('《长三角》警务', 8, COLUMNS)).toEqual(['《长三角》', '警务']);
  });

  it('keeps words whole when asked, and leaves a text that fits as it is', () => {
    expect(wrapLines('one two three', 7, CHARACTERS, true)).toEqual(['one two', 'three']);
    expect(wrapLines('a  b', 10, CHARACTERS, true)).toEqual(['a  b']);
    expect(wrapLines('', 10, COLUMNS)).toEqual([]);
  });
});
