/**
 * The list page of a master-data area whose records are archived rather than deleted (the sales
 * team, the product catalogue): search, the active filter, sortable columns, Excel export and a
 * "New" button. The areas differ only by their columns and API methods, so each one is a
 * configuration of this component (issue 9) and a fix here reaches both.
 */
import { useMemo, type ReactNode } from 'react'
import { activeFilters, type FileResult, type Page } from '../../../shared/schemas/common'
import { FlagBadge } from './ToneBadge'
import type { Column } from './DataGrid'
import { useExport } from './ListPage'
import { ChoiceFilter, ListScreen } from './ListScreen'
import { keys } from '../api/query'
import { useQueryRows } from './use-paged-rows'
import { useListParams } from './use-list-params'
import { ImportButton } from '../imports/ImportButton'
import { useT, type Language } from '../i18n'

/** The list's choice of records by whether they are still in use, as the list query takes it. */
type ActiveFilter = (typeof activeFilters)[number]

/** What every master-data list query has; the areas narrow the sort fields. */
export interface MasterDataQuery<SortField extends string> {
  search: string
  active: ActiveFilter
  sort: { field: SortField; direction: 'asc' | 'desc' }
}

export interface MasterDataListProps<Row extends { id: number; active: boolean }, SortField extends string> {
  /** The area's route and string-table prefix. */
  area: 'executives' | 'products'
  /** Prefix of the test ids (`${testPrefix}-new`, `${testPrefix}-grid`, …). */
  testPrefix: 'executive' | 'product'
  /** Which records the list opens on: the whole team, or only the products still sold. */
  initialActive: ActiveFilter
  defaultSortField: SortField
  /** The area's columns before the common "Active" one. */
  columns: Column<Row>[]
  load: (query: MasterDataQuery<SortField> & { offset: number; limit: number }) => Promise<Page<Row>>
  exportXlsx: (query: MasterDataQuery<SortField> & { language: Language }) => Promise<FileResult>
}

export function MasterDataList<Row extends { id: number; active: boolean }, SortField extends string>(
  props: MasterDataListProps<Row, SortField>
): ReactNode {
  const { area, testPrefix } = props
  const { t } = useT()
  const filterDefaults = useMemo(() => ({ active: props.initialActive }), [props.initialActive])
  const defaultSort = useMemo(
    () => ({ field: props.defaultSortField, direction: 'asc' as const }),
    [props.defaultSortField]
  )
  const list = useListParams(filterDefaults, defaultSort)
  const active = list.value('active') as ActiveFilter
  // The rows are keyed by the query's contents: a new object each render reads nothing again.
  const query = { search: list.search, active, sort: list.sort }
  const { rows, queryKey } = useQueryRows(keys[area](), query, props.load)
  const exporter = useExport((language) => props.exportXlsx({ ...query, language }))

  const columns: Column<Row>[] = [
    ...props.columns,
    {
      id: 'active',
      label: t(`${area}.col.active`),
      min: 6,
      optional: true,
      render: (r) => (
        <FlagBadge tone={r.active ? 'good' : 'muted'}>
          {t(r.active ? 'common.active' : 'common.inactive')}
        </FlagBadge>
      )
    }
  ]
  // The filter lists the default choice first.
  const choices: readonly ActiveFilter[] =
    props.initialActive === 'all' ? activeFilters : ['active', 'inactive', 'all']
  const choiceLabel = { all: t('common.all'), active: t('common.active'), inactive: t('common.inactive') }

  return (
    <ListScreen
      title={t(`${area}.title`)}
      countKey={`${area}.count`}
      newRecord={{ to: `/${area}/new`, label: t(`${area}.new`) }}
      actions={
        <>
          {exporter.button}
          {area === 'products' && <ImportButton kind="products" />}
        </>
      }
      list={list}
      prefix={testPrefix}
      search={{
        label: t(`${area}.searchLabel`),
        placeholder: t(`${area}.searchPlaceholder`)
      }}
      filters={
        <ChoiceFilter
          param="active"
          label={t(`${area}.filterActive`)}
          choices={choices}
          choiceLabel={(choice) => choiceLabel[choice]}
        />
      }
      exporter={exporter}
      grid={{
        label: t(`${area}.listLabel`),
        columns,
        rows,
        queryKey,
        openPath: (r) => `/${area}/${r.id}`,
        rowClassName: (r) => (r.active ? '' : 'archived')
      }}
    />
  )
}
