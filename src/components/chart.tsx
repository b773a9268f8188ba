import { lazy, Suspense, useEffect, useState } from 'react';
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
// Once the first screen's queue has drained, a chart that mounts later (a filter brought it back)
// draws at once: waiting for a turn would only delay it.
const waiting: (() => void)[] = [];
let draining = false;
let firstScreenDone = false;
function drain() {
  const next = waiting.shift();
  if (!next) {
    draining = false;
    firstScreenDone = true;
    return;
  }
  next();
  setTimeout(drain, 0);
}
function takeTurn(grant: () => void): () => void {
  if (firstScreenDone) {
    grant();
    return () => {};
  }
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

/** A chart: the accessible summary and the reserved height at once, the drawing when ECharts has loaded and its turn comes. */
export function Chart(props: ChartProps) {
  useSlideNotes(`chart:${props.name}`, [props.summary]);
  const [turn, setTurn] = useState(false);
  useEffect(() => takeTurn(() => setTurn(true)), []);
  const placeholder = (
    <div
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
