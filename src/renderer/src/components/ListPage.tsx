/** Pieces every list page shares: the title bar with count and actions, the export button, filters, the grid. */
import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import type { FileResult } from '../../../shared/schemas/common'
import { useLanguage, useT, type Language } from '../i18n'
import { Banner, type BannerMessage } from './Banner'
import { DataGrid, type DataGridProps, type SortState } from './DataGrid'
import { DateInput } from './DateInput'
import type { useFormat } from './format'
import { useDownload } from './use-download'
import { useSearchBox } from './use-list-params'
import { ExecutiveOptions } from './ExecutiveOptions'

type CountKey =
  | 'activity.count'
  | 'customers.count'
  | 'executives.count'
  | 'products.count'
  | 'visitLog.count'
  | 'requests.count'
  | 'contracts.count'
  | 'documents.count'
  | 'payments.count'
  | 'payments.overdue.count'
  | 'payments.aged.count'
  | 'payments.investigations.count'

/** The count beside a list's title ("1,234 customers"), or "Loading…" before the first answer. */
export function listCount(
  t: ReturnType<typeof useT>['t'],
  format: ReturnType<typeof useFormat>,
  key: CountKey,
  total: number | null
): string {
  return total === null ? t('common.loading') : t(key, { count: total, formatted: format.number(total) })
}

export function ListHeader({ title, count, actions }: { title: string; count: string; actions: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <span className="count" data-testid="list-count" aria-live="polite">
        {count}
      </span>
      <div className="page-actions">{actions}</div>
    </header>
  )
}

/** "Export to Excel": asks the API for the file with the list's filters, in the reader's language, and saves it. */
export function useExport(produce: (language: Language) => Promise<FileResult>) {
  const { t } = useT()
  const language = useLanguage()
  const [busy, setBusy] = useState<'xlsx' | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const download = useDownload(setMessage, setBusy)
  const button = (
    <button
      type="button"
      onClick={() => void download('xlsx', () => produce(language))}
      disabled={busy !== null}
      data-testid="export-xlsx"
    >
      {busy ? t('common.exporting') : t('common.exportXlsx')}
    </button>
  )
  const banner = <Banner message={message} onClose={() => setMessage(null)} />
  return { button, banner }
}

/**
 * The list's search box, its text in the address (`q`) once the user pauses typing;
 * Down arrow moves into the list below.
 */
export function SearchBox({
  id,
  label,
  placeholder,
  list
}: {
  id: string
  label: string
  placeholder: string
  list: { search: string; update: (patch: Record<string, string>) => void }
}) {
  const { text, setText } = useSearchBox(list.search, list.update)
  return (
    <div className="field search-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Down arrow goes from the search box into the list below it.
          if (e.key !== 'ArrowDown') return
          const grid = e.currentTarget.closest('.page')?.querySelector<HTMLElement>('[role="grid"]')
          if (grid) {
            e.preventDefault()
            grid.focus()
          }
        }}
        data-testid={id}
      />
    </div>
  )
}

export function FilterSelect({
  id,
  label,
  value,
  onChange,
  testId,
  children
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  testId: string
  children: ReactNode
}) {
  return (
    <div className="field filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {children}
      </select>
    </div>
  )
}

/**
 * A filter of one date (from, to, as of): the list follows once the typed date is whole, not at each
 * key. The documents' period, the aged receivables' day and the VERI*FACTU event log's period.
 */
export function DateFilter({
  id,
  label,
  value,
  onChange
}: {
  /** The input's id and test id. */
  id: string
  label: string
  value: string
  onChange: (v: string) => void
}) {
  return (
    <div className="field date-filter">
      <label htmlFor={id}>{label}</label>
      <DateInput id={id} value={value} onChange={(v, whole) => whole && onChange(v)} data-testid={id} />
    </div>
  )
}

/** "Executive": anyone (`anyLabel`) or one person of the sales team. */
export function ExecutiveFilter({
  id,
  label,
  anyLabel,
  executives,
  value,
  onChange,
  testId
}: {
  id: string
  label: string
  anyLabel: string
  executives: { id: number; name: string }[]
  value: string
  onChange: (v: string) => void
  testId: string
}) {
  return (
    <FilterSelect id={id} label={label} value={value} onChange={onChange} testId={testId}>
      <ExecutiveOptions none={anyLabel} executives={executives} />
    </FilterSelect>
  )
}

export type ListGridProps<Row> = Omit<
  DataGridProps<Row>,
  'getRowId' | 'sort' | 'onSort' | 'emptyText' | 'onOpen'
> & {
  /**
   * The page a row opens (Enter or a click), as most lists open their record's page; null where the
   * row has none (a deleted record's activity). Leave out where `onOpen` opens it otherwise (a dialog).
   */
  openPath?: (row: Row) => string | null
  onOpen?: (row: Row) => void
  /** How a row is known: by its `id` unless the list says otherwise (a receivable by its document). */
  getRowId?: (row: Row) => number
  /** The list's sort from the address (useListParams); leave out for a list in a fixed order. */
  list?: { sort: SortState; toggleSort: (field: string) => void }
  /** The page shows its own panel for an empty list (the first-run notice): no "Nothing matches". */
  quietWhenEmpty?: boolean
}

/** The list's grid of records, with the problem loading it (if any) just above. */
export function ListGrid<Row>({ list, quietWhenEmpty, getRowId, ...props }: ListGridProps<Row>) {
  const { t } = useT()
  const navigate = useNavigate()
  const { openPath, onOpen, ...grid } = props
  const openPage = (row: Row) => {
    const path = openPath?.(row)
    if (path) void navigate(path)
  }
  return (
    <>
      <Banner message={grid.rows.error ? { kind: 'error', text: grid.rows.error } : null} />
      <DataGrid
        {...grid}
        getRowId={getRowId ?? ((r) => (r as { id: number }).id)}
        onOpen={onOpen ?? openPage}
        sort={list?.sort}
        onSort={list?.toggleSort}
        emptyText={quietWhenEmpty ? null : t('common.noResults')}
      />
    </>
  )
}
