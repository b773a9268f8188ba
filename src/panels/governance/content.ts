import type { PanelContent } from '../contract';
import type { GovernanceMeta } from './meta';
import { type GovernanceView, governanceView } from './model';
import {
  governanceChartHeight,
  governanceExportOption,
  governanceOption,
  hasGovernanceChart,
} from './option';
import type { GovernanceData } from './schema';
import {
  governanceEmptyText,
  governanceSlideCards,
  governanceSummary,
  governanceTable,
  governanceTitle,
} from './text';

/** The governance panel's pure part (see PanelContent). */
export const GOVERNANCE_CONTENT: PanelContent<
  GovernanceData,
  GovernanceView,
  GovernanceMeta['viewKeys'][number]
> = {
  model: governanceView,
  title: governanceTitle,
  summary: governanceSummary,
  table: governanceTable,
  // Only rates and changes are drawn; the counts are cards beside the chart.
  option: (model, lang, layout) =>
    hasGovernanceChart(model) ? governanceOption(model, lang, layout) : undefined,
  chartHeight: governanceChartHeight,
  // The chart at the export's width, with the cards' figures as lines under it.
  exportOption: (model, lang) => (model.empty ? undefined : governanceExportOption(model, lang)),
  emptyReason: governanceEmptyText,
  // A slide: the chart, and the cards as text beside it (the deck lays them out at slide size).
  slideCards: governanceSlideCards,
};
