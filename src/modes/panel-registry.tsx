import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { PanelPlaceholder } from '../components/panel-frame';
import { crimeQuery } from '../data/crime';
import { timelineQuery } from '../data/timeline';
import { CrimeTrendPanel } from '../panels/crime-trend/view';
import { governanceQuery } from '../panels/governance/schema';
import { migrationQuery } from '../panels/migration/schema';
import { cooperationQuery } from '../panels/projects/schema';

export interface PanelEntry {
  id: string;
  /** The panel's name, for slide lists, the embed's panel list and its error message. */
  name: { zh: string; en: string };
  Component: ComponentType;
}

interface LazySpec {
  id: string;
  name: PanelEntry['name'];
  /** The panel's loading height (as its PanelFrame's minHeight). */
  minHeight: number;
  prefetch: (client: QueryClient) => Promise<unknown>;
  load: () => Promise<ComponentType>;
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
  return <CrimeTrendPanel />;
}

const loaded = new Map<string, ComponentType>();

/**
 * A panel whose code loads in its own chunk: the first screen (and an embed of one panel) does not
 * wait for the others. Its data is asked for at once, not after its code; until both are there, a
 * placeholder of the panel's height holds its place. (Loaded by hand, not React.lazy: a Suspense
 * boundary's reveal is throttled and waits behind the chart work that starts at the same moment.)
 */
function LazyPanel({ spec }: { spec: LazySpec }) {
  const client = useQueryClient();
  const [Code, setCode] = useState<ComponentType | undefined>(() => loaded.get(spec.id));
  const [failed, setFailed] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void spec.prefetch(client);
    if (!firstPanelShown) releaseOthers();
  }, [client, spec]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt loads the chunk again after a failure
  useEffect(() => {
    if (loaded.has(spec.id)) return;
    let live = true;
    othersMayLoad
      .then(spec.load)
      .then((Component) => {
        loaded.set(spec.id, Component);
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
  }, [spec, attempt]);
  if (Code) return <Code />;
  return (
    <PanelPlaceholder
      id={spec.id}
      name={spec.name}
      minHeight={spec.minHeight}
      error={failed}
      onRetry={() => {
        setFailed(undefined);
        setAttempt((n) => n + 1);
      }}
    />
  );
}

const GOVERNANCE: LazySpec = {
  id: 'governance',
  name: { zh: '基层治理成效', en: 'Grassroots governance results' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(governanceQuery),
  load: () => import('../panels/governance/view').then((m) => m.GovernancePanel),
};
const TIMELINE: LazySpec = {
  id: 'timeline',
  name: { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(timelineQuery),
  load: () => import('../panels/timeline/view').then((m) => m.TimelinePanel),
};
const PROJECTS: LazySpec = {
  id: 'projects',
  name: { zh: '合作项目与机制', en: 'Projects and mechanism' },
  minHeight: 480,
  prefetch: (c) => c.prefetchQuery(cooperationQuery),
  load: () => import('../panels/projects/view').then((m) => m.ProjectsPanel),
};
const MIGRATION: LazySpec = {
  id: 'migration',
  name: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(migrationQuery),
  load: () => import('../panels/migration/view').then((m) => m.MigrationPanel),
};

/**
 * The panels in reading order. Dashboard, present and embed modes all arrange this one list. The
 * first is in the page's own code (its figures are the first thing a reader sees); the others load
 * in their own chunks.
 */
export const PANELS: readonly PanelEntry[] = [
  {
    id: 'crime-trend',
    name: { zh: '湖州刑事案件与命案', en: 'Huzhou: criminal cases and homicides' },
    Component: FirstPanel,
  },
  { id: GOVERNANCE.id, name: GOVERNANCE.name, Component: () => <LazyPanel spec={GOVERNANCE} /> },
  { id: TIMELINE.id, name: TIMELINE.name, Component: () => <LazyPanel spec={TIMELINE} /> },
  { id: PROJECTS.id, name: PROJECTS.name, Component: () => <LazyPanel spec={PROJECTS} /> },
  { id: MIGRATION.id, name: MIGRATION.name, Component: () => <LazyPanel spec={MIGRATION} /> },
];

export const PANEL_IDS = PANELS.map((p) => p.id);
