import type { PanelContent } from '../contract';
import type { ProjectsMeta } from './meta';
import { type ProjectsView, projectsView } from './model';
import {
  hasProjectsChart,
  projectsChartHeight,
  projectsExportOption,
  projectsOption,
} from './option';
import type { CooperationData } from './schema';
import { projectsEmptyText, projectsSummary, projectsTable, projectsTitle } from './text';

/** The projects panel's pure part (see PanelContent). */
export const PROJECTS_CONTENT: PanelContent<
  CooperationData,
  ProjectsView,
  ProjectsMeta['viewKeys'][number]
> = {
  model: projectsView,
  title: projectsTitle,
  summary: projectsSummary,
  table: projectsTable,
  option: (model, lang, layout) =>
    hasProjectsChart(model) ? projectsOption(model, lang, layout) : undefined,
  chartHeight: projectsChartHeight,
  // The bars at the export's width, with the named items as lines under them.
  exportOption: (model, lang) => (model.empty ? undefined : projectsExportOption(model, lang)),
  emptyReason: projectsEmptyText,
};
