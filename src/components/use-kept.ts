import { useRef } from 'react';

/**
 * What a chart last drew, kept while its panel has nothing to draw (a filter emptied it): the
 * chart stays mounted with it, hidden behind the empty message (<Chart hidden>), and the same
 * ECharts instance redraws when a filter brings the figures back. Building a new instance there
 * (echarts-for-react initialises twice) was the slow tail of a filter change.
 *
 * `key` names what the value was made from: a value made from what was kept (a filter undone
 * after emptying the panel) is the kept one itself, so the chart is shown again without a redraw.
 */
export function useKept<T>(
  value: T | undefined,
  key: string,
): { value: T | undefined; hidden: boolean } {
  const last = useRef<{ value: T; key: string } | undefined>(undefined);
  // A render with a new value records it; renders are pure otherwise (same value, same result).
  if (value !== undefined && last.current?.key !== key) last.current = { value, key };
  return { value: last.current?.value, hidden: value === undefined };
}
