// A page baked at build time (src/bake/): React hydrates the HTML it holds instead of rendering it
// anew, once every panel's code and data are there; a data file that changed since the bake gets a
// fresh render instead, with a line saying so.
import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { type BakeRecord, dataHash } from '../bake/record';
import { readBakedCharts } from '../components/chart-bake';
import { watchBakedCharts } from '../components/chart-wake';
import { nextTask } from '../data/next-task';
import { uiStore } from '../filters/store';
import { loadPanelViews, PANELS, panelFileQuery } from '../modes/panel-registry';
import type { DatasetFile } from '../panels/datasets';

declare global {
  interface Window {
    /** What hydration reported (onRecoverableError): tests expect none. */
    __yrdHydrationErrors?: string[];
  }
}

const UPDATED = {
  zh: (files: string) => `本页生成后,数据已更新(${files}):以下为更新后的数字。`,
  en: (files: string) =>
    `The figures were updated since this page was prepared (${files}); shown here as they are now.`,
};

function UpdatedLine({ files }: { files: string[] }) {
  const lang = uiStore.getState().view.lang;
  return (
    <p className="baked-updated" role="status" data-updated-files={files.join(' ')}>
      {UPDATED[lang](files.map((f) => `data/${f}`).join(lang === 'zh' ? '、' : ', '))}
    </p>
  );
}

/** Which of the record's data files now differ from the ones the page was baked from (throws when one fails). */
async function changedFiles(
  client: QueryClient,
  record: BakeRecord,
  element: HTMLElement,
): Promise<string[]> {
  const files = Object.keys(record.hashes) as DatasetFile[];
  // The code of the panels the baked markup holds (an embed's one), not every panel's.
  const baked = new Set(
    [...element.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel')),
  );
  // Each failure is handled below, once all are asked for (not taken for an unhandled one before).
  const handled = <T,>(promise: Promise<T>) => {
    promise.catch(() => {});
    return promise;
  };
  const views = handled(loadPanelViews(PANELS.filter((p) => baked.has(p.id))));
  // Asked for one task each, as the entry did (prefetchPanelData): most are in flight already.
  const asked: Promise<unknown>[] = [];
  for (const file of files) {
    await nextTask();
    asked.push(handled(client.fetchQuery(panelFileQuery(file))));
  }
  const data = Promise.all(asked);
  // Both settled before any render: a panel view that arrived after LazyPanel's first render
  // would not be picked up by it (it loads its own only when none is there).
  await Promise.allSettled([views, data]);
  await views;
  const drawn = await data;
  // Each file hashed in a task of its own (a slow CPU takes a while over all of them at once).
  const changed: string[] = [];
  for (const [i, file] of files.entries()) {
    await nextTask();
    if (dataHash(drawn[i]) !== record.hashes[file]) changed.push(file);
  }
  return changed;
}

/** Hydrates the baked page in `element`, or renders it anew where its data changed or failed. */
export async function startBaked(
  element: HTMLElement,
  client: QueryClient,
  baked: BakeRecord,
  tree: (before?: ReactNode) => ReactNode,
  /** A page holding more than it shows (the embed page, one baked embed per panel): keeps in
   *  `element` only what it hydrates and gives the record of that, or undefined for none. */
  prepare?: (element: HTMLElement, record: BakeRecord) => BakeRecord | undefined,
): Promise<void> {
  const root = document.documentElement;
  // A reader who points at or taps a baked chart before the page is hydrated is not lost.
  watchBakedCharts();
  // The whole page first: the entry (an async module) may run while the parser is still in the
  // body, and what it reads and hydrates must be the whole baked markup (else a chart further
  // down is not in the drawings read, and its hydration fails).
  if (document.readyState === 'loading')
    await new Promise((parsed) =>
      document.addEventListener('DOMContentLoaded', parsed, { once: true }),
    );
  const record =
    root.dataset.baked === 'hide' ? undefined : prepare ? prepare(element, baked) : baked;
  // public/browser-check.js hid the baked view: this link asks for another one (or nothing baked
  // is the link's).
  if (!record) {
    element.replaceChildren();
    createRoot(element).render(tree());
    root.dataset.baked = 'live';
    return;
  }
  let changed: string[] | undefined;
  await nextTask();
  try {
    changed = await changedFiles(client, record, element);
  } catch {
    changed = undefined; // the live render shows the failure as it does on an unbaked page
  }
  if (changed && changed.length === 0) {
    readBakedCharts(element);
    await nextTask();
    const errors: string[] = [];
    window.__yrdHydrationErrors = errors;
    // In a transition: React hydrates the page's frame in slices too (the panels, each a Suspense
    // boundary, come after it in slices of their own), not in one task before the reader can act.
    startTransition(() => {
      hydrateRoot(element, tree(), {
        onRecoverableError: (error) => {
          errors.push(String((error as Error)?.message ?? error));
          console.error(error);
        },
      });
    });
    root.dataset.baked = 'hydrated';
    return;
  }
  element.replaceChildren();
  createRoot(element).render(tree(changed?.length ? <UpdatedLine files={changed} /> : undefined));
  root.dataset.baked = 'replaced';
}
