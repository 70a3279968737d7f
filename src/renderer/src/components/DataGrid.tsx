/**
 * A virtualised, keyboard-driven list (role="grid"): only the visible rows exist in the page,
 * the rows themselves come in windows from usePagedRows. Arrow keys, Page Up/Down, Home/End
 * move the selection; Enter or a click opens the row. Column headers sort on click.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject
} from 'react'
import { useTranslation } from 'react-i18next'
import type { PagedRows } from './use-paged-rows'

export interface Column<Row> {
  id: string
  label: string
  /** Narrowest width in rem; with `grow` the column takes that share of the spare room. */
  min: number
  grow?: number
  /** Optional columns are left out, last first, when the window is too narrow for all. */
  optional?: boolean
  sortField?: string
  align?: 'end'
  /**
   * What a cell of this column can show, in the current language: each entry a text and the badges
   * beside it. The column is made wide enough for the widest, so no badge or header is cut.
   */
  fits?: Array<{ text?: string; badges: string[] }>
  render: (row: Row) => ReactNode
}

export interface SortState {
  field: string
  direction: 'asc' | 'desc'
}

export interface DataGridProps<Row> {
  label: string
  testId: string
  rowTestId: string
  columns: Column<Row>[]
  rows: PagedRows<Row>
  queryKey: string
  getRowId: (row: Row) => number
  onOpen: (row: Row) => void
  sort?: SortState
  onSort?: (field: string) => void
  rowClassName?: (row: Row) => string
  /** What an empty grid says; null when the page already says why it is empty. */
  emptyText: string | null
}

const ROW_HEIGHT = 34
const HEADER_HEIGHT = 36
const REM = 16
const GAP = 12
const PADDING = 24

function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    setWidth(element.clientWidth)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/** Where each list was left (selection, scroll position), per list and query, for this session. */
const remembered = new Map<string, { selected: number; scrollTop: number }>()

let measuring: CanvasRenderingContext2D | null | undefined

/** A text's width in rem at `sizeRem` and `weight`, in the page's font (measured on a canvas, no layout). */
function textRem(text: string, sizeRem: number, weight: number): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring || text === '') return 0
  const root = getComputedStyle(document.documentElement)
  const rem = parseFloat(root.fontSize) || REM
  measuring.font = `${String(weight)} ${String(sizeRem * rem)}px ${root.fontFamily}`
  return measuring.measureText(text).width / rem
}

// The header's, the cells' and the badges' type and room, as app.css sets them.
const HEADER_TEXT = 0.86
const SORT_MARK = 0.7 + 0.25
const BADGE_TEXT = 0.78
const BADGE_ROOM = 1 + 0.4
const SLACK = 0.3

/**
 * A column's narrowest width: its own minimum, widened to its header and to what its cells can
 * show in the current language (fixed widths cut "Converted to order", "Más de 90 días" at 1366 wide).
 */
function fitted<Row>(column: Column<Row>): Column<Row> {
  const header = textRem(column.label, HEADER_TEXT, 600) + (column.sortField ? SORT_MARK : 0)
  const cells = (column.fits ?? []).map(
    ({ text = '', badges }) =>
      textRem(text, 1, 600) +
      (text === '' ? 0 : 0.3) +
      badges.reduce((sum, badge) => sum + textRem(badge, BADGE_TEXT, 600) + BADGE_ROOM, 0)
  )
  const needed = Math.max(header, ...cells) + SLACK
  return needed > column.min ? { ...column, min: Math.ceil(needed * 4) / 4 } : column
}

/** All columns if they fit; otherwise optional ones are dropped from the right. */
function fittingColumns<Row>(columns: Column<Row>[], available: number): Column<Row>[] {
  const needed = (cols: Column<Row>[]) =>
    cols.reduce((sum, c) => sum + c.min * REM, 0) + GAP * (cols.length - 1) + PADDING
  let shown = columns
  while (available > 0 && needed(shown) > available) {
    const lastOptional = shown.map((c) => c.optional).lastIndexOf(true)
    if (lastOptional < 0) break
    shown = shown.filter((_, i) => i !== lastOptional)
  }
  return shown
}

