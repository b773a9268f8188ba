import type { Source } from '../../data/common';
import { inRegions } from '../../data/places';
import type { EventCategory } from '../../data/timeline';
import type { DataFilters } from '../../filters/filters';
import { emptyCause } from '../../model/emptied-by';
import { periodInRange } from '../../model/years';
import type { CooperationData } from './schema';

export type CooperationFigure = CooperationData['figures'][number];
export type NamedItem = CooperationData['namedItems'][number];

/**
 * The category filter an item answers to. A named project in the "放管服" service-reform area is
 * service reform; every count and every other named item is regional cooperation.
 */
export function projectsCategory(item: { area?: NamedItem['area'] }): EventCategory {
  return item.area === 'service-reform' ? 'service-reform' : 'regional-cooperation';
}

/** The items the article names out of one count: it names 3 of the 10 projects, 3 of the 26 agreements. */
export interface NamedGroup {
  /** The count they are part of (10 projects, 26 agreements). */
  of: CooperationFigure;
  /** How many the article names in all (whatever the filters hide). */
  namedTotal: number;
  /** The named items the filters keep. */
  items: NamedItem[];
}

export type ProjectsEmpty = 'scope' | 'years' | 'category';

export interface ProjectsView {
  /** The plan's work: key tasks, agreements, projects signed. */
  work: CooperationFigure[];
  /** The mechanism's size: disciplines, departments, liaison officers. */
  mechanism: CooperationFigure[];
  named: NamedGroup[];
  empty?: ProjectsEmpty;
  /** The filters that empty it only together with \`empty\` (each alone leaves figures). */
  emptyWith?: ProjectsEmpty[];
  /** Every source of everything shown: bars first, then each named group with the count it is part of. */
  sources: Source[];
}

interface Item {
  figure: CooperationFigure;
  category: EventCategory;
}

/**
 * What the projects panel shows for the filters. A named item has no date or place of its own:
 * it takes its count's (the projects were signed on 2020-06-13 by the four provinces). Filters
 * apply in the order a reader asks "why is it empty?": province, years, then category.
 */
export function projectsView(data: CooperationData, view: DataFilters): ProjectsView {
  const inScope = ({ figure }: Item) => inRegions(figure.scope, view.regions);
  const inYears = ({ figure }: Item) => periodInRange(figure.period, view.from, view.to);
  const inCategory = ({ category }: Item) =>
    view.categories.length === 0 || view.categories.includes(category);

  const parent = new Map(data.figures.map((f) => [f.id, f]));
  const figureItems: Item[] = data.figures.map((figure) => ({
    figure,
    category: projectsCategory({}),
  }));
  const namedItems = data.namedItems.flatMap((named) => {
    const figure = parent.get(named.of);
    return figure ? [{ figure, category: projectsCategory(named), named }] : [];
  });
  const all: Item[] = [...figureItems, ...namedItems];

  const cause = emptyCause<Item, ProjectsEmpty>(all, [
    ['scope', inScope],
    ['years', inYears],
    ['category', inCategory],
  ]);
  const empty = cause?.by;
  const shown = (it: Item) => !empty && inScope(it) && inYears(it) && inCategory(it);

  const bars = figureItems.filter(shown).map((it) => it.figure);
  const work = bars.filter((f) => f.group === 'work');
  const mechanism = bars.filter((f) => f.group === 'mechanism');
  const named: NamedGroup[] = [];
  for (const f of data.figures) {
    const ofThis = namedItems.filter((it) => it.figure.id === f.id);
    const items = ofThis.filter(shown).map((it) => it.named);
    if (items.length) named.push({ of: f, namedTotal: ofThis.length, items });
  }

  return {
    work,
    mechanism,
    named,
    ...(empty ? { empty } : {}),
    ...(cause?.with.length ? { emptyWith: cause.with } : {}),
    sources: [
      ...work.map((f) => f.source),
      ...mechanism.map((f) => f.source),
      ...named.flatMap((g) => [g.of.source, ...g.items.map((i) => i.source)]),
    ],
  };
}
