import type { Lang } from '../../i18n/lang';
import type { PanelContent } from '../contract';
import { migrationExportOption } from './export';
import type { MigrationMeta } from './meta';
import { type MigrationView, migrationView } from './model';
import { migrationHeight, migrationOption } from './option';
import type { MigrationData } from './schema';
import { migrationEmptyReason, migrationSummary, migrationTable, migrationTitle } from './text';

/** Whether the chart is drawn: the yearly volumes or the journey's trips (the cities are a list). */
export function migrationDrawn(model: MigrationView): boolean {
  return !model.empty && (model.volumes.length > 0 || model.journey.length > 0);
}

const option = (model: MigrationView, lang: Lang) =>
  migrationDrawn(model) ? migrationOption(model, lang) : undefined;

const exportOption = (model: MigrationView, lang: Lang) =>
  migrationDrawn(model) ? migrationExportOption(model, lang) : undefined;

/** The migration panel's pure part (see PanelContent). */
export const MIGRATION_CONTENT: PanelContent<
  MigrationData,
  MigrationView,
  MigrationMeta['viewKeys'][number]
> = {
  model: migrationView,
  title: migrationTitle,
  summary: migrationSummary,
  table: migrationTable,
  option,
  chartHeight: (model, lang) => migrationHeight(model, lang),
  // The chart with the arrows' key and the durations under it, drawn into the image.
  exportOption,
  emptyReason: (model, _data, lang) =>
    model.empty ? migrationEmptyReason(model, lang) : undefined,
};
