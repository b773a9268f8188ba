import type { CrossFilter } from '../filters/cross-filters';
import { CATEGORY_LABELS, REGION_LABELS } from './filter-labels';
import { fill } from './format';
import type { Lang } from './lang';

const WORDS = {
  filteredTo: { zh: '已按{what}筛选', en: 'Filtered to {what}' },
  year: { zh: ' {year} 年', en: '{year}' },
  named: { zh: '“{name}”', en: '{name}' },
  undo: { zh: '{chip},点击撤销此筛选', en: '{chip}: remove this filter' },
  group: { zh: '从此面板设置的筛选', en: 'Filters set from this panel' },
} as const;

/** "已按 2010 年筛选" / "Filtered to 2010": what the chip beside a chart says. */
export function crossFilterLabel(f: CrossFilter, lang: Lang): string {
  const what =
    f.key === 'years'
      ? fill(WORDS.year[lang], { year: f.year })
      : fill(WORDS.named[lang], {
          name: (f.key === 'categories' ? CATEGORY_LABELS[f.value] : REGION_LABELS[f.value])[lang],
        });
  return fill(WORDS.filteredTo[lang], { what });
}

/** The chip's accessible name: what it says, and that a press removes the filter. */
export function crossFilterUndoLabel(f: CrossFilter, lang: Lang): string {
  return fill(WORDS.undo[lang], { chip: crossFilterLabel(f, lang) });
}

/** The chips' group name. */
export function crossFilterGroupLabel(lang: Lang): string {
  return WORDS.group[lang];
}
