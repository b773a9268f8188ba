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

/** A data file that could not be used, with every problem found in it. */
export class DatasetError extends Error {
  readonly file: string;
  readonly problems: readonly Problem[];
  /** `fetch`: the file could not be had (worth a retry); `content`: it arrived and is wrong (fix the file). */
  readonly kind: 'fetch' | 'content';
  constructor(file: string, problems: readonly Problem[], kind: 'fetch' | 'content' = 'content') {
    super(
      `${file}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`,
    );
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
