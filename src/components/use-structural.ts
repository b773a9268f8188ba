import { useRef } from 'react';

/**
 * The value from the last render when the new one has the same content (as JSON): a filter that
 * leaves a panel's view model as it was (a province that changes nothing in it) then rebuilds no
 * option and redraws no chart. Also gives that JSON, the content's key. For plain data only (no
 * Map, Set or functions inside).
 */
export function useStructural<T>(value: T): { value: T; json: string } {
  const last = useRef<{ value: T; json: string } | undefined>(undefined);
  const json = JSON.stringify(value) ?? '';
  if (last.current?.json !== json) last.current = { value, json };
  return last.current;
}