export function DataGrid<Row>(props: DataGridProps<Row>) {
  const { rows, sort } = props
  const { t } = useTranslation()
  const gridId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const memoryKey = `${props.testId}|${props.queryKey}`
  const [selected, setSelected] = useState(() => remembered.get(memoryKey)?.selected ?? 0)
  const pendingScroll = useRef(remembered.get(memoryKey)?.scrollTop ?? 0)
  const count = rows.total ?? 0
  const width = useElementWidth(scrollRef)
  const shown = fittingColumns(props.columns.map(fitted), width)
  const template = shown.map((c) => (c.grow ? `minmax(${c.min}rem, ${c.grow}fr)` : `${c.min}rem`)).join(' ')

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands out fresh functions by design; Salesdesk does not run the React Compiler
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  // Windows are fetched once the view rests for a moment, not for every row flown past
  // while the scrollbar is dragged through 100 000 customers.
  const { ensureRange } = rows
  useEffect(() => {
    if (count === 0) return
    const timer = setTimeout(() => ensureRange(first, last), 40)
    return () => clearTimeout(timer)
  }, [first, last, count, ensureRange])

  // A new search, filter or sort starts at the top.
  const shownKey = useRef(props.queryKey)
  useEffect(() => {
    if (shownKey.current === props.queryKey) return
    shownKey.current = props.queryKey
    pendingScroll.current = 0
    setSelected(0)
    scrollRef.current?.scrollTo({ top: 0 })
  }, [props.queryKey])

  // Coming back to the same list (Back from a customer) returns to the same place.
  useEffect(() => {
    if (count === 0 || pendingScroll.current === 0) return
    virtualizer.scrollToOffset(pendingScroll.current)
    pendingScroll.current = 0
  }, [count, virtualizer])
  useEffect(() => {
    const previous = remembered.get(memoryKey)
    remembered.set(memoryKey, { selected, scrollTop: previous?.scrollTop ?? 0 })
  }, [memoryKey, selected])

  function move(to: number) {
    if (count === 0) return
    const index = Math.max(0, Math.min(count - 1, to))
    setSelected(index)
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page }
    if (event.key in moves) move(selected + moves[event.key])
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(count - 1)
    else if (event.key === 'Enter') {
      const row = rows.getRow(selected)
      if (row) props.onOpen(row)
    } else return
    event.preventDefault()
  }

  const selectedInRange = selected < count
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label={props.label}
      aria-rowcount={count + 1}
      aria-activedescendant={selectedInRange ? `${gridId}-row-${selected}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) => remembered.set(memoryKey, { selected, scrollTop: event.currentTarget.scrollTop })}
      data-testid={props.testId}
    >
      <div
        className="grid-header"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
      >
        {shown.map((column) => {
          const sorted = sort && column.sortField === sort.field ? sort.direction : null
          const { sortField } = column
          const onSort = props.onSort
          return (
            <div
              key={column.id}
              role="columnheader"
              className={column.align === 'end' ? 'align-end' : undefined}
              aria-sort={
                sorted === 'asc'
                  ? 'ascending'
                  : sorted === 'desc'
                    ? 'descending'
                    : column.sortField
                      ? 'none'
                      : undefined
              }
            >
              {sortField && onSort ? (
                <button
                  type="button"
                  className="sort-button"
                  tabIndex={-1}
                  data-testid={`sort-${column.id}`}
                  onClick={() => onSort(sortField)}
                >
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                  {sorted && (
                    <span className="visually-hidden">
                      , {t(sorted === 'asc' ? 'common.sortAscending' : 'common.sortDescending')}
                    </span>
                  )}
                </button>
              ) : (
                column.label
              )}
            </div>
          )
        })}
      </div>
      {rows.total === 0 && props.emptyText !== null && <p className="grid-empty">{props.emptyText}</p>}
      <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.getRow(item.index)
          const isSelected = item.index === selected
          const className = [
            'grid-row',
            isSelected ? 'selected' : '',
            row ? (props.rowClassName?.(row) ?? '') : 'placeholder'
          ].join(' ')
          return (
            <div
              key={item.key}
              id={`${gridId}-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              className={className}
              style={{
                gridTemplateColumns: template,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`
              }}
              data-testid={row ? props.rowTestId : `${props.rowTestId}-placeholder`}
              data-id={row ? props.getRowId(row) : undefined}
              onClick={() => {
                setSelected(item.index)
                if (row) props.onOpen(row)
              }}
            >
              {row ? (
                shown.map((column) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    className={column.align === 'end' ? 'align-end' : undefined}
                  >
                    {column.render(row)}
                  </div>
                ))
              ) : (
                <div role="gridcell" className="placeholder-cell">
                  {t('common.loadingRow')}
                </div>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
