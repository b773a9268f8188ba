/**
 * Where keyboard focus goes back to after present mode: the dashboard unmounts while presenting,
 * so the button that opened it is remembered by what it is (its panel and action), not as a node.
 */
let opener: string | undefined;

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

/** Puts focus back on the remembered control, if it exists again; returns whether it did. */
export function restoreFocus(): boolean {
  if (!opener) return false;
  const el = document.querySelector<HTMLElement>(opener);
  opener = undefined;
  el?.focus();
  return Boolean(el);
}
