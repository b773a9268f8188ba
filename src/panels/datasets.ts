import type * as z from 'zod/mini';
import { datasetQuery } from '../data/load';

/** A data file's name in data/ ('crime.json'). */
export type DatasetFile = string;

/** Data files by name, each with its schema: what the app loads and `check-data` validates. */
export type Datasets = Readonly<Record<DatasetFile, z.ZodMiniType>>;

/**
 * Every data file the panels draw, with its schema, in the panels' order: derived from the
 * registry's list (src/modes/panel-registry.tsx passes its panels' meta), never written out. Each
 * file is drawn by one panel (a panel that reads more, as the crime trend reads timeline.json, says
 * so in its meta's data()); a second panel naming the same file with another schema is a bug.
 */
export function datasetsOf(
  panels: readonly {
    readonly id: string;
    readonly dataset: DatasetFile;
    readonly schema: z.ZodMiniType;
  }[],
): Datasets {
  const files: Record<DatasetFile, z.ZodMiniType> = {};
  for (const { id, dataset, schema } of panels) {
    if (files[dataset] && files[dataset] !== schema)
      throw new Error(`panel ${id}: ${dataset} is already registered with another schema`);
    files[dataset] = schema;
  }
  return files;
}

/** The query of one data file: the same key and checks as the query of the panel that draws it. */
export function fileQuery(datasets: Datasets, file: DatasetFile) {
  const schema = datasets[file];
  if (!schema) throw new Error(`${file} is no panel's data file`);
  return datasetQuery(file, schema);
}
