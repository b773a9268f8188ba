import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ComponentType, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { PanelPlaceholder } from '../components/panel-frame';
import { nextTask } from '../data/next-task';
import type { PanelCode, PanelFacts, PanelMeta, PanelViewProps } from '../panels/contract';
import { CRIME_TREND } from '../panels/crime-trend/meta';
import { CrimeTrendPanel } from '../panels/crime-trend/view';
import { type DatasetFile, datasetsOf, fileQuery } from '../panels/datasets';
import { GOVERNANCE } from '../panels/governance/meta';
import { MIGRATION } from '../panels/migration/meta';
import { PROJECTS } from '../panels/projects/meta';
import { TIMELINE } from '../panels/timeline/meta';
import { EXTRA_PANELS } from './extra-panels';

export interface PanelEntry {
  /** The panel's meta module (src/panels/<name>/meta.ts): its data file (asked for before the page
   *  first renders, see prefetchPanelData) and what the slide deck reads of it. */
  meta: PanelMeta;
  id: string;
  /** The panel's name, for slide lists, the embed's panel list and its error message. */
  name: { zh: string; en: string };
  Component: ComponentType;
}

/** A panel whose view is a chunk of its own: its meta's load() brings the view that takes that meta. */
type LazyMeta<M extends PanelFacts> = M &
  Omit<PanelMeta, 'load'> & { load(): Promise<PanelCode<ComponentType<PanelViewProps<M>>>> };

/**
 * Asks for the data files of these panels at once (the same query, key and checks as each panel's
 * own), before the page's first render: a panel's own query starts only after React has rendered
 * and committed the page, 100–300 ms later on this machine, and the figures waited for it. Each
 * entry asks for what it shows (src/app/main.tsx, src/modes/embed/main.tsx).
 */
export function prefetchPanelData(
  client: QueryClient,
  entries: readonly PanelEntry[],
  /** A page being hydrated shows its figures already: its files are asked for one task each
   *  (starting a request is not free on a slow CPU, and six at once were one long task). */
  { spread = false }: { spread?: boolean } = {},
): void {
  const files = [...new Set(entries.map((p) => p.meta.dataset))];
  void (async () => {
    for (const [i, file] of files.entries()) {
      if (spread && i > 0) await nextTask();
      void client.prefetchQuery(panelFileQuery(file));
    }
  })();
}

// The other panels' code waits until the first panel has its figures on screen (or has failed), so
// that the first figure a reader sees does not share the line with code for what is further down;
// never longer than FIRST_HEAD_START ms, and not at all where the first panel is not shown (an
// embed or a slide of another panel). Their data is asked for at once all the same.
const FIRST_HEAD_START = 2000;
let releaseOthers: () => void = () => {};
const othersMayLoad = new Promise<void>((resolve) => {
  releaseOthers = resolve;
});
let firstPanelShown = false;

/** The first panel, which lets the others load once its data has answered. */
function FirstPanel<M extends PanelMeta>({
  meta,
  View,
}: {
  meta: M;
  View: ComponentType<PanelViewProps<M>>;
}) {
  const { status } = useQuery(fileQuery(DATASETS, meta.dataset));
  useLayoutEffect(() => {
    firstPanelShown = true;
    const cap = setTimeout(releaseOthers, FIRST_HEAD_START);
    return () => {
      firstPanelShown = false;
      clearTimeout(cap);
    };
  }, []);
  useEffect(() => {
    if (status !== 'pending') releaseOthers();
  }, [status]);
  return <View meta={meta} />;
}

// Each lazy panel's view once loaded, by panel id (a view takes its own meta as props).
const loaded = new Map<string, unknown>();

/**
 * A panel whose code loads in its own chunk: the first screen (and an embed of one panel) does not
 * wait for the others. Its data was asked for by the page's entry, not after its code; until both
 * are there, a placeholder of the panel's height holds its place. (Loaded by hand, not React.lazy: a Suspense
 * boundary's reveal is throttled and waits behind the chart work that starts at the same moment.)
 */
