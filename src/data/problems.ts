import type * as z from 'zod/mini';

/** One thing wrong with a data file, in words a deployer can act on. */
export interface Problem {
  /** The JSON path, like `series[0].points[1].value`; empty for the whole file. */
  path: string;
  message: string;
}

/** Formats a path as a deployer reads it in an editor: `figures[2].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function preview(input: unknown): string {
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `is missing (expected ${issue.expected})`;
      return `should be ${issue.expected}, but is ${preview(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the schema does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but is ${preview(issue.input)}`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

/** Flattens zod issues into problems; for a union, reports the branch that came closest to fitting. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branches = issue.errors.filter((b) => b.length > 0);
      if (branches.length === 0) {
        const key = 'discriminator' in issue ? String(issue.discriminator) : undefined;
        const input = issue.input as Record<string, unknown> | undefined;
        const value = key && input && typeof input === 'object' ? input[key] : input;
        const found = value === undefined ? '' : ` (found ${preview(value)})`;
        return [
          {
            path: formatPath(path),
            message: key
              ? `is not a "${key}" this file knows${found}`
              : `matches none of the allowed forms${found}`,
          },
        ];
      }
      const closest = branches.reduce((best, b) => (b.length < best.length ? b : best));
      return problemsFromIssues(closest, path);
    }
    return [{ path: formatPath(path), message: describe(issue) }];
  });
}

/** Line and column (from 1) of a character offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Whether JSON text stops inside a string or with a bracket still open: a file cut short. */
function breaksOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/**
 * What is wrong with text JSON.parse refused, in the data layer's own words (which the Chinese page
 * translates), never the parser's: its wording is English and differs from one browser to the next
 * ("Unterminated string in JSON at position 3456", "Unexpected end of JSON input"). The parser's
 * text goes with the error to the console (DatasetError's `detail`).
 */
export function jsonSyntaxProblem(text: string, parserMessage: string): Problem {
  const end = text.trimEnd().length;
  if (breaksOff(text))
    return {
      path: '',
      message: `the file is not valid JSON: it breaks off at ${lineAndColumn(text, end)} before its data is complete (was it cut short?)`,
    };
  const start = text.length - text.trimStart().length;
  const reported = parserMessage.match(/at position (\d+)/)?.[1];
  // A file that does not even begin as JSON: some parsers name no position for it.
  const offset = reported ? Number(reported) : /^[[{"\d-]/.test(text.slice(start)) ? -1 : start;
  return {
    path: '',
    message:
      offset >= 0
        ? `the file is not valid JSON: unexpected text at ${lineAndColumn(text, Math.min(offset, end))}`
        : 'the file is not valid JSON',
  };
}

/** A data file that could not be used, with every problem found in it. */
export class DatasetError extends Error {
  readonly file: string;
  readonly problems: readonly Problem[];
  /** `fetch`: the file could not be had (worth a retry); `content`: it arrived and is wrong (fix the file). */
  readonly kind: 'fetch' | 'content';
  /** What the browser said in its own words (the JSON parser's message, the network error), for the console only. */
  readonly detail: string | undefined;
  constructor(
    file: string,
    problems: readonly Problem[],
    kind: 'fetch' | 'content' = 'content',
    detail?: string,
  ) {
    super(
      `${file}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`,
    );
    this.detail = detail;
    this.name = 'DatasetError';
    this.file = file;
    this.problems = problems;
    this.kind = kind;
  }
}

/** A data file that could not be had (a network failure, a timeout, a 404), not one that arrived wrong. */
export function isFetchFailure(error: unknown): boolean {
  return error instanceof DatasetError && error.kind === 'fetch';
}
