import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ComponentType, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { PanelPlaceholder } from '../components/panel-frame';
import { crimeQuery } from '../data/crime';
import type { PanelCode, PanelFacts, PanelMeta, PanelViewProps } from '../panels/contract';
import { CRIME_TREND } from '../panels/crime-trend/meta';
import { CrimeTrendPanel } from '../panels/crime-trend/view';
import { fileQuery } from '../panels/datasets';
import { GOVERNANCE } from '../panels/governance/meta';
import { MIGRATION } from '../panels/migration/meta';
import { PROJECTS } from '../panels/projects/meta';
import { TIMELINE } from '../panels/timeline/meta';

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
export function prefetchPanelData(client: QueryClient, entries: readonly PanelEntry[]): void {
  for (const file of new Set(entries.map((p) => p.meta.dataset)))
    void client.prefetchQuery(fileQuery(file));
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
function FirstPanel() {
  const { status } = useQuery(crimeQuery);
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
  return <CrimeTrendPanel meta={CRIME_TREND} />;
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

function lazyEntry<M extends PanelFacts>(meta: LazyMeta<M>): PanelEntry {
  return entry(meta, () => <LazyPanel meta={meta} />);
}

/**
 * The panels in reading order, from their meta modules (src/panels/<name>/meta.ts). Dashboard,
 * present and embed modes all arrange this one list. The first is in the page's own code (its
 * figures are the first thing a reader sees); the others load in their own chunks.
 */
export const PANELS: readonly PanelEntry[] = [
  entry(CRIME_TREND, FirstPanel),
  lazyEntry(GOVERNANCE),
  lazyEntry(TIMELINE),
  lazyEntry(PROJECTS),
  lazyEntry(MIGRATION),
];

/**
 * Loads the code of these panels now (what LazyPanel would load later): a page baked at build time
 * hydrates every panel at once, so its first render must have every view (src/app/baked.tsx).
 */
export async function loadPanelViews(entries: readonly PanelEntry[]): Promise<void> {
  await Promise.all(
    entries.map(async ({ meta }) => {
      if (meta.id === CRIME_TREND.id || loaded.has(meta.id)) return;
      loaded.set(meta.id, (await meta.load()).View);
    }),
  );
}
