/**
 * Beside "Requests" in the navigation: how many requests are open and, in red, how many of them
 * are late. Read again after every change to a request and once a minute (due times pass).
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import { keys } from '../api/query'
import { useFormat } from '../components/format'
import { useT } from '../i18n'

export function RequestCountBadge() {
  const { t } = useT()
  const format = useFormat()
  const { data } = useQuery({
    queryKey: keys.requests('counts'),
    queryFn: () => api.call('requests.counts', {}),
    refetchInterval: 60_000
  })
  if (!data || data.open === 0) return null
  const label = t('requests.navCount', { open: format.number(data.open), late: format.number(data.late) })
  return (
    <span
      className={data.late > 0 ? 'nav-count late' : 'nav-count'}
      data-testid="nav-requests-count"
      title={label}
    >
      <span aria-hidden="true">
        {data.late > 0
          ? `${format.number(data.open)} · ${format.number(data.late)}`
          : format.number(data.open)}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  )
}
