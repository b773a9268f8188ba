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
  rows: Record<string, TableCell>[];
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

/** The table as CSV: UTF-8 with a byte-order mark so Excel reads the Chinese, CRLF line ends. */
export function tableToCsv(table: TableData): string {
  const lines = [
    table.columns.map((c) => csvCell(c.label)).join(','),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
