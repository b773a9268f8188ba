import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A module fetched the first time a component shows something rare (an error's words, problems in
 * Chinese), so that every reader does not download it. `load` must be the same function on every
 * render (define it at module level); nothing is fetched while `wanted` is false. Undefined until
 * the module arrives, or if it cannot (the error shown may be the network's): the caller then shows
 * its plain fallback.
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted = true): T | undefined {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!wanted || loaded.has(load)) return;
    let live = true;
    load()
      .then((m) => {
        loaded.set(load, m);
        if (live) arrived((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load, wanted]);
  return loaded.get(load) as T | undefined;
}
