import type { Figure, Finding, Period, Source } from '../../data/common';
import { inRegions, type PlaceId } from '../../data/places';
import type { EventCategory } from '../../data/timeline';
import type { DataFilters } from '../../filters/filters';
import { emptyCause } from '../../model/emptied-by';
import { periodInRange } from '../../model/years';
import type { GovernanceData } from './schema';

/**
 * The governance dataset has no category field (it may get one: see the report). Until then the
 * cold-case figures are named here and everything else is grassroots governance; a figure a
 * deployer adds falls into grassroots governance, never out of the panel.
 */
const COLD_CASE_IDS: ReadonlySet<string> = new Set([
  'cold-homicides-solved-2020',
  'fewest-cold-homicides',
]);

/** The category filter a governance figure or finding answers to. */
export function governanceCategory(id: string): EventCategory {
  return COLD_CASE_IDS.has(id) ? 'cold-cases' : 'grassroots-governance';
}

/**
 * Counts read as "n of m": 13 firsts in the 20 months the provincial index has been published.
 * The denominator is shown on the numerator's card, not as a card of its own.
 */
const SHARE_OF: Readonly<Record<string, string>> = {
  'ping-an-index-first-place': 'ping-an-index-months',
};

/** One count as a figure card; `of` and `sharePercent` when it is read as a share of another count. */
export interface CountCard {
  figure: Figure;
  category: EventCategory;
  of?: Figure;
  /** Derived here (never stored): figure.value / of.value, in percent, rounded to 0.1. */
  sharePercent?: number;
}

export type GovernanceEmpty = 'scope' | 'years' | 'category';

export interface GovernanceView {
  /** Shares of a whole, 0–100 %: drawn as bars on a fixed 0–100 % scale. */
  rates: Figure[];
  /** Changes against an earlier period, in percent: drawn on their own diverging axis. */
  changes: Figure[];
  /** Counts: figure cards, one per number, each in its own unit. */
  counts: CountCard[];
  /** Findings the article states without a number. */
  findings: Finding[];
  empty?: GovernanceEmpty;
  /** The filters that empty it only together with \`empty\` (each alone leaves figures). */
  emptyWith?: GovernanceEmpty[];
  /** Every source of everything shown, in display order (rates, changes, cards, findings). */
  sources: Source[];
}

/** Percent share of a part in a whole, rounded to 0.1 (13 of 20 → 65). */
export function sharePercent(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined;
  return Math.round((part / whole) * 1000) / 10;
}

interface Item {
  id: string;
  scope: readonly PlaceId[];
  period: Period;
}

/**
 * What the governance panel shows for the filters. Filters apply in the order a reader would ask
 * "why is it empty?": the province (all figures are Huzhou's, in Zhejiang), then the years (all are
 * 2020 or as of June 2020), then the categories.
 */
export function governanceView(data: GovernanceData, view: DataFilters): GovernanceView {
  const inScope = (it: Item) => inRegions(it.scope, view.regions);
  const inYears = (it: Item) => periodInRange(it.period, view.from, view.to);
  const inCategory = (it: Item) =>
    view.categories.length === 0 || view.categories.includes(governanceCategory(it.id));

  const all: Item[] = [...data.figures, ...data.findings];
  const cause = emptyCause<Item, GovernanceEmpty>(all, [
    ['scope', inScope],
    ['years', inYears],
    ['category', inCategory],
  ]);
  const empty = cause?.by;

  const shown = (it: Item) => !empty && inScope(it) && inYears(it) && inCategory(it);
  const figures = data.figures.filter(shown);
  const denominators = new Set(
    Object.entries(SHARE_OF)
      .filter(([part]) => figures.some((f) => f.id === part))
      .map(([, whole]) => whole),
  );
  const counts: CountCard[] = figures
    .filter((f) => f.kind === 'count' && !denominators.has(f.id))
    .map((f) => {
      const of = figures.find((w) => w.id === SHARE_OF[f.id]);
      const share = of ? sharePercent(f.value, of.value) : undefined;
      return {
        figure: f,
        category: governanceCategory(f.id),
        ...(of ? { of } : {}),
        ...(share !== undefined ? { sharePercent: share } : {}),
      };
    });
  const rates = figures.filter((f) => f.kind === 'rate');
  const changes = figures.filter((f) => f.kind === 'change');
  const findings = data.findings.filter(shown);

  return {
    rates,
    changes,
    counts,
    findings,
    ...(empty ? { empty } : {}),
    ...(cause?.with.length ? { emptyWith: cause.with } : {}),
    sources: [
      ...rates.map((f) => f.source),
      ...changes.map((f) => f.source),
      ...counts.flatMap((c) => [c.figure.source, ...(c.of ? [c.of.source] : [])]),
      ...findings.map((f) => f.source),
    ],
  };
}
