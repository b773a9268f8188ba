import type { TableData } from '../model/table';

/** The table view of a chart: exactly the cells the chart plots and the CSV holds. */
export function DataTable({ table }: { table: TableData }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order
            <tr key={i}>
              {table.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {row[c.key] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
