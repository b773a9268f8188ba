// A chart baked into the page (chart-bake.ts) stays as drawn at build time until the reader uses it:
// no chart engine runs for a reader who only reads. Pointing at it, tapping it or focusing it wakes
// it: the live chart is drawn in its place and is handed what the reader did (the pointer's place,
// a tap), so the tooltip or detail they asked for comes without a second gesture. No React and no
// ECharts here; nothing happens at import.

import { shownBake } from './chart-bake';
import { hideTip, shapeAt, showTip } from './chart-tip';

declare global {
  interface Window {
    /** What the reader did before the page's code started (public/browser-check.js). */
    __yrdEarly?: { events: Event[]; stop(): void };
  }
}

/** What a reader did to a baked chart: replayed on the live one once drawn. */
export interface Wake {
  x: number;
  y: number;
  /** A press or click landed on the baked drawing: the live chart gets the click too. */
  tapped: boolean;
  /** The datum whose shape was under the pointer (its series and index), if any. */
  datum?: { series: number; index: number };
}

/** What the reader did to each chart (by `data-chart` name) before its live drawing was there. */
const pending = new Map<string, Wake>();
/** Charts waiting for the reader, by name. */
const waiting = new Map<string, () => void>();
/** Each waiting chart's tooltip words for a datum of its baked drawing (tip-text.ts), by name: kept
 *  from its wake until its live drawing is there, so the answer follows the pointer meanwhile. */
const tips = new Map<string, (series: number, index: number) => string | undefined>();
/** Charts drawn live in place of their baked drawing (without an entrance: they are on screen already). */
const woken = new Set<string>();
let watching = false;

const POINTER_EVENTS = ['pointerover', 'pointermove', 'pointerdown', 'click'] as const;

function nameOf(target: EventTarget | null): string | undefined {
  const el = target instanceof Element ? target.closest('[data-chart]') : null;
  return el?.querySelector('.chart-baked')
    ? (el.getAttribute('data-chart') ?? undefined)
    : undefined;
}

/** The baked chart `name`'s answer to a pointer at (x, y) on `target`: its tooltip's words, or none. */
function answer(name: string, target: EventTarget | null, x: number, y: number) {
  const shape = shapeAt(target);
  // The words the bake wrote on the shape, from the option it was drawn from (no code of the chart's
  // needed: a pointer is answered from the page's first script on); else the chart's, once offered.
  const text = shape && (shape.words ?? tips.get(name)?.(shape.series, shape.index));
  if (text) showTip(name, text, x, y);
  else hideTip();
}

function onPointer(e: Event) {
  const name = nameOf(e.target);
  if (!name) {
    hideTip();
    return;
  }
  const { clientX: x, clientY: y } = e as MouseEvent;
  const tapped =
    e.type === 'pointerdown' || e.type === 'click' || pending.get(name)?.tapped === true;
  const shape = shapeAt(e.target);
  pending.set(name, { x, y, tapped, datum: shape && { series: shape.series, index: shape.index } });
  answer(name, e.target, x, y);
  // Woken once that answer is painted: the live chart's work (React, the engine's import) comes
  // after the frame that shows it, not before.
  const wake = waiting.get(name);
  if (wake) requestAnimationFrame(() => setTimeout(wake, 0));
}

/** The mouse left the window: no answer stays behind. (A finger lifted leaves too: the answer to a
 *  tap stays until the next tap.) */
function onPointerOut(e: Event) {
  const { relatedTarget, pointerType } = e as PointerEvent;
  if (!relatedTarget && pointerType === 'mouse') hideTip();
}

function onFocus(e: Event) {
  const name = nameOf(e.target);
  if (name) waiting.get(name)?.();
}

/**
 * Listens, from the start (before the page is hydrated), for a reader pointing at or tapping a
 * baked chart, so that nothing they do before its code has arrived is lost.
 */
export function watchBakedCharts(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  // Using the page before the charts are there counts too.
  listenForActivity();
  for (const type of POINTER_EVENTS)
    document.addEventListener(type, onPointer, { capture: true, passive: true });
  document.addEventListener('pointerout', onPointerOut, { capture: true, passive: true });
  document.addEventListener('focusin', onFocus, true);
  // And before this code started: public/browser-check.js kept what the reader did.
  const early = window.__yrdEarly;
  if (!early) return;
  early.stop();
  window.__yrdEarly = undefined;
  for (const e of early.events) {
    if ((POINTER_EVENTS as readonly string[]).includes(e.type)) onPointer(e);
    else if (e.type === 'focusin') onFocus(e);
  }
  if (early.events.some((e) => (ACTIVITY as readonly string[]).includes(e.type))) onActivity();
}

/**
 * The baked drawing shown in `box` (the phone's or the desk's) is near the box's width: shown as it
 * is, its text keeps its size. A box much wider or narrower needs the live chart, laid out to it.
 */
export function bakeFits(box: HTMLElement): boolean {
  const drawn = shownBake(box)?.viewBox?.baseVal?.width;
  if (!drawn) return false;
  const ratio = box.clientWidth / drawn;
  return ratio >= 0.9 && ratio <= 1.15;
}

/** The chart `name` no longer answers from its baked drawing. */
function dropTips(name: string) {
  tips.delete(name);
  hideTip(name);
}

/** A tap on the chart `name` before it could answer, or a pointer still over its box: answered now. */
function answerPending(name: string, box: HTMLElement) {
  const early = pending.get(name);
  if (early && (early.tapped || box.matches(':hover')))
    answer(name, document.elementFromPoint(early.x, early.y), early.x, early.y);
}

