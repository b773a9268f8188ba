import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type BakeRecord, readBakeRecord } from '../bake/record';
import { PageCrash, RootErrorBoundary } from '../components/root-error';
import { nextTask } from '../data/next-task';
import { startBaked } from './baked';
import { createQueryClient } from './query-client';

declare global {
  interface Window {
    /** Set by public/browser-check.js when the browser is below the floor. */
    __yrdUnsupported?: boolean;
    /** Set once an entry starts, so browser-check.js knows the page did not fail before it. */
    __yrdMounted?: boolean;
  }
}

/** How an entry starts: `hydrating` when the page holds the link's view baked, which React
 *  hydrates (nothing on it waits for the data; what the entry asks for may be spread over tasks). */
export interface EntryStart {
  hydrating: boolean;
}

/**
 * Mounts an entry (the dashboard page, the embed) in #root inside the root error boundary. `setup`
 * reads the link, may start the data queries on the page's query client, and builds the tree; an
 * error there shows the crash message too, so no error in this browser leaves a white page.
 */
export function mountEntry(
  page: string,
  setup: (client: QueryClient, start: EntryStart) => ReactNode,
  /** For a baked page holding more than it shows: see startBaked's `prepare`. */
  prepareBaked?: (element: HTMLElement, record: BakeRecord) => BakeRecord | undefined,
): void {
  // public/browser-check.js found this browser below the floor and shows its message instead.
  if (window.__yrdUnsupported) return;
  window.__yrdMounted = true;
  const element = document.getElementById('root');
  if (!element) throw new Error(`${page} has no #root element`);
  const client = createQueryClient();
  const baked = readBakeRecord();
  // public/browser-check.js marks a baked page whose link asks for another view (data-baked=hide).
  const start = { hydrating: !!baked && document.documentElement.dataset.baked !== 'hide' };
  const build = () => {
    let tree: ReactNode;
    try {
      tree = setup(client, start);
    } catch (error) {
      console.error(error);
      tree = <PageCrash error={error} />;
    }
    return (before?: ReactNode) => (
      <StrictMode>
        <RootErrorBoundary>
          <QueryClientProvider client={client}>
            {before}
            {tree}
          </QueryClientProvider>
        </RootErrorBoundary>
      </StrictMode>
    );
  };
  // A page baked at build time (src/bake/) is hydrated, not rendered anew. It is readable as it
  // is, so its code's start is spread over tasks (the modules' evaluation, reading the link and
  // asking for the data, then startBaked's own steps): none of them holds the page for long.
  if (baked)
    void nextTask()
      .then(build)
      .then(async (tree) => {
        await nextTask();
        await startBaked(element, client, baked, tree, prepareBaked);
      });
  else createRoot(element).render(build()());
}
