import { useEffect, useState } from 'react';

/**
 * The phone layout's condition: a narrow screen, or a phone held sideways (wide but short). The
 * same query stands in src/styles.css; CSS alone decides what is shown, so the page's first
 * render (on the server too) is one markup for every width.
 */
export const COMPACT_QUERY = '(max-width: 600px), (max-height: 480px)';

/**
 * Whether the phone layout applies. False on the first render (as on the server), then the
 * screen's answer: for what CSS cannot say, such as a menu's roles, never for what is shown.
 */
export function useCompact(): boolean {
  const [compact, setCompact] = useState(false);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(COMPACT_QUERY);
    const update = () => setCompact(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return compact;
}
