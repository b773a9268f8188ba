import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../charts/option';
import { tipText } from '../charts/tip-text';
import { bakedChart, bakedIsCurrent, type DrawnAt, shownDrawing } from './chart-bake';
import { bakeFits, offerTips, replacesBake, untilUsed } from './chart-wake';
import { takeTurn, whenWanted } from './draw-scheduler';
import { useProjector, useSlideNotes } from './panel-context';
import { useUi } from './use-ui';

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
  /** A chart laid out to its width: the chart at another width (the bake draws it at its widths). */
  at?: (width: number) => DrawnAt;
}

// ECharts is most of the bundle: it loads in its own chunk, in parallel with the data, while the
// titles, figures and tables (plain React) are already readable.
const loadImpl = () => import('./chart-impl');
const ChartImpl = lazy(loadImpl);

/**
 * A chart: the accessible summary and the reserved height at once; the drawing when it is wanted
 * (near the viewport, or the reader is active), ECharts has loaded and its turn comes. A chart
 * baked into the page as it is now (same figures and layout, the light theme, a box near the baked
 * width) stays baked until the reader points at, taps or focuses it (chart-wake.ts).
 */
export function Chart(props: ChartProps) {
  const { hidden = false, name } = props;
  useSlideNotes(`chart:${name}`, hidden ? undefined : [props.summary]);
  const [turn, setTurn] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // The drawing baked into the page's HTML at build time, shown until the live chart takes over
  // (out of the accessibility tree as the live drawing is: the summary describes the chart).
  const { option, height, at } = props;
  const baked = bakedChart({ name, option, height, at });
  const plain = useUi((s) => s.view.theme === 'light' && !s.view.patterns);
  const projector = useProjector();
  const mayKeepBaked = baked !== undefined && plain && !projector;
  const bakedShown = useRef(false);
  bakedShown.current = baked !== undefined && plain;
  useEffect(() => {
    const el = box.current;
    if (turn || hidden || !el) return;
    const live = () => {
      if (bakedShown.current) replacesBake(name);
      setTurn(true);
    };
    let release = () => {};
    let stopWanted = () => {};
    const whenNear = () => {
      stopWanted = whenWanted(el, () => {
        release = takeTurn(live);
      });
    };
    let stopBaked = () => {};
    const request = { name, option, height, at };
    // Its tooltip's words for a bar or point of the drawing shown, before the engine is there: from
    // the option that drawing was baked from, built once per drawing shown (not per pointer move).
    // Once woken, this box is replaced by the placeholder React shows while the engine loads (the
    // same drawing in a new box): the last drawing's option answers until the live chart is drawn.
    let built: { svg: SVGSVGElement; option: ChartOption } | undefined;
    const tip = (series: number, index: number) => {
      const shown = shownDrawing(el, request);
      if (shown && built?.svg !== shown.svg)
        built = { svg: shown.svg, option: shown.drawn.option as ChartOption };
      return built && tipText(built.option, series, index);
    };
    // Answering from the drawing meanwhile: a pointer is not kept waiting for the check below.
    let withdraw = mayKeepBaked ? offerTips(name, el, tip) : () => {};
    const settle = () => {
      if (bakedIsCurrent(el, request) && bakeFits(el)) {
        // untilUsed keeps its words from here (until the live chart is drawn) or drops them.
        withdraw = () => {};
        stopBaked = untilUsed(name, el, live, whenNear, loadImpl, tip);
      } else {
        withdraw();
        whenNear();
      }
    };
    // Whether the baked drawing is the chart as it is now is a task of its own for each chart (it
    // builds the option at the baked width): hydrating a baked page runs every chart's effect at
    // once, and one task for all of them was a long one on a slow CPU. What the reader does in
    // between is kept (chart-wake.ts) and handed over when the chart starts waiting.
    const check = mayKeepBaked ? window.setTimeout(settle, 0) : undefined;
    if (check === undefined) whenNear();
    return () => {
      window.clearTimeout(check);
      withdraw();
      stopBaked();
      stopWanted();
      release();
    };
  }, [turn, hidden, mayKeepBaked, name, option, height, at]);
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
