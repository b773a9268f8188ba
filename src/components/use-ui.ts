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

export function useLang() {
  return useStore(uiStore, (s) => s.view.lang);
}
