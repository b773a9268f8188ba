import { startTransition, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { shownBake } from './chart-bake';

/**
 * The width in px of the element given to the returned ref (when `enabled`), floored to 8 px steps
 * so small reflows do not rebuild a chart; undefined until the first measure. Read in the
 * ResizeObserver's callback, after the browser's own layout: no forced reflow while the page is
 * still loading.
 *
 * The update is flushed inside the callback, so the content that depends on the width is laid out
 * again before the frame is painted (no layout shift). Not while the box shows a chart's baked
 * drawing (a page baked at build time, being hydrated): what is on screen does not depend on the
 * width then, and a transition lets React render it in slices instead of in one long task.
 *
 * A ref callback, not a ref read in an effect: the box is observed from the moment it is attached,
 * without a state update (and a second render) to hand the element over.
 */
export function useWidth(enabled: boolean): [number | undefined, (el: HTMLElement | null) => void] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback(
    (el: HTMLElement | null) => {
      if (!el || !enabled) return;
      const observer = new ResizeObserver(() => {
        const w = Math.floor(el.clientWidth / 8) * 8;
        if (w <= 0) return;
        if (shownBake(el)) startTransition(() => setWidth(w));
        else flushSync(() => setWidth(w));
      });
      observer.observe(el);
      return () => observer.disconnect();
    },
    [enabled],
  );
  return [width, ref];
}
