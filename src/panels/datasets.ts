import { crimeSchema } from '../data/crime';
import { datasetQuery } from '../data/load';
import { timelineSchema } from '../data/timeline';
import { governanceSchema } from './governance/schema';
import { migrationSchema } from './migration/schema';
import { cooperationSchema } from './projects/schema';

/**
 * Every data file the app reads, with its schema: what `check-data` validates. It lives beside the
 * panels because it names them all: a schema that only one panel reads is in that panel's folder,
 * the shared ones (crime, timeline) in src/data.
 */
export const DATASETS = {
  'crime.json': crimeSchema,
  'governance.json': governanceSchema,
  'timeline.json': timelineSchema,
  'cooperation.json': cooperationSchema,
  'migration.json': migrationSchema,
} as const;

export type DatasetFile = keyof typeof DATASETS;
export const DATASET_FILES = Object.keys(DATASETS) as DatasetFile[];

/** The query of one data file by its name: the same key and checks as the query of the panel that draws it. */
export function fileQuery(file: DatasetFile) {
  return datasetQuery(file, DATASETS[file]);
}
