import type { CrimeData } from '../../data/crime';
import type { TimelineData } from '../../data/timeline';
import type { PanelContent } from '../contract';
import type { CrimeTrendMeta } from './meta';
import { type CrimeTrendView, crimeTrendView } from './model';
import { crimeTrendExportOption, crimeTrendHeight, crimeTrendOption } from './option';
import { crimeEmptyReason, crimeSummary, crimeTable, crimeTitle } from './text';

/** The crime series, and the timeline for the milestones (undefined while missing or broken). */
export interface CrimeTrendData {
  crime: CrimeData;
  timeline: TimelineData | undefined;
}

/** The crime-trend panel's pure part (see PanelContent). */
export const CRIME_TREND_CONTENT: PanelContent<
  CrimeTrendData,
  CrimeTrendView,
  CrimeTrendMeta['viewKeys'][number]
> = {
  model: (data, view) => crimeTrendView(data.crime, data.timeline, view),
  title: crimeTitle,
  summary: crimeSummary,
  table: crimeTable,
  // A slide passes a scale below 1: the chart is shorter, beside the key of its milestones.
  option: (model, lang, layout) =>
    model.empty ? undefined : crimeTrendOption(model, lang, layout),
  chartHeight: (model, _lang, layout) => crimeTrendHeight(model, layout?.scale),
  // The chart with that key beside it, drawn into the image.
  exportOption: (model, lang) => (model.empty ? undefined : crimeTrendExportOption(model, lang)),
  emptyReason: (model, _data, lang) => crimeEmptyReason(model, lang),
};
