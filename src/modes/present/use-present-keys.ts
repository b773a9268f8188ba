import { useEffect, useRef } from 'react';
import { keyAction, SLIDES } from './slides';

export interface PresentKeyHandlers {
  /** Shows slide `i` (0-based). */
  go: (i: number) => void;
  /** Moves `n` slides (−1 back, 1 on). */
  step: (n: -1 | 1) => void;
  /** Any key restarts the auto-advance countdown. */
  touch: () => void;
  toggleFullscreen: () => void;
  togglePause: () => void;
  /** N: the notes on the slide (the projector; the console shows its notes all the time). */
  toggleNotes?: () => void;
  /** Shift+↓/↑: scroll the notes on the slide (the projector, while they are shown). */
  scrollNotes?: (by: -1 | 1) => void;
  /** S: the presenter console (the projector opens it). */
  openConsole?: () => void;
  /** Escape out of full screen does only that; otherwise this (the projector: the dashboard). */
  leave?: () => void;
}

/**
 * The clicker and keyboard bindings of present mode, in both windows (slides.ts's keyAction maps
 * a key to an action): next, back, first, last, a slide number then Enter, full screen, notes
 * (and scrolling them: Shift+↓/↑, or ↓/↑ in the focused notes box), pause, the console, and
 * Escape (out of full screen, else `leave`). A window without a handler for an action lets the
 * key be. Keys with Alt, Ctrl or Meta, keys typed in a form field, and Space or Enter on a
 * focused control are left to the browser. Pass stable handlers: the window listener
 * is replaced when one changes.
 */
export function usePresentKeys({
  go,
  step,
  touch,
  toggleFullscreen,
  togglePause,
  toggleNotes,
  scrollNotes,
  openConsole,
  leave,
}: PresentKeyHandlers): void {
  const digits = useRef('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && ['SELECT', 'INPUT', 'TEXTAREA'].includes(target.tagName)) return;
      // An open dialog (the console's article reader) keeps its keys.
      if (target?.closest('dialog')) return;
      // ↓/↑ in the focused notes box scroll it, as in any scrolled box.
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && target?.closest('.slide-notes')) return;
      const action = keyAction(e.key, digits.current !== '', e.shiftKey);
      if (!action) return;
      if (action.type === 'notes' && !toggleNotes) return;
      if (action.type === 'scrollNotes' && !scrollNotes) return;
      if (action.type === 'console' && !openConsole) return;
      // Space and Enter on a focused control keep their native meaning (press the button).
      if (
        (e.key === ' ' || e.key === 'Enter') &&
        target?.closest('button, summary, a') &&
        digits.current === ''
      )
        return;
      e.preventDefault();
      touch();
      if (action.type !== 'digit' && action.type !== 'jump') digits.current = '';
      switch (action.type) {
        case 'next':
          return step(1);
        case 'prev':
          return step(-1);
        case 'first':
          return go(0);
        case 'last':
          return go(SLIDES.length - 1);
        case 'digit':
          digits.current = `${digits.current}${action.digit}`.slice(-2);
          return;
        case 'jump': {
          const n = Number(digits.current);
          digits.current = '';
          if (n >= 1 && n <= SLIDES.length) go(n - 1);
          return;
        }
        case 'fullscreen':
          return toggleFullscreen();
        case 'notes':
          return toggleNotes?.();
        case 'scrollNotes':
          return scrollNotes?.(action.by);
        case 'pause':
          return togglePause();
        case 'console':
          return openConsole?.();
        case 'escape':
          if (document.fullscreenElement) void document.exitFullscreen();
          else leave?.();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    go,
    step,
    touch,
    toggleFullscreen,
    togglePause,
    toggleNotes,
    scrollNotes,
    openConsole,
    leave,
  ]);
}
