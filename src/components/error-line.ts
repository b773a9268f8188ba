/** An error as one line: its kind and message (`TypeError: Object.hasOwn is not a function`). */
export function errorLine(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
