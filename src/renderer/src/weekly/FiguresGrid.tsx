/**
 * What the figures tables share (the week's figures per executive, an executive's 12 weeks): the
 * legend of the target colours above, a table that scrolls sideways inside a focusable region at
 * 1366×768, a header of the first column and the figure columns, the rows, the total row at the foot;
 * the figure cell; and the notice of the documents left out for want of an exchange rate.
 */
import type { ReactNode } from 'react'
import type { UnconvertedDocument } from '../../../shared/schemas/figures'
import { useT } from '../i18n'
import { TargetBandLegend } from './TargetBands'

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
  currency,
  firstColumn,
  columns,
  columnLabel,
  empty,
  children,
  total
}: {
  /** Names the scrolling region and the table. */
  label: string
  testId: string
  /** The figures' currency, in which the legend states the bands' thresholds. */
  currency: string
  firstColumn: string
  columns: readonly C[]
  columnLabel: (column: C) => string
  /** Said in one row across the table when there are no rows. */
  empty?: ReactNode
  children: ReactNode
  /** The total row at the foot: its name, its test id and its figure cells. */
  total: { label: string; testId: string; cells: ReactNode }
}) {
  return (
    <>
      <TargetBandLegend currency={currency} />
      {/* Focusable, so the keyboard can scroll the table sideways at 1366x768 (axe: scrollable-region-focusable). */}
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
          <tfoot>
            <tr data-testid={total.testId}>
              <th scope="row">{total.label}</th>
              {total.cells}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  )
}

/** The documents the figures leave out, having no exchange rate to the accounting currency on their date. */
export function UnconvertedNotice({ unconverted }: { unconverted: readonly UnconvertedDocument[] }) {
  const { t } = useT()
  if (unconverted.length === 0) return null
  return (
    <p className="notice" role="status" data-testid="figures-unconverted">
      {t('weekly.unconverted', {
        documents: unconverted.map((u) => `${u.number} (${u.currency})`).join(', ')
      })}
    </p>
  )
}
