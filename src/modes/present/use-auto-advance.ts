import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Advances every `interval` seconds (0 = off) unless paused; any interaction (`touch`) restarts the
 * countdown, so the presenter is never cut off. One timer for the mode's whole life: nothing grows
 * over hours of looping.
 */
export function useAutoAdvance(interval: number, paused: boolean, advance: () => void) {
  const [remaining, setRemaining] = useState(interval);
  const advanceRef = useRef(advance);
  advanceRef.current = advance;
  const deadline = useRef(0);

  const touch = useCallback(() => {
    deadline.current = Date.now() + interval * 1000;
    setRemaining(interval);
  }, [interval]);

  useEffect(() => {
    if (interval <= 0 || paused) return;
    deadline.current = Date.now() + interval * 1000;
    setRemaining(interval);
    const timer = window.setInterval(() => {
      const left = Math.ceil((deadline.current - Date.now()) / 1000);
      if (left <= 0) {
        deadline.current = Date.now() + interval * 1000;
        setRemaining(interval);
        advanceRef.current();
      } else setRemaining(left);
    }, 250);
    return () => window.clearInterval(timer);
  }, [interval, paused]);

  return { remaining, touch };
}
