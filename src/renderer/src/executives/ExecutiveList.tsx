/** The sales team: who is active and how many customers each one looks after. */
import { useMemo } from 'react'
import { useNavigate } from 'react-router-dom'
import type { ExecutiveListQuery, ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { Banner } from '../components/Banner'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { FilterSelect, listCount, ListGrid, ListHeader, SearchBox, useExport } from '../components/ListPage'
import { useFlash } from '../components/use-flash'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'

const filterDefaults = { active: 'all' }
const defaultSort = { field: 'name', direction: 'asc' as const }

export function ExecutiveList() {
  const { t } = useT()
  const format = useFormat()
  const navigate = useNavigate()
  const [flash, setFlash] = useFlash()
  const list = useListParams(filterDefaults, defaultSort)
  const active = list.value('active') as ExecutiveListQuery['active']
  const { field, direction } = list.sort
  const query = useMemo(
    () => ({
      search: list.search,
      active,
      sort: { field: field as ExecutiveListQuery['sort']['field'], direction }
    }),
    [list.search, active, field, direction]
  )
  const { rows, queryKey } = useQueryRows(query, (window) => api.call('executives.list', window))
  const exporter = useExport(() => api.call('executives.exportXlsx', query))

  usePageTitle(t('executives.title'))

  const columns: Column<ExecutiveRow>[] = [
    {
      id: 'name',
      label: t('executives.col.name'),
      min: 10,
      grow: 2,
      sortField: 'name',
      render: (r) => <span className="cell-main">{r.name}</span>
    },
    {
      id: 'email',
      label: t('executives.col.email'),
      min: 12,
      grow: 2,
      sortField: 'email',
      render: (r) => r.email
    },
    {
      id: 'phone',
      label: t('executives.col.phone'),
      min: 9,
      grow: 1,
      optional: true,
      render: (r) => r.phone
    },
    {
      id: 'customerCount',
      label: t('executives.col.customerCount'),
      min: 6.5,
      sortField: 'customerCount',
      align: 'end',
      render: (r) => <span className="num">{format.number(r.customerCount)}</span>
    },
    {
      id: 'active',
      label: t('executives.col.active'),
      min: 6,
      optional: true,
      render: (r) => (
        <span className={`badge ${r.active ? 'badge-active' : 'badge-muted'}`}>
          {t(r.active ? 'common.active' : 'common.inactive')}
        </span>
      )
    }
  ]

  const total = rows.total
  return (
    <div className="page page-list">
      <ListHeader
        title={t('executives.title')}
        count={listCount(t, format, 'executives.count', total)}
        actions={
          <>
            {exporter.button}
            <button
              type="button"
              className="primary"
              onClick={() => void navigate('/executives/new')}
              data-testid="executive-new"
            >
              {t('executives.new')}
            </button>
          </>
        }
      />
      <div className="toolbar" role="search">
        <SearchBox
          id="executive-search"
          label={t('executives.searchLabel')}
          placeholder={t('executives.searchPlaceholder')}
          list={list}
        />
        <FilterSelect
          id="executive-active"
          label={t('executives.filterActive')}
          value={active}
          onChange={(v) => list.update({ active: v })}
          testId="executive-filter-active"
        >
          <option value="all">{t('common.all')}</option>
          <option value="active">{t('common.active')}</option>
          <option value="inactive">{t('common.inactive')}</option>
        </FilterSelect>
      </div>
      <Banner message={flash} onClose={() => setFlash(null)} />
      {exporter.banner}
      <ListGrid
        list={list}
        label={t('executives.listLabel')}
        testId="executive-grid"
        rowTestId="executive-row"
        columns={columns}
        rows={rows}
        queryKey={queryKey}
        onOpen={(r) => void navigate(`/executives/${r.id}`)}
        rowClassName={(r) => (r.active ? '' : 'archived')}
      />
    </div>
  )
}
