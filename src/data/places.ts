/** Every place a dataset may name. The schema only accepts these ids, so a typo in a data file is an error, not a silent new place. */
export const PLACES = {
  shanghai: { zh: '上海', en: 'Shanghai', kind: 'province' },
  jiangsu: { zh: '江苏', en: 'Jiangsu', kind: 'province' },
  zhejiang: { zh: '浙江', en: 'Zhejiang', kind: 'province' },
  anhui: { zh: '安徽', en: 'Anhui', kind: 'province' },
  jiangxi: { zh: '江西', en: 'Jiangxi', kind: 'province' },
  yrd: { zh: '长三角', en: 'Yangtze River Delta', kind: 'region' },
  huzhou: { zh: '湖州', en: 'Huzhou', kind: 'city', province: 'zhejiang' },
  hangzhou: { zh: '杭州', en: 'Hangzhou', kind: 'city', province: 'zhejiang' },
  wenzhou: { zh: '温州', en: 'Wenzhou', kind: 'city', province: 'zhejiang' },
  hefei: { zh: '合肥', en: 'Hefei', kind: 'city', province: 'anhui' },
  chuzhou: { zh: '滁州', en: 'Chuzhou', kind: 'city', province: 'anhui' },
  anqing: { zh: '安庆', en: 'Anqing', kind: 'city', province: 'anhui' },
} as const satisfies Record<
  string,
  { zh: string; en: string; kind: 'province' | 'region' | 'city'; province?: string }
>;

export type PlaceId = keyof typeof PLACES;
export const PLACE_IDS = Object.keys(PLACES) as [PlaceId, ...PlaceId[]];

/** The four provinces of the Yangtze River Delta, in the article's order (沪苏浙皖). */
export const YRD_PROVINCES = ['shanghai', 'jiangsu', 'zhejiang', 'anhui'] as const;

/** The province a place belongs to; a province is its own; the region stands for all four. */
export function provincesOf(place: PlaceId): readonly PlaceId[] {
  const p = PLACES[place];
  if (p.kind === 'region') return YRD_PROVINCES;
  if ('province' in p) return [p.province as PlaceId];
  return [place];
}

/**
 * Whether any of these places lies in one of the chosen provinces (a city through its province,
 * 'yrd' for each of the four); none chosen means every place is in.
 */
export function inRegions(places: readonly PlaceId[], regions: readonly string[]): boolean {
  return (
    regions.length === 0 ||
    places.some((p) => provincesOf(p).some((prov) => regions.includes(prov)))
  );
}
