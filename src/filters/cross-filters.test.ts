import { beforeEach, describe, expect, it } from 'vitest';
import { crossFilterLabel } from '../i18n/cross-filter';
import {
  crossFilterStore,
  filterYearFromPanel,
  toggleFromPanel,
  undoCrossFilter,
} from './cross-filters';
import { DEFAULT_VIEW } from './link-keys';
import { resetFilters, setView, uiStore } from './store';

const view = () => uiStore.getState().view;
const chips = () => crossFilterStore.getState().list;

describe('filters set from a panel, and their undo chips', () => {
  beforeEach(() => {
    uiStore.setState({ view: DEFAULT_VIEW, notices: [] });
    crossFilterStore.setState({ list: [] });
  });

  it('a year set from a point is remembered with the range before it; the undo puts that range back', () => {
    setView({ from: 2008, to: 2019 });
    filterYearFromPanel('crime-trend', 2010);
    expect([view().from, view().to]).toEqual([2010, 2010]);
    const [chip] = chips();
    expect(chip).toEqual({
      panel: 'crime-trend',
      key: 'years',
      year: 2010,
      before: { from: 2008, to: 2019 },
    });
    expect(chip && crossFilterLabel(chip, 'zh')).toBe('已按 2010 年筛选');
    expect(chip && crossFilterLabel(chip, 'en')).toBe('Filtered to 2010');
    if (chip) undoCrossFilter(chip);
    expect([view().from, view().to]).toEqual([2008, 2019]);
    expect(chips()).toEqual([]);
  });

  it('a chip toggles its value for every panel; the undo takes out that value alone', () => {
    setView({ categories: ['service-reform'] });
    toggleFromPanel('timeline', 'categories', 'cold-cases');
    expect(view().categories).toEqual(['service-reform', 'cold-cases']);
    const [chip] = chips();
    expect(chip && crossFilterLabel(chip, 'zh')).toBe('已按“命积案侦破”筛选');
    if (chip) undoCrossFilter(chip);
    expect(view().categories).toEqual(['service-reform']);
    // Pressed again, the panel's chip switches the value off, and its undo chip goes with it.
    toggleFromPanel('migration', 'regions', 'anhui');
    expect(chips().map((c) => c.panel)).toEqual(['migration']);
    toggleFromPanel('migration', 'regions', 'anhui');
    expect(view().regions).toEqual([]);
    expect(chips()).toEqual([]);
  });

  it('a filter changed elsewhere drops its chip, which then never undoes anything', () => {
    filterYearFromPanel('crime-trend', 2019);
    toggleFromPanel('timeline', 'categories', 'cold-cases');
    setView({ to: 2020 });
    expect(chips().map((c) => c.key)).toEqual(['categories']);
    resetFilters();
    expect(chips()).toEqual([]);
  });
});
