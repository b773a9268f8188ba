import { useRef } from 'react';

/**
 * What a chart last drew, kept while its panel has nothing to draw (a filter emptied it): the
 * chart stays mounted with it, hidden behind the empty message (<Chart hidden>), and the same
 * ECharts instance redraws when a filter brings the figures back. Building a new instance there
 * (echarts-for-react initialises twice) was the slow tail of a filter change.
 */
export function useKept<T>(value: T | undefined): { value: T | undefined; hidden: boolean } {
  const last = useRef(value);
  // A render with a value records it; renders are pure otherwise (same value, same result).
  if (value !== undefined) last.current = value;
  return { value: value ?? last.current, hidden: value === undefined };
}
