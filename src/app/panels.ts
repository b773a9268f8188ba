import type { ComponentType } from 'react';
import { CrimeTrendPanel } from '../panels/crime-trend/crime-trend-panel';
import { GovernancePanel } from '../panels/governance/governance-panel';
import { MigrationPanel } from '../panels/migration/migration-panel';
import { ProjectsPanel } from '../panels/projects/projects-panel';
import { TimelinePanel } from '../panels/timeline/timeline-panel';

/** The panels in reading order. Dashboard, present and embed modes all arrange this one list. */
export const PANELS: readonly { id: string; Component: ComponentType }[] = [
  { id: 'crime-trend', Component: CrimeTrendPanel },
  { id: 'governance', Component: GovernancePanel },
  { id: 'timeline', Component: TimelinePanel },
  { id: 'projects', Component: ProjectsPanel },
  { id: 'migration', Component: MigrationPanel },
];
