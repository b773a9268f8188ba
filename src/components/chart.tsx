import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../charts/option';
import { bakedChart } from './chart-bake';
import { takeTurn, whenWanted } from './draw-scheduler';
import { useSlideNotes } from './panel-context';

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
  /**
   * The panel has nothing to draw just now (a filter emptied it): the chart stays mounted, hidden
   * and out of the accessibility tree, so the same ECharts instance redraws when a filter brings
   * its figures back instead of a new one being built (see useKept).
   */
  hidden?: boolean;
}

// ECharts is most of the bundle: it loads in its own chunk, in parallel with the data, while the
// titles, figures and tables (plain React) are already readable.
const ChartImpl = lazy(() => import('./chart-impl'));

/** A chart: the accessible summary and the reserved height at once; the drawing when it is wanted (near the viewport, or the reader is active), ECharts has loaded and its turn comes. */
export function Chart(props: ChartProps) {
  const { hidden = false } = props;
  useSlideNotes(`chart:${props.name}`, hidden ? undefined : [props.summary]);
  const [turn, setTurn] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (turn || hidden || !box.current) return;
    let release = () => {};
    const stop = whenWanted(box.current, () => {
      release = takeTurn(() => setTurn(true));
    });
    return () => {
      stop();
      release();
    };
  }, [turn, hidden]);
  // Never drawn and nothing to draw: nothing to keep either.
  if (hidden && !turn) return null;
  // The drawing baked into the page's HTML at build time, shown until the live chart takes over
  // (out of the accessibility tree as the live drawing is: the summary describes the chart).
  const baked = bakedChart({ name: props.name, option: props.option, height: props.height });
  const placeholder = (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={props.summary}
      data-chart={props.name}
      data-chart-state="loading"
      style={{ height: props.height }}
    >
      {baked && (
        <div
          className="chart-baked"
          aria-hidden="true"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn by ECharts at build time from the app's own option (src/bake/chart-svg.ts)
          dangerouslySetInnerHTML={{ __html: baked }}
        />
      )}
    </div>
  );
  if (!turn) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ChartImpl {...props} />
    </Suspense>
  );
}
