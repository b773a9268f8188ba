import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, markNumber } from './format';

// The formatters are written out (no Intl on the page's first screen); Intl is their reference here.
const intl = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, useGrouping: false }),
  zhCompact: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};
const VALUES = [
  0, 1, 7, 12, 87, 96.1, 99.95, 171, 1171, 1234.56, 9999, 9999.4, 10_000, 12_345, 43_000, 99_999,
  100_000, 1_234_567, 99_999_999, 100_000_000, 123_456_789, -3, -43_000, 0.04, 2.25,
];

describe('formatNumber', () => {
  it.each(VALUES)('prints %d as Intl does in zh and en', (v) => {
    expect(formatNumber(v, 'zh')).toBe(
      Math.abs(v) >= 10_000 ? intl.zhCompact.format(v) : intl.zh.format(v),
    );
    expect(formatNumber(v, 'en')).toBe(intl.en.format(v));
  });

  it('prints the article’s own figures as the article does', () => {
    expect(formatNumber(1171, 'zh')).toBe('1171');
    expect(formatNumber(43_000, 'zh')).toBe('4.3万');
    expect(formatNumber(43_000, 'en')).toBe('43,000');
  });
});

describe('formatPercent', () => {
  it('keeps one decimal and the sign of a change', () => {
    expect(formatPercent(96.1, 'zh')).toBe('96.1%');
    expect(formatPercent(87, 'en')).toBe('87.0%');
    expect(formatPercent(-70.6, 'zh', true)).toBe('−70.6%');
    expect(formatPercent(12.5, 'en', true)).toBe('+12.5%');
    expect(formatPercent(0, 'en', true)).toBe('0.0%');
  });
});

describe('markNumber', () => {
  it('uses circled numbers, then plain digits', () => {
    expect(markNumber(1)).toBe('①');
    expect(markNumber(20)).toBe('⑳');
    expect(markNumber(21)).toBe('21');
  });
});
