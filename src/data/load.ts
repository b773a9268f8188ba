import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { nextTask } from './next-task';
import { DatasetError, isFetchFailure, jsonSyntaxProblem, problemsFromIssues } from './problems';
import { checkProvenance } from './provenance';

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
    const parser = (e as Error).message;
    throw new DatasetError(
      file,
      [jsonSyntaxProblem(body, parser)],
      'content',
      `JSON.parse: ${parser}`,
    );
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

/** A server that has not answered in this time is reported, not waited on for ever. */
export const FETCH_TIMEOUT_MS = 15_000;

function fetchFailure(file: string, message: string, detail?: string) {
  return new DatasetError(file, [{ path: '', message }], 'fetch', detail);
}

/**
 * One file's text, from the page (single-file build) or the server, with a timeout. Only what the
 * network does is reported as "could not be fetched": an error in building the request (an API
 * this browser lacks, a bug) is thrown as it is, so the reader is told the truth about it.
 */
async function fetchText(file: string, signal?: AbortSignal): Promise<string> {
  const inline = inlineDataset(file);
  if (inline !== undefined) return inline;
  // One controller aborted by the caller's signal or by a plain timer (not AbortSignal.timeout, so
  // tests can run the page's clock forward; not AbortSignal.any, which Chromium has only from 116).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  const stop = () => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  const done = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  };
  let answer: Promise<Response>;
  try {
    answer = fetch(datasetUrl(file), { signal: controller.signal, cache: 'no-cache' });
  } catch (e) {
    done();
    throw e;
  }
  try {
    const response = await answer;
    if (!response.ok) {
      throw fetchFailure(
        file,
        `the server answered ${response.status} ${response.statusText}`.trim(),
      );
    }
    return await response.text();
  } catch (e) {
    if (e instanceof DatasetError || signal?.aborted) throw e;
    if (timedOut) {
      throw fetchFailure(file, `the server did not answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    }
    // The browser's own words ("Failed to fetch") say no more than this, in English: the console has them.
    throw fetchFailure(
      file,
      'the file could not be fetched; is the server reachable?',
      (e as Error).message,
    );
  } finally {
    done();
  }
}

/**
 * The source article, fetched once and shared (the data checks and the article reader read the
 * same text: the reader asks for nothing more); forgotten after a failure so a retry fetches again.
 */
let article: Promise<string> | undefined;
export function articleText(): Promise<string> {
  if (!article) {
    article = fetchText(ARTICLE_FILE);
    article.catch(() => {
      article = undefined;
    });
  }
  return article;
}

export const ARTICLE_FILE = 'article.txt';

/**
 * Fetches and validates one data file: its schema, then every source sentence against the article
 * and every printed figure against its value (the same checks as `npm run check-data`), so a file
 * edited on the server without its sentences cannot show a number the source does not support.
 */
export async function fetchDataset<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const [text, source] = await Promise.all([fetchText(file, signal), articleText()]);
  // Validating a file and checking its sources against the article are tasks of their own: the
  // page asks for every file at once, and their answers arriving together were one long task on a
  // slow CPU (before the reader could scroll or tap).
  await nextTask();
  const data = parseDataset(file, text, schema);
  await nextTask();
  const problems = checkProvenance(data, source);
  if (problems.length > 0) throw new DatasetError(file, problems);
  return data;
}

/** Query options for one dataset: the key and the fetcher that validates, declared together. */
export function datasetQuery<S extends z.ZodMiniType>(file: string, schema: S) {
  return queryOptions({
    queryKey: ['dataset', file] as const,
    queryFn: ({ signal }) => fetchDataset(file, schema, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A malformed file will not fix itself; retry only network and server failures, and not forever.
    retry: (failureCount, error) => failureCount < 2 && isFetchFailure(error),
  });
}
