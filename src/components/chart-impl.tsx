import type { EChartsType } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import {
  type CSSProperties,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { echarts } from '../charts/echarts';
import { finishOption } from '../charts/option';
import { chartThemeName, fontFamilyFor } from '../charts/themes';
import type { ChartEventHandler, ChartProps } from './chart';
import { instanceReady, wrapperMounted } from './chart-hooks';
import { replayWake, wokenFromBake } from './chart-wake';
import { useProjector } from './panel-context';
import { usePrefersReducedMotion } from './reduced-motion';
import { usePrinting } from './use-printing';
import { useUi } from './use-ui';

/** Names of the charts drawn since the page loaded: only a chart's first appearance animates. */
const drawnBefore = new Set<string>();

/**
 * The one owner of ECharts in the app: registration (via ../charts/echarts), theme (switched live
 * with setTheme, never a rebuild), notMerge so a filtered-out series disappears, stable event
 * handlers, resize with the container, dispose on unmount, and the accessible summary.
 */
export default function ChartImpl({
  option,
  summary,
  height,
  onEvents,
  name,
  hidden = false,
}: ChartProps) {
  const { theme, patterns, lang } = useUi((s) => ({
    theme: s.view.theme,
    patterns: s.view.patterns,
    lang: s.view.lang,
  }));
  const projector = useProjector();
  // Printed in the light palette: paper has no dark background (see use-printing.ts).
  const printing = usePrinting();
  const themeName = chartThemeName(printing ? 'light' : theme, projector);
  const reducedMotion = usePrefersReducedMotion();
  const instanceRef = useRef<EChartsType | undefined>(undefined);
  // Counts finished renders, so tests and benchmarks can wait for a redraw without timing guesses.
  const [renders, setRenders] = useState(0);
  // A finished draw: counted, and the chart's name remembered, so its next options (and the same
  // chart brought back by a filter) draw at once instead of replaying the entrance.
  const countDraw = useCallback(() => {
    drawnBefore.add(name);
    setRenders((n) => n + 1);
  }, [name]);

  // The theme is fixed at init; later switches go through setTheme so zoom and selection survive.
  // (Not on mount: the instance was made with it, and setTheme redraws the whole chart.)
  const [initialTheme] = useState(themeName);
  // Applied to the real instance: on a switch, and when the instance arrives (a switch made while it
  // was being created).
  const appliedTheme = useRef(initialTheme);
  const currentTheme = useRef(themeName);
  currentTheme.current = themeName;
  const applyTheme = useCallback((instance: EChartsType) => {
    if (appliedTheme.current === currentTheme.current) return;
    instance.setTheme(currentTheme.current);
    appliedTheme.current = currentTheme.current;
    // Painted now, not at the next frame: a print lays the page out before that frame.
    instance.getZr().flush();
  }, []);
  // In the commit (a layout effect), so a print's switch is drawn before the page is laid out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a theme switch; applyTheme reads it from currentTheme
  useLayoutEffect(() => {
    if (instanceRef.current) applyTheme(instanceRef.current);
  }, [themeName, applyTheme]);

  const handlers = useRef(onEvents);
  handlers.current = onEvents;
  const eventNames = Object.keys(onEvents ?? {})
    .sort()
    .join(',');
  // One stable object per set of event names, whose functions call the latest handlers.
  const stableEvents = useMemo(() => {
    const events: Record<string, ChartEventHandler> = {
      finished: countDraw,
    };
    for (const key of eventNames.split(',').filter(Boolean))
      events[key] = (p) => handlers.current?.[key]?.(p);
    return events;
  }, [eventNames, countDraw]);

  // Without animation the first render finishes inside setOption, before events are bound; count it here.
  const forget = useRef<() => void>(() => {});
  const onReady = useCallback(
    (instance: EChartsType) => {
      forget.current();
      forget.current = instanceReady(name, instance);
      instanceRef.current = instance;
      applyTheme(instance);
      if (!instance.getOption()?.animation) countDraw();
      // Woken from its baked drawing by the reader: what they did is done again on the live chart.
      requestAnimationFrame(() =>
        replayWake(name, instance.getDom(), ({ series, index }) =>
          instance.dispatchAction({ type: 'showTip', seriesIndex: series, dataIndex: index }),
        ),
      );
    },
    [name, applyTheme, countDraw],
  );

  const finished = useMemo(
    () =>
      finishOption(option, {
        reducedMotion,
        // Read at each new option: the first finished draw itself does not rebuild it. A chart
        // woken from its baked drawing is on screen already: no entrance either.
        redraw: drawnBefore.has(name) || wokenFromBake(name),
        patterns,
        fontFamily: fontFamilyFor(lang),
      }),
    [option, reducedMotion, patterns, lang, name],
  );

  // A new height comes with a new option (the crime chart's second metric, the timeline's lanes).
  // The wrapper asks shouldSetOption just before it sets the option: the drawing surface takes the
  // new height there, which it is told (reading it from the page would force a layout), and the
  // option is laid out once, at its size. Set first and resized after, it was drawn twice. (The
  // height is on our box, the wrapper filling it: a wrapper whose style changes resizes itself.)
  const heightRef = useRef(height);
  heightRef.current = height;
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;
  const sizeBeforeOption = useCallback((prev: { option?: unknown }, next: { option?: unknown }) => {
    const chart = instanceRef.current;
    const h = heightRef.current;
    if (chart && !chart.isDisposed() && !hiddenRef.current && chart.getHeight() !== h) {
      // A new option is set next and laid out at the surface's size; the same option is not set
      // again, so the chart itself is resized.
      if (next.option !== prev.option) chart.getZr().resize({ width: chart.getWidth(), height: h });
      else chart.resize({ width: chart.getWidth(), height: h });
    }
    return true;
  }, []);

  // Resize with the container, and only when its size really changed: the wrapper's own sensor
  // (debounced 60 ms) would redraw a second time after every height change it already applied.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const chart = instanceRef.current;
        if (!chart || chart.isDisposed()) return;
        const dom = chart.getDom();
        // Hidden (its panel is empty): keep the size it had; it is redrawn when shown again.
        if (dom.clientWidth === 0) return;
        // 'auto': the wrapper initialises ECharts with the first size as fixed opts.
        if (chart.getWidth() !== dom.clientWidth || chart.getHeight() !== dom.clientHeight)
          chart.resize({ width: 'auto', height: 'auto' });
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    const unmount = wrapperMounted();
    return () => {
      unmount();
      forget.current();
    };
  }, []);

  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={summary}
      data-chart={name}
      data-chart-state={renders > 0 ? 'finished' : 'init'}
      data-renders={renders}
      hidden={hidden}
      style={{ height }}
    >
      {/* The drawing is out of the accessibility tree: its axis ticks and labels, read one by one,
          are noise beside the summary, the container's one description. */}
      <div aria-hidden="true" style={FILL}>
        <ReactEChartsCore
          echarts={echarts}
          option={finished}
          theme={initialTheme}
          notMerge
          lazyUpdate={false}
          shouldSetOption={sizeBeforeOption}
          opts={OPTS}
          onEvents={stableEvents}
          onChartReady={onReady}
          autoResize={false}
          style={FILL}
        />
      </div>
    </div>
  );
}

const OPTS = { renderer: 'svg' } as const;
const FILL: CSSProperties = { width: '100%', height: '100%' };
