/**
 * A link to a panel (`…?region=anhui#migration`, what "copy link" and the embed's "open in the full
 * dashboard" give) opens scrolled to that panel. The browser looks for the anchor once, before the
 * panels are there, and stays at the top; this scrolls to the panel once it is there and keeps it
 * at the top of the viewport while the panels above it take their heights, until the page has
 * settled or the reader starts to scroll (wheel, touch, a key, a press, which a scrollbar's drag
 * starts with: from then on, the reader's scroll is theirs and nothing jumps). The page's own
 * movements (panels above growing or shrinking, the browser's scroll anchoring, clamping at the
 * end of a shorter page) are followed, not taken for the reader's.
 */

/** Where the panel's top lands, px from the viewport's top: where the browser's own fragment
 *  scroll puts it (the panel's scroll-margin, 0), so that the two never pull against each other. */
const MARGIN = 0;
/** The page is settled when the panel has not moved for this long, ms. */
const SETTLED_MS = 1200;
/** Never follow the layout longer than this, ms. */
const GIVE_UP_MS = 15_000;
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

let landed = false;

/**
 * Lands on the panel the page's fragment names, if it names one of `panelIds` (once per page
 * load). `<html data-landing>` says how it went: `following`, then `done` or `cancelled`. Returns
 * a function that stops it.
 */
export function landOnHash(panelIds: readonly string[]): () => void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (landed || !panelIds.includes(id)) return () => {};
  landed = true;
  const root = document.documentElement;
  root.dataset.landing = 'following';
  const started = performance.now();
  let frame = 0;
  let stableSince = started;

  const stop = (how: 'done' | 'cancelled') => {
    cancelAnimationFrame(frame);
    for (const type of READER_EVENTS) window.removeEventListener(type, cancel, true);
    root.dataset.landing = how;
  };
  const cancel = () => stop('cancelled');
  for (const type of READER_EVENTS)
    window.addEventListener(type, cancel, { capture: true, passive: true });

  // A panel still loading (its data, or its code: the placeholder) has not its height yet.
  const settled = () =>
    document.querySelectorAll('[data-panel][data-status="pending"]').length === 0;

  const step = () => {
    const now = performance.now();
    const panel = document.getElementById(id);
    if (panel) {
      const top = panel.getBoundingClientRect().top;
      if (Math.abs(top - MARGIN) > 1) {
        const before = window.scrollY;
        window.scrollTo(window.scrollX, before + top - MARGIN);
        // At the end of the page a panel cannot come higher: that counts as landed.
        if (Math.abs(window.scrollY - before) > 1) stableSince = now;
      }
    } else stableSince = now;
    if (settled() && now - stableSince > SETTLED_MS) return stop('done');
    if (now - started > GIVE_UP_MS) return stop('done');
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  // Unmounted while following (React's strict mode mounts twice): the next mount lands again.
  return () => {
    if (root.dataset.landing !== 'following') return;
    stop('cancelled');
    landed = false;
  };
}
