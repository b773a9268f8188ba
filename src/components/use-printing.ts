import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: true from the browser's beforeprint to its afterprint.
 * Paper is printed without background graphics by default, so what is drawn for a dark screen
 * (pale text and marks on a dark ground) is drawn for a white page while it prints (chart-impl.tsx
 * switches the charts to the light palette; styles.css does the same for the page).
 */
let printing = false;
const listeners = new Set<() => void>();

// Rendered at once, inside the event: the browser lays the page out for print when it returns.
const set = (value: boolean) => () => {
  if (printing === value) return;
  printing = value;
  flushSync(() => {
    for (const l of listeners) l();
  });
};
const before = set(true);
const after = set(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
