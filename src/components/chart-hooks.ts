import type { EChartsType } from 'echarts/core';

/**
 * The test and benchmark hooks, in one place: `window.__yrdCharts`, installed when the first chart
 * mounts (nothing at import). The browser tests and the bench read it:
 * - `live()`: chart wrappers mounted now (present mode must not leak them);
 * - `registered()`: ECharts instances by name;
 * - `pixel(name, finder, value)`: where a data value sits on screen, so a test clicks it as a user.
 * Nothing in the app reads it.
 */
declare global {
  interface Window {
    __yrdCharts?: {
      live: () => number;
      registered: () => number;
      pixel: (
        name: string,
        finder: Record<string, number>,
        value: (number | string)[],
      ) => number[] | undefined;
    };
  }
}

const instances = new Map<string, EChartsType>();
let liveWrappers = 0;

function install() {
  if (typeof window === 'undefined' || window.__yrdCharts) return;
  window.__yrdCharts = {
    live: () => liveWrappers,
    registered: () => instances.size,
    pixel: (name, finder, value) => {
      const chart = instances.get(name);
      const at = chart?.convertToPixel(finder, value) as number[] | undefined;
      const rect = chart?.getDom().getBoundingClientRect();
      return at && rect ? [rect.left + (at[0] as number), rect.top + (at[1] as number)] : undefined;
    },
  };
}

/** A chart wrapper mounted; the returned function unmounts it. */
export function wrapperMounted(): () => void {
  install();
  liveWrappers += 1;
  return () => {
    liveWrappers -= 1;
  };
}

/** The named chart's ECharts instance is ready; the returned function forgets it (if still the same). */
export function instanceReady(name: string, instance: EChartsType): () => void {
  instances.set(name, instance);
  return () => {
    if (instances.get(name) === instance) instances.delete(name);
  };
}