/**
 * The baked chart `name` answers with `tip`'s words from now on, before it is known to wait for the
 * reader (its bake is checked in a task after hydration, untilUsed): a pointer that came while the
 * page was hydrating is answered when its chart is, not after every chart's check. Returns a
 * withdrawal, for a chart that will not wait after all or is gone before its check.
 */
export function offerTips(
  name: string,
  box: HTMLElement,
  tip: (series: number, index: number) => string | undefined,
): () => void {
  tips.set(name, tip);
  answerPending(name, box);
  return () => {
    if (tips.get(name) === tip) dropTips(name);
  };
}

/**
 * Calls `wake` when the reader points at, taps or focuses the baked chart `name` (at once if they
 * already did) or, once they are using the page, when its turn to be drawn live comes (`load`
 * brings the engine first); or `misfit` if the page is resized so that the drawing no longer fits
 * its box. Meanwhile, and until the live chart is drawn, a bar or point pointed at or tapped is
 * answered with `tip`'s words for it. Returns a cancel.
 */
export function untilUsed(
  name: string,
  box: HTMLElement,
  wake: () => void,
  misfit: () => void,
  load: () => Promise<unknown>,
  tip?: (series: number, index: number) => string | undefined,
): () => void {
  watchBakedCharts();
  let done = false;
  let leaveQueue = () => {};
  const stop = () => {
    done = true;
    if (waiting.get(name) === go) waiting.delete(name);
    window.removeEventListener('resize', onResize);
    leaveQueue();
  };
  const go = () => {
    if (done) return;
    stop();
    wake();
  };
  const onResize = () => {
    if (done || bakeFits(box)) return;
    stop();
    dropTips(name);
    misfit();
  };
  // Cancelled before it woke (the chart changed or left): its baked answers go with it.
  const cancel = () => {
    if (!done) dropTips(name);
    stop();
  };
  if (tip) tips.set(name, tip);
  const early = pending.get(name);
  const hovered = box.matches(':hover');
  // A tap, or a pointer still there: answered now (a pointer that only crossed the chart before
  // the page was hydrated is not, though the chart wakes for it).
  answerPending(name, box);
  if (early || hovered) {
    go();
    return cancel;
  }
  waiting.set(name, go);
  window.addEventListener('resize', onResize);
  leaveQueue = upgradeWhenUsed(go, load);
  return cancel;
}

const ACTIVITY = [
  'pointermove',
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
  'scroll',
] as const;
/** Baked charts to draw live once the reader is using the page, one per idle moment, in page order. */
const upgrades: (() => void)[] = [];
let engine: (() => Promise<unknown>) | undefined;
/** The reader has used the page (watchBakedCharts listens from before hydration). */
let used = false;
/** The queue is being drawn (it stops when empty; a chart queued later starts it again). */
let running = false;

const idle = (f: () => void) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(f, { timeout: 2000 })
    : window.setTimeout(f, 50);

function upgradeNext() {
  const next = upgrades.shift();
  if (!next) {
    running = false;
    return;
  }
  next();
  idle(upgradeNext);
}

function startUpgrades() {
  if (!used || running || upgrades.length === 0) return;
  running = true;
  const load = engine ?? (() => Promise.resolve());
  idle(() => {
    load().then(() => idle(upgradeNext), upgradeNext);
  });
}

function onActivity() {
  for (const type of ACTIVITY) window.removeEventListener(type, onActivity, true);
  used = true;
  startUpgrades();
}

function listenForActivity() {
  for (const type of ACTIVITY)
    window.addEventListener(type, onActivity, { capture: true, passive: true });
}

/**
 * Once the reader starts using the page (a pointer, a key, a scroll), the chart engine is loaded
 * when the browser is idle, and the baked charts are drawn live one per idle moment, so the
 * tooltip a reader points at next comes at once. A reader who only reads runs none of it.
 */
function upgradeWhenUsed(go: () => void, load: () => Promise<unknown>): () => void {
  engine ??= load;
  upgrades.push(go);
  startUpgrades();
  return () => {
    const i = upgrades.indexOf(go);
    if (i >= 0) upgrades.splice(i, 1);
  };
}

/** The live chart `name` takes the place of its baked drawing, shown until now: no entrance. */
export function replacesBake(name: string): void {
  woken.add(name);
}

/** Whether the chart replaced its baked drawing (its first live draw has no entrance). */
export function wokenFromBake(name: string): boolean {
  return woken.has(name);
}

/**
 * The live chart `name` is drawn in `dom`: what the reader did to its baked drawing is done again on
 * it (the pointer moved to the same place, the tap made), once; and the datum they pointed at shows
 * its tooltip (`showTip`) though the live chart, laid out in the browser's fonts, has moved it a few
 * pixels from under the pointer.
 */
export function replayWake(
  name: string,
  dom: HTMLElement,
  showTip?: (datum: { series: number; index: number }) => void,
): void {
  const wake = pending.get(name);
  pending.delete(name);
  // The live chart answers from now on: its tooltip is drawn in the frame that takes this away.
  tips.delete(name);
  requestAnimationFrame(() => hideTip(name));
  if (!wake) return;
  const target = document.elementFromPoint(wake.x, wake.y);
  if (!target || !dom.contains(target)) return;
  const init = { clientX: wake.x, clientY: wake.y, bubbles: true, cancelable: true, view: window };
  // ECharts (zrender) listens for mouse events in Chromium, and for touch ones as well.
  target.dispatchEvent(new MouseEvent('mousemove', init));
  if (wake.datum) showTip?.(wake.datum);
  if (!wake.tapped) return;
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
}
