/**
 * A list page as a configuration (issue 9): the title with its count and actions, the toolbar (search
 * box and filters), the messages above the list, the grid. Customers, contracts, requests, documents,
 * the visit log, the activity log, the master-data lists and the payments views differ only by their
 * columns, filters, actions and notices; the page's shape, its order and its test ids live here once.
 *
 * Test ids and element ids come from the list's `prefix`: `${prefix}-search`, `${prefix}-grid`,
 * `${prefix}-row`, `${prefix}-new`, and for a filter of the address parameter `p`, the select
 * `${prefix}-p` with test id `${prefix}-filter-p`.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import { useT } from '../i18n'
import { Banner } from './Banner'
import { ChoiceOptions } from './ChoiceOptions'
import type { SortState } from './DataGrid'
import { useFormat } from './format'
import {
  ExecutiveFilter,
  FilterSelect,
  listCount,
  ListGrid,
  ListHeader,
  SearchBox,
  type ListGridProps
} from './ListPage'
import { useExecutiveOptions } from './use-executive-options'
import { useFlash } from './use-flash'
import { usePageTitle } from './use-page-title'

/** What a list page keeps in the address (useListParams). */
interface ListParams {
  search: string
  value(key: string): string
  update: (patch: Record<string, string>) => void
  sort: SortState
  toggleSort: (field: string) => void
}

const ListContext = createContext<{ list: ListParams; prefix: string } | null>(null)

/** A filter of one address parameter: its select's id and test id, its value, its change. */
function useParamFilter(param: string, testId?: string) {
  const context = useContext(ListContext)
  if (!context) throw new Error('A list filter stands in the toolbar of a ListBody')
  const { list, prefix } = context
  return {
    id: `${prefix}-${param}`,
    testId: testId ?? `${prefix}-filter-${param}`,
    value: list.value(param),
    onChange: (v: string) => list.update({ [param]: v })
  }
}

/**
 * A filter whose choices are a fixed list (statuses, kinds, periods), each named by `choiceLabel`;
 * `withAll` puts "All" (value `all`) first, `first` any other choices before the list's own.
 * `value` and `onChange` replace the parameter's own where the page corrects them (the documents' type).
 */
export function ChoiceFilter<Choice extends string>({
  param,
  label,
  choices,
  choiceLabel,
  withAll = false,
  first = [],
  testId,
  ...own
}: {
  param: string
  label: string
  choices: readonly Choice[]
  choiceLabel: (choice: Choice) => string
  withAll?: boolean
  first?: { value: string; label: string }[]
  testId?: string
  value?: string
  onChange?: (v: string) => void
}) {
  const { t } = useT()
  const filter = { ...useParamFilter(param, testId), ...own }
  const leading = withAll ? [{ value: 'all', label: t('common.all') }, ...first] : first
  return (
    <FilterSelect label={label} {...filter}>
      {leading.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
      <ChoiceOptions choices={choices} label={choiceLabel} />
    </FilterSelect>
  )
}

/** The list narrowed to one sales executive (the parameter `executive`), or to anyone (`anyLabel`). */
export function TeamFilter({
  label,
  anyLabel,
  testId
}: {
  label: string
  anyLabel: string
  testId?: string
}) {
  const executives = useExecutiveOptions()
  return (
    <ExecutiveFilter
      label={label}
      anyLabel={anyLabel}
      executives={executives}
      {...useParamFilter('executive', testId)}
    />
  )
}

interface ListBodyProps<Row> {
  list: ListParams
  /** Of the test ids and element ids. */
  prefix: string
  /** The search box (`q` in the address); leave out for a list filtered by choices alone. */
  search?: { label: string; placeholder: string }
  /** The toolbar's filters, after the search box. */
  filters: ReactNode
  /** What the page says just above the list (totals, a narrowed customer, the first-run notice). */
  notices?: ReactNode
  /** The export's problem or confirmation (useExport). */
  exporter?: { banner: ReactNode }
  /** The list is in a fixed order: its column headers do not sort. */
  fixedOrder?: boolean
  grid: Omit<ListGridProps<Row>, 'list' | 'testId' | 'rowTestId'>
}

/**
 * A list's toolbar, the messages (a flash from the page left, the export's), its notices and the
 * grid: under the page's header, or under the payments area's tabs.
 */
export function ListBody<Row>({
  list,
  prefix,
  search,
  filters,
  notices,
  exporter,
  fixedOrder,
  grid
}: ListBodyProps<Row>) {
  const [flash, setFlash] = useFlash()
  return (
    <ListContext.Provider value={{ list, prefix }}>
      <div className="toolbar" role="search">
        {search && <SearchBox id={`${prefix}-search`} {...search} list={list} />}
        {filters}
      </div>
      <Banner message={flash} onClose={() => setFlash(null)} />
      {exporter?.banner}
      {notices}
      <ListGrid
        {...grid}
        testId={`${prefix}-grid`}
        rowTestId={`${prefix}-row`}
        list={fixedOrder ? undefined : list}
      />
    </ListContext.Provider>
  )
}

type ListScreenProps<Row> = ListBodyProps<Row> & {
  /** The page's heading and window title. */
  title: string
  /** How the count beside the title is worded ("1,234 customers"). */
  countKey: Parameters<typeof listCount>[2]
  /** The header's buttons, before "New …" (none on the activity log). */
  actions?: ReactNode
  /** The "New …" button, last in the header: the empty record page it opens. */
  newRecord?: { to: string; label: string }
  /** Between the header and the toolbar (the invoices' waiting banners). */
  top?: ReactNode
  testId?: string
  /** After the grid (a dialog the list opens). */
  children?: ReactNode
}

export function ListScreen<Row>({
  title,
  countKey,
  actions,
  newRecord,
  top,
  testId,
  children,
  ...body
}: ListScreenProps<Row>) {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  usePageTitle(title)
  return (
    <div className="page page-list" data-testid={testId}>
      <ListHeader
        title={title}
        count={listCount(t, format, countKey, body.grid.rows.total)}
        actions={
          <>
            {actions}
            {newRecord && (
              <button
                type="button"
                className="primary"
                onClick={() => void navigate(newRecord.to)}
                data-testid={`${body.prefix}-new`}
              >
                {newRecord.label}
              </button>
            )}
          </>
        }
      />
      {top}
      <ListBody {...body} />
      {children}
    </div>
  )
}
