import { setPresent, uiStore } from '../../filters/store';
import { serializeView } from '../../filters/url';
import { SLIDES, slideIndex, stepSlide } from './slides';

// What the keys and buttons of both windows do to the show. The slide is read from the store at
// the moment of the call, not from the last render: two moves that arrive before React renders
// (a fast clicker, two messages from the console) are two steps.

/** The slide shown now, 0-based. */
export function currentSlide(): number {
  return slideIndex(uiStore.getState().present.slide);
}

/** Shows slide `i` (0-based); an index outside the deck is ignored. */
export function showSlide(i: number): void {
  const slide = SLIDES[i];
  if (slide) setPresent({ slide: slide.id });
}

/** Moves `n` slides from the one shown now, wrapping at both ends. */
export function stepSlides(n: number): void {
  showSlide(stepSlide(currentSlide(), n));
}

/** Full screen for `el` (the window's root), or back out of it. */
export function toggleFullscreen(el: HTMLElement | null): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void el?.requestFullscreen?.().catch(() => undefined);
}

/**
 * The address of this show in one of its two windows: the same view and slide, with `console=1`
 * for the presenter console. Relative to the page, so it works under any sub-path and on file://.
 */
export function showLink(console: boolean): string {
  const { view, present } = uiStore.getState();
  return `${window.location.pathname}${serializeView(view, { ...present, active: true, console })}`;
}
