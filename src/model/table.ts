import type { Lang } from '../i18n/lang';

/** A table view of exactly what a chart plots; the CSV export writes the same cells. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}
export type TableCell = string | number;
export interface TableData {
  caption: string;
  columns: TableColumn[];
  /** A row may carry where its figures come from under ROW_SOURCE (the verbatim sentences and
   *  their reports): the CSV's last column; the table view, beside the panel's sentences, leaves it. */
  rows: Record<string, TableCell>[];
}

/** The row key of a row's sources (model/sources.ts's sourceCell), not one of the table's columns. */
export const ROW_SOURCE = 'source';

const SOURCE_COLUMN = { zh: '原句与出处', en: 'Source sentence and report' } as const;

/** What the CSV says beyond the cells: the filters in effect, as a first line (none: no line). */
export interface CsvContext {
  lang: Lang;
  filters?: string | undefined;
}

/** Characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could start a formula is prefixed with an apostrophe; quotes doubled. */
export function csvCell(cell: TableCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The table as CSV: UTF-8 with a byte-order mark so Excel reads the Chinese, CRLF line ends. With a
 * context: the filters in effect as a `#` comment line before the header (when there are any), and
 * each row's sources as a last column (when the rows carry them).
 */
export function tableToCsv(table: TableData, context?: CsvContext): string {
  const sourced = context !== undefined && table.rows.some((r) => r[ROW_SOURCE] !== undefined);
  const columns = sourced
    ? [...table.columns, { key: ROW_SOURCE, label: SOURCE_COLUMN[context.lang] }]
    : table.columns;
  const lines = [
    ...(context?.filters ? [`# ${context.filters}`] : []),
    columns.map((c) => csvCell(c.label)).join(','),
    ...table.rows.map((row) => columns.map((c) => csvCell(row[c.key])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
