import { useEffect, useState } from 'react';

type PageError = typeof import('./page-error');
let loaded: PageError | undefined;

/**
 * The page-error words and components (./page-error), fetched when an error is first shown: every
 * reader would otherwise download them. Until they arrive (or if they cannot: the error may be the
 * network's), the caller shows the bare error line.
 */
export function usePageError(): PageError | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    import('./page-error')
      .then((m) => {
        loaded = m;
        if (live) setModule(m);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return module;
}

/** An error as one line before the words arrive: its kind and message. */
export function bareErrorLine(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
