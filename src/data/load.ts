import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { DatasetError, problemsFromIssues } from './problems';

/** Larger than any honest dataset by far; a bigger file is refused before parsing. */
export const MAX_DATASET_BYTES = 2_000_000;

/** Parses a data file's text against its schema; throws a DatasetError naming the file, path and problem. */
export function parseDataset<S extends z.ZodMiniType>(
  file: string,
  text: string,
  schema: S,
): z.output<S> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    throw new DatasetError(file, [{ path: '', message: 'the file is empty' }]);
  if (body.length > MAX_DATASET_BYTES) {
    throw new DatasetError(file, [
      {
        path: '',
        message: `the file is ${body.length.toLocaleString('en')} characters long; a dataset is far smaller (limit ${MAX_DATASET_BYTES.toLocaleString('en')})`,
      },
    ]);
  }
  if (/^\s*</.test(body)) {
    throw new DatasetError(file, [
      {
        path: '',
        message:
          'the server sent an HTML page instead of JSON (is the file missing, or behind a login page?)',
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new DatasetError(file, [
      { path: '', message: `the file is not valid JSON (${(e as Error).message})` },
    ]);
  }
  const result = schema.safeParse(json, { reportInput: true });
  if (!result.success) throw new DatasetError(file, problemsFromIssues(result.error.issues));
  return result.data;
}

/** Resolves a data file against the app's base URL, so the app works under any sub-path. */
export function datasetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** The id of the element that carries the datasets in the offline single-file build. */
export const INLINE_DATA_ID = 'yrd-inline-data';

let inlineData: Record<string, string> | null | undefined;

/**
 * The offline single-file build carries the datasets in a non-executable
 * `<script type="application/json" id="yrd-inline-data">` ({ "crime.json": "<file text>", … });
 * the normal build has none and fetches data/*.json.
 */
function inlineDataset(file: string): string | undefined {
  if (inlineData === undefined) {
    const el = typeof document === 'undefined' ? null : document.getElementById(INLINE_DATA_ID);
    inlineData = el?.textContent ? (JSON.parse(el.textContent) as Record<string, string>) : null;
  }
  return inlineData?.[file];
}

/** Fetches and validates one data file. Network and HTTP failures become DatasetErrors too. */
export async function fetchDataset<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const inline = inlineDataset(file);
  if (inline !== undefined) return parseDataset(file, inline, schema);
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), { signal, cache: 'no-cache' });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DatasetError(
      file,
      [
        {
          path: '',
          message: `the file could not be fetched (${(e as Error).message}); is the server reachable?`,
        },
      ],
      'fetch',
    );
  }
  if (!response.ok) {
    throw new DatasetError(
      file,
      [
        {
          path: '',
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        },
      ],
      'fetch',
    );
  }
  return parseDataset(file, await response.text(), schema);
}

/** Query options for one dataset: the key and the fetcher that validates, declared together. */
export function datasetQuery<S extends z.ZodMiniType>(file: string, schema: S) {
  return queryOptions({
    queryKey: ['dataset', file] as const,
    queryFn: ({ signal }) => fetchDataset(file, schema, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A malformed file will not fix itself; retry only network and server failures, and not forever.
    retry: (failureCount, error) =>
      failureCount < 2 && error instanceof DatasetError && error.kind === 'fetch',
  });
}
