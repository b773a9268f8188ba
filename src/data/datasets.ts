import { cooperationSchema } from './cooperation';
import { crimeSchema } from './crime';
import { governanceSchema } from './governance';
import { migrationSchema } from './migration';
import { timelineSchema } from './timeline';

/** Every data file the app reads, with its schema: what `check-data` validates. */
export const DATASETS = {
  'crime.json': crimeSchema,
  'governance.json': governanceSchema,
  'timeline.json': timelineSchema,
  'cooperation.json': cooperationSchema,
  'migration.json': migrationSchema,
} as const;

export type DatasetFile = keyof typeof DATASETS;
export const DATASET_FILES = Object.keys(DATASETS) as DatasetFile[];
