import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENT } from '../../filters/link-keys';
import type { ParamNotice } from '../../filters/url';
import { PANELS } from '../panel-registry';
import { barRoom, fitStage, keyAction, knownSlide, SLIDES, slideIndex, stepSlide } from './slides';

// The registry's panels: the show follows its list, whatever its length.
const ids = PANELS.map((p) => p.id);
const last = SLIDES.length - 1;

describe('the deck', () => {
  it('opens with a title slide, has one slide per panel, and closes with the sources', () => {
    expect(SLIDES.map((s) => s.id)).toEqual(['title', ...ids, 'sources']);
    expect(ids.length).toBeGreaterThan(1);
  });

  it('drops a slide name the show does not have, and names it with the names there are', () => {
    const notices: ParamNotice[] = [];
    const present = { ...DEFAULT_PRESENT, active: true, slide: 'bogus' };
    expect(knownSlide(present, notices)).toEqual({ ...present, slide: undefined });
    expect(notices).toEqual([
      {
        key: 'slide',
        raw: 'bogus',
        reason: { code: 'one-of', values: SLIDES.map((s) => s.id) },
      },
    ]);
    const panelSlide = { ...present, slide: ids[ids.length - 1] };
    expect(knownSlide(panelSlide, notices)).toBe(panelSlide);
    expect(notices).toHaveLength(1);
  });

  it('wraps at both ends', () => {
    expect(stepSlide(last, 1)).toBe(0);
    expect(stepSlide(0, -1)).toBe(last);
    expect(stepSlide(2, 1)).toBe(3);
  });

  it('opens an unknown slide id on the first slide', () => {
    expect(slideIndex('nope')).toBe(0);
    expect(slideIndex(undefined)).toBe(0);
    for (const [i, id] of ids.entries()) expect(slideIndex(id)).toBe(i + 1);
    expect(slideIndex('sources')).toBe(last);
  });
});

describe('keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j goes forward', (key) => {
    expect(keyAction(key, false)).toEqual({ type: 'next' });
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j goes back', (key) => {
    expect(keyAction(key, false)).toEqual({ type: 'prev' });
  });
  it('Enter jumps when a number was typed', () => {
    expect(keyAction('Enter', true)).toEqual({ type: 'jump' });
    expect(keyAction('4', false)).toEqual({ type: 'digit', digit: 4 });
  });
  it('maps the mode keys and ignores the rest', () => {
    expect(
      ['Home', 'End', 'f', 'N', 'p', 'S', 'Escape'].map((k) => keyAction(k, false)?.type),
    ).toEqual(['first', 'last', 'fullscreen', 'notes', 'pause', 'console', 'escape']);
    expect(keyAction('x', false)).toBeUndefined();
  });
  it('Shift+↓/↑ scroll the speaker notes; the clicker keys, shifted or not, still page', () => {
    expect(keyAction('ArrowDown', false, true)).toEqual({ type: 'scrollNotes', by: 1 });
    expect(keyAction('ArrowUp', false, true)).toEqual({ type: 'scrollNotes', by: -1 });
    expect(keyAction('PageDown', false, true)).toEqual({ type: 'next' });
    expect(keyAction('ArrowLeft', false, true)).toEqual({ type: 'prev' });
  });
});

describe('fitStage', () => {
  it('fills a 16:9 screen exactly', () => {
    expect(fitStage(1920, 1080)).toEqual({ scale: 1.875, left: 0, top: 0 });
  });
  it('letterboxes a 4:3 screen top and bottom', () => {
    const fit = fitStage(1024, 768);
    expect(fit.scale).toBe(1);
    expect(fit.left).toBe(0);
    expect(fit.top).toBe(96);
  });
});

describe('barRoom', () => {
  it('keeps what the control bar covers of the stage free, in stage px, and nothing in a letterbox', () => {
    // 1920×1080: the bar's top 56 screen px above the stage's bottom, at 1.875 screen px per stage px.
    expect(barRoom(1080, 1024, 1.875)).toBe(31);
    expect(barRoom(720, 692, 1.25)).toBe(24);
    // 1024×768: the stage ends at 672, the bar starts there, in the band below it.
    expect(barRoom(672, 672, 1)).toBe(0);
    expect(barRoom(672, 700, 1)).toBe(0);
  });
});
