/**
 * Where keyboard focus goes back to after present mode: the dashboard unmounts while presenting,
 * so the button that opened it is remembered by what it is (its panel and action), not as a node.
 * A show that no button opened (a link with `mode=present`, back/forward, a reload) gives the
 * focus to the header's Present button, never to the page's body.
 */
let opener: string | undefined;

/** The header's Present button (src/modes/dashboard/header.tsx). */
const PRESENT_BUTTON = 'header [data-action="present"]';

/** How long a remembered panel button may take to come back (its panel still loading). */
const WAIT_MS = 5000;

/** Remembers the focused control (call just before leaving the dashboard). */
export function rememberFocus() {
  const el = document.activeElement as HTMLElement | null;
  const action = el?.dataset.action;
  if (!action) return;
  const panel = el.closest<HTMLElement>('[data-panel]')?.dataset.panel;
  opener = panel
    ? `[data-panel="${panel}"] [data-action="${action}"]`
    : `[data-action="${action}"]`;
}

/** Present mode calls this as it opens: with no button remembered, the way back is the Present button. */
export function presentOpened() {
  opener ??= PRESENT_BUTTON;
}

/**
 * Puts focus back on the remembered control. A panel's button that is not there yet (its panel
 * still loading) gets the focus when it appears, within a few seconds and unless the reader has
 * moved the focus meanwhile; until then the header's Present button holds it.
 */
export function restoreFocus(): void {
  const selector = opener;
  opener = undefined;
  if (!selector) return;
  const el = document.querySelector<HTMLElement>(selector);
  if (el) {
    el.focus();
    return;
  }
  const holder = document.querySelector<HTMLElement>(PRESENT_BUTTON);
  holder?.focus();
  const observer = new MutationObserver(() => {
    const found = document.querySelector<HTMLElement>(selector);
    if (!found) return;
    stop();
    if (document.activeElement === holder || document.activeElement === document.body)
      found.focus();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
