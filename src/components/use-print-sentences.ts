import { useEffect } from 'react';

/**
 * Paper carries the sentences: while the page prints, every closed "show the sentences"
 * disclosure is opened (a closed <details> prints collapsed in Chromium), and closed again after.
 */
export function usePrintSentences(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [
        ...document.querySelectorAll<HTMLDetailsElement>('.panel-source details:not([open])'),
      ];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
