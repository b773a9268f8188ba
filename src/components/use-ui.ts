import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ViewState } from '../filters/filters';
import { type UiState, uiStore } from '../filters/store';

/** Reads a slice of the UI state; re-renders only when that slice changes (shallowly). */
export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, useShallow(selector));
}

export function useView(): ViewState {
  return useStore(uiStore, (s) => s.view);
}

/**
 * The view keys a panel reads, and only those: a change to another key (the crime metric, an open
 * timeline event) does not re-render the panel, so its chart is not redrawn for nothing.
 */
export function useViewKeys<K extends keyof ViewState>(...keys: K[]): Pick<ViewState, K> {
  return useUi((s) => {
    const picked = {} as Pick<ViewState, K>;
    for (const k of keys) picked[k] = s.view[k];
    return picked;
  });
}

export function useLang() {
  return useStore(uiStore, (s) => s.view.lang);
}
