import { createStore } from 'zustand/vanilla';
import type { EventCategory } from '../data/timeline';
import type { RegionFilter, ViewState } from './link-keys';
import { setView, uiStore } from './store';

/**
 * Filters set from a panel (a category chip, a province chip, "filter to this year" in a point's
 * detail), remembered so that the panel can show a chip beside its chart that says so and undoes
 * exactly that filter, as Superset and Power BI show cross-filters. Page memory only: a link
 * carries the filters, not where they were set.
 */
export type CrossFilter =
  | { panel: string; key: 'categories'; value: EventCategory }
  | { panel: string; key: 'regions'; value: RegionFilter }
  | {
      panel: string;
      key: 'years';
      /** The year set (from = to). */
      year: number;
      /** The range before it, which the undo puts back. */
      before: Pick<ViewState, 'from' | 'to'>;
    };

export const crossFilterStore = createStore<{ list: readonly CrossFilter[] }>(() => ({ list: [] }));

/** Whether the view still holds what the filter set (a later change elsewhere may have undone it). */
export function crossFilterHolds(f: CrossFilter, view: ViewState): boolean {
  if (f.key === 'years') return view.from === f.year && view.to === f.year;
  return (view[f.key] as readonly string[]).includes(f.value);
}

/** The same filter, wherever it was set. */
function sameFilter(a: CrossFilter, b: CrossFilter): boolean {
  if (a.key === 'years' || b.key === 'years') return a.key === b.key;
  return a.key === b.key && a.value === b.value;
}

function remember(f: CrossFilter) {
  crossFilterStore.setState((s) => ({ list: [...s.list.filter((g) => !sameFilter(g, f)), f] }));
}

function forget(f: CrossFilter) {
  crossFilterStore.setState((s) => ({ list: s.list.filter((g) => !sameFilter(g, f)) }));
}

/** A chip of a panel toggles one category or province for every panel; switched on, the panel shows its undo chip. */
export function toggleFromPanel<K extends 'categories' | 'regions'>(
  panel: string,
  key: K,
  value: ViewState[K][number],
) {
  const list = uiStore.getState().view[key] as readonly string[];
  const on = !list.includes(value);
  setView({ [key]: on ? [...list, value] : list.filter((v) => v !== value) });
  const f = { panel, key, value } as CrossFilter;
  if (on) remember(f);
  else forget(f);
}

/** "Filter to this year" from a point's detail: the year alone, the range before it kept for the undo. */
export function filterYearFromPanel(panel: string, year: number) {
  const { from, to } = uiStore.getState().view;
  if (from === year && to === year) return;
  setView({ from: year, to: year });
  remember({ panel, key: 'years', year, before: { from, to } });
}

/** The chip's ×: undoes exactly that filter (the year's range before it, or that one category or province). */
export function undoCrossFilter(f: CrossFilter) {
  const view = uiStore.getState().view;
  forget(f);
  if (!crossFilterHolds(f, view)) return;
  if (f.key === 'years') setView(f.before);
  else setView({ [f.key]: (view[f.key] as readonly string[]).filter((v) => v !== f.value) });
}

// A filter the reader changed elsewhere (the filter bar, back/forward, clear all) is no longer the
// one the chip names: the chip goes, and does not come back if the same value is chosen again.
uiStore.subscribe((s, prev) => {
  if (s.view === prev.view) return;
  const { list } = crossFilterStore.getState();
  const kept = list.filter((f) => crossFilterHolds(f, s.view));
  if (kept.length !== list.length) crossFilterStore.setState({ list: kept });
});
