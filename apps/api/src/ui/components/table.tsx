import type { ComponentChildren } from 'preact';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ComponentChildren;
  /** right-aligned, tabular figures */
  readonly numeric?: boolean;
}

export interface TableProps<Row> {
  /** says what the table is (WCAG 1.3.1); shown above it */
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** the first column names the row (th scope="row") */
  readonly rowHeader?: boolean;
  /** shown instead of an empty table */
  readonly empty: string;
}

/** A data table with a caption and scoped headers, scrolling on its own at 200 % zoom. */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  empty,
}: TableProps<Row>) {
  if (rows.length === 0) {
    return (
      <section class="table-empty" aria-label={caption}>
        <h2 class="table-caption">{caption}</h2>
        <p>{empty}</p>
      </section>
    );
  }
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" class={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 && rowHeader ? (
                  <th key={c.header} scope="row" class={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} class={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
