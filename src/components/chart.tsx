import { Suspense, use, useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../charts/option';
import { useSlideNotes } from './chart-context';
import { takeTurn, whenWanted } from './draw-scheduler';

export type ChartEventHandler = (params: unknown) => void;

/**
 * Loads and registers the ECharts parts a panel's chart draws: a dynamic import of the panel's
 * echarts-parts.ts, so they load with ECharts' core and never with the page. Define it once at
 * module level (the owner keeps one loading per function).
 */
export type ChartParts = () => Promise<void>;

export interface ChartProps {
  option: ChartOption;
  /** The ECharts parts the option draws; the chart waits for ECharts' core and these before drawing. */
  parts: ChartParts;
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
   * its figures back instead of a new one being built (see useKeptOption).
   */
  hidden?: boolean;
}

type ChartOwner = typeof import('./chart-impl').default;

// ECharts is most of the bundle: it loads in its own chunk, in parallel with the data, while the
// titles, figures and tables (plain React) are already readable. The panel's parts are asked for at
// the same moment as the owner (both chunks bring the core with them), not after it: one round trip.
const owners = new Map<ChartParts, Promise<ChartOwner>>();
function loadOwner(parts: ChartParts): Promise<ChartOwner> {
  let owner = owners.get(parts);
  if (!owner) {
    owner = Promise.all([import('./chart-impl'), parts()]).then(([impl]) => impl.default);
    // A failed load (the chunk could not be fetched) is tried again by the next chart that asks.
    owner.catch(() => owners.delete(parts));
    owners.set(parts, owner);
  }
  return owner;
}

/** Suspends until ECharts and the panel's parts are in, then draws. */
function OwnedChart({ owner, ...props }: ChartProps & { owner: Promise<ChartOwner> }) {
  const ChartImpl = use(owner);
  return <ChartImpl {...props} />;
}

/** A chart: the accessible summary and the reserved height at once; the drawing when it is wanted (near the viewport, or the reader is active), ECharts has loaded and its turn comes. */
export function Chart(props: ChartProps) {
  const { hidden = false } = props;
  useSlideNotes(`chart:${props.name}`, hidden ? undefined : [props.summary]);
  // Set when the chart's turn comes: ECharts with this chart's parts, loading or loaded.
  const [owner, setOwner] = useState<Promise<ChartOwner>>();
  const turn = owner !== undefined;
  const parts = useRef(props.parts);
  parts.current = props.parts;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (turn || hidden || !box.current) return;
    let release = () => {};
    const stop = whenWanted(box.current, () => {
      release = takeTurn(() => setOwner(loadOwner(parts.current)));
    });
    return () => {
      stop();
      release();
    };
  }, [turn, hidden]);
  // Never drawn and nothing to draw: nothing to keep either.
  if (hidden && !turn) return null;
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
  if (!owner) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <OwnedChart {...props} owner={owner} />
    </Suspense>
  );
}
