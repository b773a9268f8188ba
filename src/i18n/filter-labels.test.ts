import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../filters/filters';
import { filtersInEffect } from './filter-labels';

describe('filtersInEffect', () => {
  it('is undefined with no data filter (language, theme and patterns are not filters)', () => {
    expect(filtersInEffect(DEFAULT_VIEW, 'zh')).toBeUndefined();
    const look: ViewState = { ...DEFAULT_VIEW, theme: 'dark', patterns: true, lang: 'en' };
    expect(filtersInEffect(look, 'en')).toBeUndefined();
  });
  it('names every filter in the filter bar’s labels, in the page language', () => {
    const view = {
      ...DEFAULT_VIEW,
      from: 2019,
      regions: ['zhejiang' as const],
      categories: ['cold-cases' as const],
    };
    expect(filtersInEffect(view, 'zh')).toBe('筛选:2019年起 · 浙江 · 命积案侦破');
    expect(filtersInEffect(view, 'en')).toBe('Filters: from 2019 · Zhejiang · Cold cases');
  });
  it('says a range, an end alone, a single year, several provinces and the metric', () => {
    expect(filtersInEffect({ ...DEFAULT_VIEW, from: 2010, to: 2015 }, 'zh')).toBe(
      '筛选:2010–2015年',
    );
    expect(filtersInEffect({ ...DEFAULT_VIEW, to: 2015 }, 'en')).toBe('Filters: to 2015');
    expect(filtersInEffect({ ...DEFAULT_VIEW, from: 2010, to: 2010 }, 'zh')).toBe('筛选:2010年');
    expect(
      filtersInEffect(
        { ...DEFAULT_VIEW, regions: ['shanghai', 'anhui'], metric: 'homicides' },
        'en',
      ),
    ).toBe('Filters: Shanghai, Anhui · Homicides');
  });
});
