import { useEffect, useState } from 'react';

/**
 * True once the mouse has not moved for `ms` milliseconds (2 s by default), false again at the next
 * movement: present mode hides the pointer and the controls while it is true.
 */
export function useIdle(ms = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const onMove = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
    };
  }, [ms]);
  return idle;
}