function LazyPanel<M extends PanelFacts>({ meta }: { meta: LazyMeta<M> }) {
  type View = ComponentType<PanelViewProps<M>>;
  const [Code, setCode] = useState<View | undefined>(() => loaded.get(meta.id) as View | undefined);
  const [failed, setFailed] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!firstPanelShown) releaseOthers();
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt loads the chunk again after a failure
  useEffect(() => {
    if (loaded.has(meta.id)) return;
    let live = true;
    othersMayLoad
      .then(() => meta.load())
      .then(({ View: Component }) => {
        loaded.set(meta.id, Component);
        // A transition: React renders the panel in slices and yields between them, so a slow
        // machine gets no long task from it (the placeholder stays until the panel is ready).
        if (live) startTransition(() => setCode(() => Component));
      })
      .catch((error: unknown) => {
        if (live) setFailed(error);
      });
    return () => {
      live = false;
    };
  }, [meta, attempt]);
  if (Code) return <Code meta={meta} />;
  return (
    <PanelPlaceholder
      id={meta.id}
      name={meta.name}
      minHeight={meta.heights.loading}
      error={failed}
      onRetry={() => {
        setFailed(undefined);
        setAttempt((n) => n + 1);
      }}
    />
  );
}

/** A panel's entry: what the modes need of its meta, and the component that renders it. */
function entry(meta: PanelMeta, Component: ComponentType): PanelEntry {
  return { meta, id: meta.id, name: meta.name, Component };
}

/** The first panel: its view is imported here, so it is in the page's own code. */
function firstEntry<M extends PanelMeta>(
  meta: M,
  View: ComponentType<PanelViewProps<M>>,
): PanelEntry {
  return entry(meta, () => <FirstPanel meta={meta} View={View} />);
}

/** Any other panel: its view is a chunk of its own, loaded by its meta's load(). */
function lazyEntry<M extends PanelFacts>(meta: LazyMeta<M>): PanelEntry {
  return entry(meta, () => <LazyPanel meta={meta} />);
}

/**
 * THE list of panels, in reading order, from their meta modules (src/panels/<name>/meta.ts): a new
 * panel is one line here (see docs/adding-a-panel.md). Everything else that names the panels is
 * derived from it: the dashboard, present mode's slides, the embed's `panel=` values, the PPTX deck,
 * the data files the page asks for and `check-data` validates (DATASETS), the tests' panel ids
 * (tests/support/panel-ids.ts). The first is in the page's own code (its figures are the first
 * thing a reader sees); the others load in their own chunks. EXTRA_PANELS is empty, except in the
 * test build with a throwaway fixture panel (vite.config.ts, mode `fixture`).
 */
export const PANELS: readonly PanelEntry[] = [
  firstEntry(CRIME_TREND, CrimeTrendPanel),
  lazyEntry(GOVERNANCE),
  lazyEntry(TIMELINE),
  lazyEntry(PROJECTS),
  lazyEntry(MIGRATION),
  // Appended panels bring a view that takes their own meta, as every lazy panel's does.
  ...EXTRA_PANELS.map((meta) => lazyEntry(meta as LazyMeta<PanelFacts>)),
];

/** Every data file the panels draw, with its schema, in the panels' order (see datasetsOf). */
export const DATASETS = datasetsOf(PANELS.map((p) => p.meta));

/** Their names, as `check-data` and .ci/run read them (scripts/check-data.mjs). */
export const DATASET_FILES: readonly DatasetFile[] = Object.keys(DATASETS);

/** The query of one panel's data file: the same key and checks as that panel's own query. */
export function panelFileQuery(file: DatasetFile) {
  return fileQuery(DATASETS, file);
}

/**
 * Loads the code of these panels now (what LazyPanel would load later): a page baked at build time
 * hydrates every panel at once, so its first render must have every view (src/app/baked.tsx).
 */
export async function loadPanelViews(entries: readonly PanelEntry[]): Promise<void> {
  const loads: Promise<void>[] = [];
  for (const { meta } of entries) {
    if (meta.id === CRIME_TREND.id || loaded.has(meta.id)) continue;
    // Each asked for in a task of its own (asking is not free on a slow CPU: the loader adds its
    // modules' preload links to the page); a failure is the caller's, once all are asked for.
    if (loads.length > 0) await nextTask();
    const load = meta.load().then(({ View }) => {
      loaded.set(meta.id, View);
    });
    load.catch(() => {});
    loads.push(load);
  }
  await Promise.all(loads);
}
