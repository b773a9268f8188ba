import { isCorrectingLink, replaceView, uiStore } from '../filters/store';
import { isHistoryStep, parsePresent, parseView, serializeView } from '../filters/url';
import { knownSlide } from '../modes/present/slide-list';

/**
 * Keeps the UI state and the address bar in step: the link always reopens the same view, and
 * back/forward walk through filter changes. Which changes are steps (the filters, entering and
 * leaving present mode) and which only replace the entry (language, theme, the slide) is each
 * key's `history` in the table of link keys.
 */
export function startUrlSync(): () => void {
  // While the view is being set from the address bar (load, back/forward), it must not write back:
  // a rewrite would push an entry and cut off the forward history.
  let applyingUrl = false;
  const fromUrl = () => {
    const { view, notices } = parseView(window.location.search);
    const link = parsePresent(window.location.search);
    // A slide's name is judged against the show's slides, which the link parser does not know.
    const present = knownSlide(link.present, link.notices);
    applyingUrl = true;
    try {
      replaceView(view, [...notices, ...link.notices], present);
    } finally {
      applyingUrl = false;
    }
  };
  fromUrl();
  const unsubscribe = uiStore.subscribe((state, prev) => {
    if (applyingUrl || isCorrectingLink()) return;
    if (state.view === prev.view && state.present === prev.present) return;
    const search = serializeView(state.view, state.present);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (isHistoryStep(prev, state)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', fromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', fromUrl);
  };
}
