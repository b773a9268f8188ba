import type { ComponentType } from 'react';
import { CrimeTrendPanel } from '../panels/crime-trend/crime-trend-panel';
import { GovernancePanel } from '../panels/governance/governance-panel';
import { MigrationPanel } from '../panels/migration/migration-panel';
import { ProjectsPanel } from '../panels/projects/projects-panel';
import { TimelinePanel } from '../panels/timeline/timeline-panel';

export interface PanelEntry {
  id: string;
  /** The panel's name, for slide lists, the embed's panel list and its error message. */
  name: { zh: string; en: string };
  Component: ComponentType;
}

/** The panels in reading order. Dashboard, present and embed modes all arrange this one list. */
export const PANELS: readonly PanelEntry[] = [
  {
    id: 'crime-trend',
    name: { zh: '湖州刑事案件与命案', en: 'Huzhou: criminal cases and homicides' },
    Component: CrimeTrendPanel,
  },
  {
    id: 'governance',
    name: { zh: '基层治理成效', en: 'Grassroots governance results' },
    Component: GovernancePanel,
  },
  {
    id: 'timeline',
    name: { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' },
    Component: TimelinePanel,
  },
  {
    id: 'projects',
    name: { zh: '合作项目与机制', en: 'Projects and mechanism' },
    Component: ProjectsPanel,
  },
  {
    id: 'migration',
    name: { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' },
    Component: MigrationPanel,
  },
];

export const PANEL_IDS = PANELS.map((p) => p.id);
