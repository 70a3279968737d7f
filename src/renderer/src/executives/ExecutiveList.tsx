/** The sales team: who is active and how many customers each one looks after. */
import type { ExecutiveListQuery, ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { MasterDataList } from '../components/MasterDataList'
import { useT } from '../i18n'

export function ExecutiveList() {
  const { t } = useT()
  const format = useFormat()
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
    }
  ]
  return (
    <MasterDataList<ExecutiveRow, ExecutiveListQuery['sort']['field']>
      area="executives"
      testPrefix="executive"
      initialActive="all"
      defaultSortField="name"
      columns={columns}
      load={(window) => api.call('executives.list', window)}
      exportXlsx={(query) => api.call('executives.exportXlsx', query)}
    />
  )
}
