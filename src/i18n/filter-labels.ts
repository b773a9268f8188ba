import { EVENT_CATEGORIES, type EventCategory } from '../data/timeline';
import type { CrimeMetric, RegionFilter, ViewState } from '../filters/filters';
import { listOf } from './format';
import type { Lang } from './lang';

export const CATEGORY_LABELS: Record<EventCategory, { zh: string; en: string }> = {
  'regional-cooperation': { zh: '区域协作', en: 'Regional cooperation' },
  'service-reform': { zh: '便民服务改革', en: 'Service reform' },
  'cold-cases': { zh: '命积案侦破', en: 'Cold cases' },
  'judicial-cooperation': { zh: '司法协作', en: 'Judicial cooperation' },
  'grassroots-governance': { zh: '基层治理', en: 'Grassroots governance' },
};

/**
 * The categories among `used`, in the filters' order, named and joined to stand inside the
 * quotes of an empty-panel message ("…只有“基层治理”“区域协作”…").
 */
export function quotedCategories(used: ReadonlySet<EventCategory>, lang: Lang): string {
  return EVENT_CATEGORIES.filter((c) => used.has(c))
    .map((c) => CATEGORY_LABELS[c][lang])
    .join(lang === 'zh' ? '”“' : '”, “');
}

export const REGION_LABELS: Record<RegionFilter, { zh: string; en: string }> = {
  shanghai: { zh: '上海', en: 'Shanghai' },
  jiangsu: { zh: '江苏', en: 'Jiangsu' },
  zhejiang: { zh: '浙江', en: 'Zhejiang' },
  anhui: { zh: '安徽', en: 'Anhui' },
  jiangxi: { zh: '江西', en: 'Jiangxi' },
};

export const METRIC_LABELS: Record<CrimeMetric, { zh: string; en: string }> = {
  both: { zh: '两项并列', en: 'Both, side by side' },
  'criminal-cases': { zh: '刑事案件', en: 'Criminal cases' },
  homicides: { zh: '命案', en: 'Homicides' },
};

export const FILTER_WORDS = {
  years: { zh: '年份', en: 'Years' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  any: { zh: '不限', en: 'Any' },
  categories: { zh: '事件类别', en: 'Event category' },
  regions: { zh: '省份', en: 'Province' },
  metric: { zh: '犯罪指标', en: 'Crime metric' },
  all: { zh: '全部', en: 'All' },
} as const;

/**
 * The data filters in effect, in the page's language and the filter bar's own labels, for what
 * leaves the page (print, PNG/SVG, CSV, PPTX): "筛选:2019年起 · 浙江 · 命积案侦破" /
 * "Filters: from 2019 · Zhejiang · Cold cases"; undefined when none is set. Language, theme and
 * patterns are the look, not a filter.
 */
export function filtersInEffect(
  view: Pick<ViewState, 'from' | 'to' | 'categories' | 'regions' | 'metric'>,
  lang: Lang,
): string | undefined {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const { from, to } = view;
  if (from !== undefined && to !== undefined)
    parts.push(
      from === to ? (zh ? `${from}年` : `${from}`) : zh ? `${from}–${to}年` : `${from}–${to}`,
    );
  else if (from !== undefined) parts.push(zh ? `${from}年起` : `from ${from}`);
  else if (to !== undefined) parts.push(zh ? `${to}年止` : `to ${to}`);
  if (view.regions.length > 0)
    parts.push(
      listOf(
        view.regions.map((r) => REGION_LABELS[r][lang]),
        lang,
      ),
    );
  if (view.categories.length > 0)
    parts.push(
      listOf(
        view.categories.map((c) => CATEGORY_LABELS[c][lang]),
        lang,
      ),
    );
  if (view.metric !== 'both') parts.push(METRIC_LABELS[view.metric][lang]);
  if (parts.length === 0) return undefined;
  return `${zh ? '筛选:' : 'Filters: '}${parts.join(' · ')}`;
}
