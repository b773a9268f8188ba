import { SLIDES } from './slide-list';

export { knownSlide, SLIDES, type Slide } from './slide-list';

/** The index of a slide id; an unknown or missing id opens the first slide. */
export function slideIndex(id: string | undefined): number {
  const i = SLIDES.findIndex((s) => s.id === id);
  return Math.max(i, 0);
}

/** Steps through the deck, wrapping at both ends (a looping unattended screen needs it). */
export function stepSlide(index: number, step: number, count = SLIDES.length): number {
  return (((index + step) % count) + count) % count;
}

export type KeyAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'jump' }
  | { type: 'fullscreen' }
  | { type: 'notes' }
  | { type: 'scrollNotes'; by: -1 | 1 }
  | { type: 'pause' }
  | { type: 'console' }
  | { type: 'escape' };

/**
 * What a key does in present mode. Clickers send arrows, PageUp/PageDown or Space; Enter goes
 * forward unless a slide number was typed, then it jumps there. Shift+↓/↑ scroll the speaker
 * notes (no clicker sends Shift).
 */
export function keyAction(
  key: string,
  typingNumber: boolean,
  shift = false,
): KeyAction | undefined {
  if (shift && key === 'ArrowDown') return { type: 'scrollNotes', by: 1 };
  if (shift && key === 'ArrowUp') return { type: 'scrollNotes', by: -1 };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { type: 'next' };
    case 'Enter':
      return typingNumber ? { type: 'jump' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'n':
    case 'N':
      return { type: 'notes' };
    case 'p':
    case 'P':
      return { type: 'pause' };
    case 's':
    case 'S':
      return { type: 'console' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return undefined;
  }
}

/** The stage's logical size in CSS px; it is scaled to the screen (letterboxed), so 1 CSS px = 1.875 px of a 1920×1080 stage. */
export const STAGE = { width: 1024, height: 576 } as const;

/** Scale and offset that fit the stage inside a screen of the given size, centred, keeping 16:9. */
export function fitStage(
  width: number,
  height: number,
): { scale: number; left: number; top: number } {
  const scale = Math.min(width / STAGE.width, height / STAGE.height);
  return {
    scale,
    left: (width - STAGE.width * scale) / 2,
    top: (height - STAGE.height * scale) / 2,
  };
}

/** The space kept between the control bar and the text above it, in stage CSS px. */
const BAR_GAP = 1;

/**
 * How much of the stage's bottom the control bar covers, in stage CSS px (with a little gap), or
 * 0 when the bar sits in the letterbox below the stage: the slide keeps that much free, so the bar
 * never covers its source line. `stageBottom` and `barTop` are screen px; `scale` is fitStage's.
 */
export function barRoom(stageBottom: number, barTop: number, scale: number): number {
  const covered = stageBottom - barTop;
  return covered > 0 ? Math.ceil(covered / scale + BAR_GAP) : 0;
}
