import { replaceView, uiStore } from '../filters/store';
import { parseView, serializeView } from '../filters/url';

/**
 * Keeps the UI state and the address bar in step: the link always reopens the same view, and
 * back/forward walk through filter changes. Language and theme changes replace the history entry;
 * filter changes push one.
 */
export function startUrlSync(): () => void {
  // While the view is being set from the address bar (load, back/forward), it must not write back:
  // a rewrite would push an entry and cut off the forward history.
  let applyingUrl = false;
  const fromUrl = () => {
    const { view, notices } = parseView(window.location.search);
    applyingUrl = true;
    try {
      replaceView(view, notices);
    } finally {
      applyingUrl = false;
    }
  };
  fromUrl();
  // Keys owned by other modes (mode, slide, panel…) stay in the link untouched.
  const foreign = () => {
    const keep: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(window.location.search))
      if (['mode', 'slide', 'interval'].includes(k)) keep[k] = v;
    return keep;
  };
  const unsubscribe = uiStore.subscribe((state, prev) => {
    if (applyingUrl || state.view === prev.view) return;
    const search = serializeView(state.view, foreign());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const onlyLook =
      state.view.lang !== prev.view.lang ||
      state.view.theme !== prev.view.theme ||
      state.view.patterns !== prev.view.patterns;
    if (onlyLook) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });
  window.addEventListener('popstate', fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', fromUrl);
  };
}
