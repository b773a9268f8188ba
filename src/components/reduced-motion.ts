import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One query list for the page: every chart reads it on every render.
let list: MediaQueryList | undefined;
function query(): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  list ??= window.matchMedia(QUERY);
  return list;
}

function subscribe(onChange: () => void) {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** Whether the reader asked the system for less motion; follows changes live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
