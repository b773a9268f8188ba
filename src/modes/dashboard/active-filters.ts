import type { ViewState } from '../../filters/link-keys';
import { CATEGORY_LABELS, METRIC_LABELS, REGION_LABELS } from '../../i18n/filter-labels';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { SHELL_WORDS as W } from './words';

/** One filter in effect, as a removable chip: its words and the patch that removes it. */
export interface ActiveFilter {
  /** Stable per filter value: `years`, `cat:cold-cases`, `region:zhejiang`, `metric`. */
  key: string;
  label: string;
  without: Partial<ViewState>;
}

/**
 * The filters in effect, one per chip, in the filter bar's order: the year range (one chip for
 * both ends), each category, each province, the crime metric when not the default. Their count is
 * the number on the phone's filter button.
 */
export function activeFilters(view: ViewState, lang: Lang): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const { from, to } = view;
  if (from !== undefined || to !== undefined) {
    const words =
      from !== undefined && to !== undefined
        ? W.yearsBoth
        : from !== undefined
          ? W.yearsFrom
          : W.yearsTo;
    out.push({
      key: 'years',
      label: fill(words[lang], { from: String(from ?? ''), to: String(to ?? '') }),
      without: { from: undefined, to: undefined },
    });
  }
  for (const c of view.categories)
    out.push({
      key: `cat:${c}`,
      label: CATEGORY_LABELS[c][lang],
      without: { categories: view.categories.filter((x) => x !== c) },
    });
  for (const r of view.regions)
    out.push({
      key: `region:${r}`,
      label: REGION_LABELS[r][lang],
      without: { regions: view.regions.filter((x) => x !== r) },
    });
  if (view.metric !== 'both')
    out.push({
      key: 'metric',
      label: METRIC_LABELS[view.metric][lang],
      without: { metric: 'both' },
    });
  return out;
}
