/**
 * A short table shown whole (tens of rows: the campaigns, the outbox, calls, renewals, an import's
 * problems), its header and cells from one list of columns, as the long lists' DataGrid does (issue 9).
 * The page keeps what it says when there are no rows.
 */
import type { ReactNode } from 'react'

export interface TableColumn<Row> {
  id: string
  /** The header's text; `hiddenLabel` keeps it for screen readers only (a column of buttons). */
  label: string
  hiddenLabel?: boolean
  /** The class of the header and of every cell (`num` for a number column). */
  className?: string
  /** The cells are the rows' headers (`<th scope="row">`). */
  rowHeader?: boolean
  /** A cell's own attributes: a class added to the column's, its language (a mail's subject). */
  cell?: (row: Row) => { className?: string; lang?: string }
  cellTestId?: string
  render: (row: Row) => ReactNode
}

/**
 * A row's key where the page does not give one: its id where it has one (a campaign, a mail, a
 * report), as the long lists' rows are keyed; else its place in the list (an import's problems).
 */
function idOrPlace(row: unknown, index: number): string | number {
  const id = typeof row === 'object' && row !== null && 'id' in row ? row.id : undefined
  return typeof id === 'string' || typeof id === 'number' ? id : index
}

export function SimpleTable<Row>({
  className,
  label,
  caption,
  hiddenCaption = false,
  testId,
  columns,
  rows,
  rowKey,
  rowTestId,
  rowData,
  emptyRow
}: {
  className: string
  /** The table's accessible name, where no heading names it. */
  label?: string
  /** The table's title, read with it (`hiddenCaption`: for screen readers only, a heading shows it). */
  caption?: string
  hiddenCaption?: boolean
  testId: string
  columns: TableColumn<Row>[]
  rows: readonly Row[]
  /** A row's key where its id is not one (or it has none): a currency's rate on a day. */
  rowKey?: (row: Row, index: number) => string | number
  rowTestId: string
  /** `data-*` attributes of a row (its status, its id) for tests and styles. */
  rowData?: (row: Row) => Record<`data-${string}`, string | number>
  /** Said in the table's body when it has no rows (leave out where the page says it instead). */
  emptyRow?: string
}) {
  const keyOf = rowKey ?? idOrPlace
  const cellOf = (column: TableColumn<Row>, row: Row) => {
    const { className, lang } = column.cell?.(row) ?? {}
    const classes = [column.className, className].filter(Boolean).join(' ')
    return { className: classes || undefined, lang, 'data-testid': column.cellTestId }
  }
  return (
    <table className={className} aria-label={label} data-testid={testId}>
      {caption !== undefined && (
        <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.id} className={c.className}>
              {c.hiddenLabel ? <span className="visually-hidden">{c.label}</span> : c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyRow !== undefined && (
          <tr>
            <td colSpan={columns.length} className="muted">
              {emptyRow}
            </td>
          </tr>
        )}
        {rows.map((row, index) => (
          <tr key={keyOf(row, index)} data-testid={rowTestId} {...rowData?.(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th scope="row" key={c.id} {...cellOf(c, row)}>
                  {c.render(row)}
                </th>
              ) : (
                <td key={c.id} {...cellOf(c, row)}>
                  {c.render(row)}
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
