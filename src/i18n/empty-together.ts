import { fill, listOf } from './format';
import type { Lang } from './lang';

type Words = { readonly zh: string; readonly en: string };

/** The filters an empty panel's reason can name together. */
export type FilterName = 'regions' | 'years' | 'categories';

const FILTER_NAMES: Record<FilterName, Words> = {
  categories: { zh: '所选类别', en: 'the selected categories' },
  regions: { zh: '所选省份', en: 'the selected provinces' },
  years: { zh: '所选年份', en: 'the selected years' },
};

const NONE_TOGETHER: Words = {
  zh: '{filters}同时筛选后没有{one};单独按其中任何一项筛选都有{some}。',
  en: 'No {one} matches {filters} together; each of them alone leaves {some}.',
};

/** "A和B", "A、B和C" / "A and B", "A, B and C". */
export function andList(items: readonly string[], lang: Lang): string {
  const last = items[items.length - 1] ?? '';
  if (items.length < 2) return last;
  return `${listOf(items.slice(0, -1), lang)}${lang === 'zh' ? '和' : ' and '}${last}`;
}

/**
 * Why a panel is empty when its filters leave nothing only together (model/emptied-by.ts:
 * emptyCause): naming the last of them alone, with what the data holds for it, would contradict
 * itself ("no figures in the selected categories; the figures belong to 'service reform'").
 */
export function noneTogether(
  filters: readonly FilterName[],
  noun: { one: Words; some: Words },
  lang: Lang,
): string {
  return fill(NONE_TOGETHER[lang], {
    filters: andList(
      filters.map((f) => FILTER_NAMES[f][lang]),
      lang,
    ),
    one: noun.one[lang],
    some: noun.some[lang],
  });
}

/** The figure panels' (governance, projects) empty codes, by the filter each names. */
export const FIGURE_FILTERS = {
  scope: 'regions',
  years: 'years',
  category: 'categories',
} as const satisfies Record<string, FilterName>;

/** What the figure panels show, for that reason. */
export const FIGURE_NOUN = {
  one: { zh: '数字', en: 'figure' },
  some: { zh: '数字', en: 'figures' },
};
