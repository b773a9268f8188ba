import type { ViewState } from '../filters/filters';
import { replaceView, uiStore } from '../filters/store';
import { parsePresent, parseView, presentParams, serializeView } from '../filters/url';

/**
 * Keeps the UI state and the address bar in step: the link always reopens the same view, and
 * back/forward walk through filter changes. Language and theme changes replace the history entry;
 * filter changes push one.
 */
function sameFilters(a: ViewState, b: ViewState): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.metric === b.metric &&
    a.event === b.event &&
    a.categories.join() === b.categories.join() &&
    a.regions.join() === b.regions.join()
  );
}

export function startUrlSync(): () => void {
  // While the view is being set from the address bar (load, back/forward), it must not write back:
  // a rewrite would push an entry and cut off the forward history.
  let applyingUrl = false;
  const fromUrl = () => {
    const { view, notices } = parseView(window.location.search);
    const present = parsePresent(window.location.search);
    applyingUrl = true;
    try {
      replaceView(view, [...notices, ...present.notices], present.present);
    } finally {
      applyingUrl = false;
    }
  };
  fromUrl();
  const unsubscribe = uiStore.subscribe((state, prev) => {
    if (applyingUrl || (state.view === prev.view && state.present === prev.present)) return;
    const search = serializeView(state.view, presentParams(state.present));
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // Filters and entering/leaving present mode are steps back can undo; the look and the slide are not.
    const step =
      state.present.active !== prev.present.active || !sameFilters(state.view, prev.view);
    if (step) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', fromUrl);
  };
}
