// When a chart draws. No React here, and nothing happens at import: the listeners are added when
// the first chart asks for a turn.

// Charts are drawn one per task, in page order, instead of all in the render that brought the
// data: each ECharts init is then a short task of its own and the page stays responsive.
const waiting: (() => void)[] = [];
let draining = false;

function drain() {
  const next = waiting.shift();
  if (!next) {
    draining = false;
    return;
  }
  next();
  setTimeout(drain, 0);
}

/** Queues `grant` for a task of its own; returns a function that leaves the queue. */
export function takeTurn(grant: () => void): () => void {
  waiting.push(grant);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
  return () => {
    const i = waiting.indexOf(grant);
    if (i >= 0) waiting.splice(i, 1);
  };
}

// A chart below the fold waits until it comes near the viewport, or until the reader starts using
// the page (a pointer, key, wheel or touch, or the print dialog): the first seconds on a slow
// machine go to what is on screen, and the rest is drawn while the reader reads.
const READER_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'beforeprint',
] as const;
let readerActive = false;
let listening = false;
const whenReaderActive = new Set<() => void>();

function onReader() {
  readerActive = true;
  for (const type of READER_EVENTS) window.removeEventListener(type, onReader, true);
  for (const f of [...whenReaderActive]) f();
  whenReaderActive.clear();
}

/** Every chart is wanted now, wherever it is (printing a deck whose slides are out of sight). */
export function wantEveryChart() {
  if (!readerActive) onReader();
}

function listenForReader() {
  if (listening || readerActive) return;
  listening = true;
  for (const type of READER_EVENTS)
    window.addEventListener(type, onReader, { capture: true, passive: true });
}

/** Calls `show` once `el` comes within 200 px of the viewport or the reader is active; returns a cancel. */
export function whenWanted(el: Element, show: () => void): () => void {
  listenForReader();
  if (readerActive || typeof IntersectionObserver === 'undefined') {
    show();
    return () => {};
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    whenReaderActive.delete(once);
  };
  const once = () => {
    if (done) return;
    stop();
    show();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) once();
    },
    { rootMargin: '200px 0px' },
  );
  observer.observe(el);
  whenReaderActive.add(once);
  return stop;
}
