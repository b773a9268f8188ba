import { replaceEqualDeep } from '@tanstack/react-query';
import { createStore } from 'zustand/vanilla';
import { clearFilters } from './filters';
import { DEFAULT_PRESENT, DEFAULT_VIEW, type PresentState, type ViewState } from './link-keys';
import type { ParamNotice } from './url';

/**
 * UI state only: the view (filters, language, theme), the present mode, and the notices about the
 * link it came from. Datasets live in the query cache.
 */
export interface UiState {
  view: ViewState;
  present: PresentState;
  notices: ParamNotice[];
}

export const uiStore = createStore<UiState>(() => ({
  view: DEFAULT_VIEW,
  present: DEFAULT_PRESENT,
  notices: [],
}));

// Actions live outside the store (zustand's recommended pattern), so components import only what they call.
export function setView(patch: Partial<ViewState>) {
  uiStore.setState((s) => ({ view: { ...s.view, ...patch } }));
}

export function replaceView(
  view: ViewState,
  notices: ParamNotice[] = [],
  present: PresentState = DEFAULT_PRESENT,
) {
  // What is equal keeps its identity: a component reading the view (useSyncExternalStore) then sees
  // no change, and hydrating a baked page (whose server snapshot is the store's first state) does
  // not re-render every panel at once for a link that asks for the default view.
  uiStore.setState((s) => replaceEqualDeep(s, { view, notices, present }));
}

/** Opens present mode, on the given slide (a panel id) or the title slide. */
export function enterPresent(slide?: string) {
  uiStore.setState((s) => ({ present: { ...s.present, active: true, slide } }));
}

export function leavePresent() {
  uiStore.setState((s) => ({ present: { ...s.present, active: false, slide: undefined } }));
}

export function setPresent(patch: Partial<PresentState>) {
  uiStore.setState((s) => ({ present: { ...s.present, ...patch } }));
}

export function resetFilters() {
  uiStore.setState((s) => ({ view: clearFilters(s.view) }));
}

/** Toggles one value in a list filter (a category or a province): the cross-filter a chart click sets. */
export function toggleInList<K extends 'categories' | 'regions'>(
  key: K,
  value: ViewState[K][number],
) {
  uiStore.setState((s) => {
    const list = s.view[key] as string[];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    return { view: { ...s.view, [key]: next } };
  });
}

// True while a refused value is being taken out of the state: URL sync leaves the address alone.
let correcting = false;

/**
 * A link's value that only the data can judge (an event id, once timeline.json is in) and that
 * names nothing there: dropped from the view and named in a notice, as the link parsers do with
 * the values they refuse. Like theirs, the address keeps it until the next change writes the view.
 */
export function refuseLinkValue(notice: ParamNotice, patch: Partial<ViewState>) {
  correcting = true;
  try {
    uiStore.setState((s) => ({ view: { ...s.view, ...patch }, notices: [...s.notices, notice] }));
  } finally {
    correcting = false;
  }
}

/** Whether the change being made is refuseLinkValue's (not one the reader made). */
export function isCorrectingLink(): boolean {
  return correcting;
}

export function dismissNotices() {
  uiStore.setState({ notices: [] });
}
