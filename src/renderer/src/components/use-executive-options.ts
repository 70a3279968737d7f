/** All sales executives for select boxes (a sales team is tens of people, not thousands). */
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'

const noExecutives: ExecutiveRow[] = []

/**
 * Read through the query layer, so saving an executive (which invalidates `executives`) refreshes every
 * select. Until the rows arrive, or if they cannot be read, the list is empty: the page's own read of
 * the same store fails alike and shows the error, so the options do not show it a second time.
 */
export function useExecutiveOptions(): ExecutiveRow[] {
  const { data } = useApiQuery(keys.executives('options'), () =>
    api.call('executives.list', {
      search: '',
      active: 'all',
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 1000
    })
  )
  return data?.rows ?? noExecutives
}
