import type { Figure, Period, Source } from '../../data/common';
import { inRegions, PLACES, type PlaceId, provincesOf } from '../../data/places';
import { PUBLICATION } from '../../data/reports';
import { type DataFilters, REGION_FILTERS, type RegionFilter } from '../../filters/filters';
import { periodInRange } from '../../model/years';
import type { MigrationData } from './schema';

/** The one event category this panel belongs to: with categories chosen without it, the panel is empty. */
export const MIGRATION_CATEGORY = 'service-reform' as const;

/** The month of the reports ("2020-06"): every figure of this panel is as of it. */
export const REPORTED_MONTH: string = PUBLICATION.asOf;

/** The cities list carries no date of its own: it is the state "目前" at the time of the reports. */
export const CITIES_PERIOD: Period = { precision: 'asOf', date: REPORTED_MONTH };

export interface CityGroup {
  province: RegionFilter;
  cities: MigrationData['cities'];
}

/** One side of the citizen's before/after: the trips and the time it took, as reported. */
export interface JourneyStage {
  stage: 'before' | 'after';
  period: Period;
  trips: Figure[];
  durations: Figure[];
}

export type MigrationEmpty = 'categories' | 'years' | 'regions';

export interface MigrationView {
  /** Cities in the chosen provinces, grouped by province in filter order. */
  cityGroups: CityGroup[];
  /** Every province with a first city, whatever the filter (for the reason of an empty list). */
  cityProvinces: RegionFilter[];
  volumes: Figure[];
  /** Before, then after; empty when the filters leave the journey out. */
  journey: JourneyStage[];
  empty?: MigrationEmpty;
  sources: Source[];
}

function provinceOfCity(place: PlaceId): RegionFilter | undefined {
  const p = provincesOf(place)[0];
  return (REGION_FILTERS as readonly string[]).includes(p as string)
    ? (p as RegionFilter)
    : undefined;
}

/** Groups the journey figures: "10多年前" (an approximate past) is before; "现在" (as of the reports) is after. */
export function journeyStages(figures: readonly Figure[]): JourneyStage[] {
  const stages: JourneyStage[] = [];
  for (const f of figures) {
    const stage = f.period.precision === 'approx' ? 'before' : 'after';
    let s = stages.find((x) => x.stage === stage);
    if (!s) {
      s = { stage, period: f.period, trips: [], durations: [] };
      stages.push(s);
    }
    (f.unit === 'trips' ? s.trips : s.durations).push(f);
  }
  return stages.sort((a, b) => (a.stage === b.stage ? 0 : a.stage === 'before' ? -1 : 1));
}

/**
 * What the migration panel shows for the filters: the first cities by province, the yearly
 * volumes and the citizen's before/after, each kept to the chosen provinces and years; the whole
 * panel is empty (with its reason) when the chosen categories leave out service reform, when the
 * years leave out the reports' year, or when no part touches the chosen provinces.
 */
export function migrationView(data: MigrationData, view: DataFilters): MigrationView {
  const cityProvinces = REGION_FILTERS.filter((r) =>
    data.cities.some((c) => provinceOfCity(c.place) === r),
  );
  const none: MigrationView = {
    cityGroups: [],
    cityProvinces,
    volumes: [],
    journey: [],
    sources: [],
  };
  if (view.categories.length > 0 && !view.categories.includes(MIGRATION_CATEGORY))
    return { ...none, empty: 'categories' };

  const inYears = (p: Period) => periodInRange(p, view.from, view.to);
  const inChosen = (scope: readonly PlaceId[]) => inRegions(scope, view.regions);

  const cities = inYears(CITIES_PERIOD) ? data.cities.filter((c) => inChosen([c.place])) : [];
  const cityGroups = cityProvinces
    .map((province) => ({
      province,
      cities: cities.filter((c) => provinceOfCity(c.place) === province),
    }))
    .filter((g) => g.cities.length > 0);
  const volumes = data.volumes.filter((f) => inYears(f.period) && inChosen(f.scope));
  const journeyFigures = data.citizenJourney.filter((f) => inYears(f.period) && inChosen(f.scope));
  const journey = journeyStages(journeyFigures);

  const anyInYears =
    inYears(CITIES_PERIOD) ||
    data.volumes.some((f) => inYears(f.period)) ||
    data.citizenJourney.some((f) => inYears(f.period));
  const shown = cities.length + volumes.length + journeyFigures.length;
  const empty: MigrationEmpty | undefined =
    shown > 0 ? undefined : anyInYears ? 'regions' : 'years';
  return {
    cityGroups,
    cityProvinces,
    volumes,
    journey,
    empty,
    sources: [
      ...cities.map((c) => c.source),
      ...volumes.map((f) => f.source),
      ...journeyFigures.map((f) => f.source),
    ],
  };
}

/** The city's name in the language. */
export function placeName(place: PlaceId, lang: 'zh' | 'en'): string {
  return PLACES[place][lang];
}
