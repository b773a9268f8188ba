import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../charts/option';
import { useSlideNotes } from './chart-context';

export type ChartEventHandler = (params: unknown) => void;

export interface ChartProps {
  option: ChartOption;
  /** The generated text summary: the chart's accessible name. */
  summary: string;
  /** Height in px (width follows the container). */
  height: number;
  /** Event handlers by ECharts event name. They may change between renders; the chart is not rebuilt. */
  onEvents?: Record<string, ChartEventHandler>;
  /** Marks the chart as a test/benchmark target: `data-chart="<name>"`. */
  name: string;
}

// ECharts is most of the bundle: it loads in its own chunk, in parallel with the data, while the
// titles, figures and tables (plain React) are already readable.
const ChartImpl = lazy(() => import('./chart-impl'));

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
function takeTurn(grant: () => void): () => void {
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
];
let readerActive = false;
const whenReaderActive = new Set<() => void>();
function onReader() {
  readerActive = true;
  for (const type of READER_EVENTS) window.removeEventListener(type, onReader, true);
  for (const f of [...whenReaderActive]) f();
  whenReaderActive.clear();
}
if (typeof window !== 'undefined')
  for (const type of READER_EVENTS)
    window.addEventListener(type, onReader, { capture: true, passive: true });

/** Calls `show` once the element comes within 200 px of the viewport or the reader is active. */
function whenWanted(el: Element, show: () => void): () => void {
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

/** A chart: the accessible summary and the reserved height at once; the drawing when it is wanted (near the viewport, or the reader is active), ECharts has loaded and its turn comes. */
export function Chart(props: ChartProps) {
  useSlideNotes(`chart:${props.name}`, [props.summary]);
  const [turn, setTurn] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let release = () => {};
    const stop = box.current
      ? whenWanted(box.current, () => {
          release = takeTurn(() => setTurn(true));
        })
      : () => {};
    return () => {
      stop();
      release();
    };
  }, []);
  const placeholder = (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={props.summary}
      data-chart={props.name}
      data-chart-state="loading"
      style={{ height: props.height }}
    />
  );
  if (!turn) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ChartImpl {...props} />
    </Suspense>
  );
}
