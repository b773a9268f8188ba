import type { TimelineData } from '../../data/timeline';
import type { Lang } from '../../i18n/lang';
import type { PanelContent } from '../contract';
import type { TimelineMeta } from './meta';
import { type TimelineView, timelineView } from './model';
import { timelineExportOption, timelineHeight, timelineOption } from './option';
import { emptyReason, timelineSummary, timelineTable, timelineTitle } from './text';

const option = (model: TimelineView, lang: Lang) =>
  model.empty ? undefined : timelineOption(model, lang);

/** The timeline panel's pure part (see PanelContent); the event detail is the view's own. */
export const TIMELINE_CONTENT: PanelContent<
  TimelineData,
  TimelineView,
  TimelineMeta['viewKeys'][number]
> = {
  model: timelineView,
  title: timelineTitle,
  summary: timelineSummary,
  table: timelineTable,
  option,
  chartHeight: (model, _lang, layout) => timelineHeight(model, layout?.scale ?? 1),
  // The chart with the key of its numbers beside it, drawn into the image.
  exportOption: (model, lang) => (model.empty ? undefined : timelineExportOption(model, lang)),
  emptyReason: (model, _data, lang) => (model.empty ? emptyReason(model, lang) : undefined),
};
