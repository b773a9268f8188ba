import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../filters/link-keys';
import { activeFilters } from './active-filters';

describe('activeFilters', () => {
  it('lists nothing for the default view', () => {
    expect(activeFilters(DEFAULT_VIEW, 'zh')).toEqual([]);
  });

  it('gives one chip per filter value, in the filter bar order, each removing only itself', () => {
    const view = {
      ...DEFAULT_VIEW,
      from: 2018,
      to: 2020,
      categories: ['cold-cases', 'service-reform'] as typeof DEFAULT_VIEW.categories,
      regions: ['zhejiang'] as typeof DEFAULT_VIEW.regions,
      metric: 'homicides' as const,
    };
    const zh = activeFilters(view, 'zh');
    expect(zh.map((f) => f.label)).toEqual([
      '2018–2020年',
      '命积案侦破',
      '便民服务改革',
      '浙江',
      '命案',
    ]);
    expect(zh[0]?.without).toEqual({ from: undefined, to: undefined });
    expect(zh[1]?.without).toEqual({ categories: ['service-reform'] });
    expect(zh[3]?.without).toEqual({ regions: [] });
    expect(zh[4]?.without).toEqual({ metric: 'both' });
    expect(activeFilters(view, 'en').map((f) => f.label)).toEqual([
      '2018–2020',
      'Cold cases',
      'Service reform',
      'Zhejiang',
      'Homicides',
    ]);
  });

  it('names an open-ended year range by its one end', () => {
    expect(activeFilters({ ...DEFAULT_VIEW, from: 2019 }, 'zh')[0]?.label).toBe('2019年起');
    expect(activeFilters({ ...DEFAULT_VIEW, to: 2010 }, 'en')[0]?.label).toBe('To 2010');
  });
});
