import { type RefObject, useEffect } from 'react';
import { RESIZE_MESSAGE } from './embed-params';

/**
 * Tells the parent page how tall the embed's content is, so a host script can size the iframe:
 * `{ type: 'yrd-dashboard:resize', panel, height }` and nothing else, on load and whenever the
 * content's size changes. Only sends; the embed listens to no message.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, panel: string | null) {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = (force: boolean) => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height <= 0 || (height === last && !force)) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, panel, height }, '*');
    };
    const onLoad = () => post(true);
    // The host's script may start listening after the first message; load and pageshow repeat it.
    post(true);
    const observer = new ResizeObserver(() => post(false));
    observer.observe(el);
    window.addEventListener('load', onLoad);
    window.addEventListener('pageshow', onLoad);
    return () => {
      observer.disconnect();
      window.removeEventListener('load', onLoad);
      window.removeEventListener('pageshow', onLoad);
    };
  }, [ref, panel]);
}
