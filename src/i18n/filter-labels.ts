import { EVENT_CATEGORIES, type EventCategory } from '../data/timeline';
import type { CrimeMetric, RegionFilter } from '../filters/filters';
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
