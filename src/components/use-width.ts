import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The element's width in px, floored to 8 px steps so small reflows do not rebuild a chart. Read in
 * the ResizeObserver's callback, after the browser's own layout: no forced reflow while the page
 * is still loading. The update is flushed inside the callback, so the content that depends on the
 * width is laid out again before the frame is painted (no layout shift). Undefined until the first
 * measure.
 */
export function useWidth(el: HTMLElement | null): number | undefined {
  const [width, setWidth] = useState<number>();
  // Observed from a layout effect: the first callback then comes in the same frame, before paint.
  useLayoutEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const w = Math.floor(el.clientWidth / 8) * 8;
      if (w > 0) flushSync(() => setWidth(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return width;
}
