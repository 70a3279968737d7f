/**
 * What the figures tables share (the week's figures per executive, an executive's 12 weeks): a
 * table that scrolls sideways inside a focusable region at 1366×768, a header of the first column
 * and the figure columns, the rows, the total row at the foot; and the figure cell.
 */
import type { ReactNode } from 'react'

/** A figure: right-aligned, named by its column for the tests (`data-col`), coloured by `className`. */
export function FigureCell({
  col,
  className,
  children
}: {
  col: string
  className?: string
  children: ReactNode
}) {
  return (
    <td className={className ? `num ${className}` : 'num'} data-col={col}>
      {children}
    </td>
  )
}

export function FiguresGrid<C extends string>({
  label,
  testId,
  firstColumn,
  columns,
  columnLabel,
  empty,
  children,
  foot
}: {
  /** Names the scrolling region and the table. */
  label: string
  testId: string
  firstColumn: string
  columns: readonly C[]
  columnLabel: (column: C) => string
  /** Said in one row across the table when there are no rows. */
  empty?: ReactNode
  children: ReactNode
  /** The total row(s). */
  foot: ReactNode
}) {
  return (
    // Focusable, so the keyboard can scroll the table sideways at 1366x768 (axe: scrollable-region-focusable).
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="figures-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num">
                {columnLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty && (
            <tr>
              <td colSpan={columns.length + 1} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {children}
        </tbody>
        <tfoot>{foot}</tfoot>
      </table>
    </div>
  )
}
