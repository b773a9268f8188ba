import type { CrimeData } from '../../data/crime';
import type { TimelineData } from '../../data/timeline';
import type { Lang } from '../../i18n/lang';
import type { PanelContent } from '../contract';
import type { CrimeTrendMeta } from './meta';
import { type CrimeTrendView, crimeTrendView } from './model';
import { crimeTrendHeight, crimeTrendOption } from './option';
import { crimeEmptyReason, crimeSummary, crimeTable, crimeTitle } from './text';

/** The crime series, and the timeline for the milestones (undefined while missing or broken). */
export interface CrimeTrendData {
  crime: CrimeData;
  timeline: TimelineData | undefined;
}

const option = (model: CrimeTrendView, lang: Lang) =>
  model.empty ? undefined : crimeTrendOption(model, lang);

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
  option,
  chartHeight: (model) => crimeTrendHeight(model),
  exportOption: option,
  emptyReason: (model, _data, lang) => crimeEmptyReason(model, lang),
};
