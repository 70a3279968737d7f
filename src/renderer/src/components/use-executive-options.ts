/** All sales executives for select boxes (a sales team is tens of people, not thousands). */
import { useEffect, useState } from 'react'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { api } from '../api/client'

export function useExecutiveOptions(): ExecutiveRow[] {
  const [executives, setExecutives] = useState<ExecutiveRow[]>([])
  useEffect(() => {
    let live = true
    api
      .call('executives.list', {
        search: '',
        active: 'all',
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 1000
      })
      .then((page) => live && setExecutives(page.rows))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return executives
}
