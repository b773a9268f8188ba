import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useEffect } from 'react';
import { PanelPlaceholder } from '../components/panel-frame';
import { cooperationQuery } from '../data/cooperation';
import { governanceQuery } from '../data/governance';
import { migrationQuery } from '../data/migration';
import { timelineQuery } from '../data/timeline';
import { CrimeTrendPanel } from '../panels/crime-trend/crime-trend-panel';

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
  Code: LazyExoticComponent<ComponentType>;
}

const lazyCode = (load: () => Promise<ComponentType>) =>
  lazy(() => load().then((Component) => ({ default: Component })));

/**
 * A panel whose code loads on first render, in its own chunk: the first screen (and an embed of
 * one panel) does not wait for the others. Its data is asked for at the same moment as its code,
 * not after it; until both are there, a placeholder of the panel's height holds its place.
 */
function LazyPanel({ spec }: { spec: LazySpec }) {
  const client = useQueryClient();
  useEffect(() => {
    void spec.prefetch(client);
  }, [client, spec]);
  return (
    <Suspense
      fallback={<PanelPlaceholder id={spec.id} name={spec.name} minHeight={spec.minHeight} />}
    >
      <spec.Code />
    </Suspense>
  );
}

const GOVERNANCE: LazySpec = {
  id: 'governance',
  name: { zh: '基层治理成效', en: 'Grassroots governance results' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(governanceQuery),
  Code: lazyCode(() =>
    import('../panels/governance/governance-panel').then((m) => m.GovernancePanel),
  ),
};
const TIMELINE: LazySpec = {
  id: 'timeline',
  name: { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(timelineQuery),
  Code: lazyCode(() => import('../panels/timeline/timeline-panel').then((m) => m.TimelinePanel)),
};
const PROJECTS: LazySpec = {
  id: 'projects',
  name: { zh: '合作项目与机制', en: 'Projects and mechanism' },
  minHeight: 480,
  prefetch: (c) => c.prefetchQuery(cooperationQuery),
  Code: lazyCode(() => import('../panels/projects/projects-panel').then((m) => m.ProjectsPanel)),
};
const MIGRATION: LazySpec = {
  id: 'migration',
  name: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
  minHeight: 420,
  prefetch: (c) => c.prefetchQuery(migrationQuery),
  Code: lazyCode(() => import('../panels/migration/migration-panel').then((m) => m.MigrationPanel)),
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
    Component: CrimeTrendPanel,
  },
  { id: GOVERNANCE.id, name: GOVERNANCE.name, Component: () => <LazyPanel spec={GOVERNANCE} /> },
  { id: TIMELINE.id, name: TIMELINE.name, Component: () => <LazyPanel spec={TIMELINE} /> },
  { id: PROJECTS.id, name: PROJECTS.name, Component: () => <LazyPanel spec={PROJECTS} /> },
  { id: MIGRATION.id, name: MIGRATION.name, Component: () => <LazyPanel spec={MIGRATION} /> },
];

export const PANEL_IDS = PANELS.map((p) => p.id);
