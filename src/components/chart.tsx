import { lazy, Suspense } from 'react';
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

/** A chart: the accessible summary and the reserved height at once, the drawing when ECharts has loaded. */
export function Chart(props: ChartProps) {
  useSlideNotes(`chart:${props.name}`, [props.summary]);
  return (
    <Suspense
      fallback={
        <div
          className="chart"
          role="img"
          aria-label={props.summary}
          data-chart={props.name}
          data-chart-state="loading"
          style={{ height: props.height }}
        />
      }
    >
      <ChartImpl {...props} />
    </Suspense>
  );
}
