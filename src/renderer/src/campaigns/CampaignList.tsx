/**
 * The Campaigns page (issue 18): every campaign with its channel, status, recipients and, once
 * launched, how many responded and converted within its window. A company runs tens of
 * campaigns, so the list is one table without paging.
 */
import { Link } from 'react-router-dom'
import type { CampaignRow } from '../../../shared/schemas/campaigns'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import './campaigns.css'

/** A share (0.25) as "25 %" in the user's locale. */
export function usePercent(): (share: number) => string {
  const { locale } = useFormat()
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  return (share) => percent.format(share)
}

export function CampaignStatusBadge({ status }: { status: CampaignRow['status'] }) {
  const { t } = useT()
  return (
    <span className={`badge badge-campaign-${status}`} data-testid="campaign-status">
      {t(`campaigns.statuses.${status}`)}
    </span>
  )
}

export function CampaignList() {
  const { t } = useT()
  const format = useFormat()
  const percent = usePercent()
  usePageTitle(t('campaigns.title'))
  const list = useApiQuery(keys.campaigns('list'), () => api.call('campaigns.list', {}))
  return (
    <div className="page campaigns-page">
      <header className="page-header">
        <h1>{t('campaigns.title')}</h1>
        <div className="button-row">
          <Link className="button primary" to="/campaigns/new" data-testid="campaign-new">
            {t('campaigns.new')}
          </Link>
        </div>
      </header>
      <LoadFailure error={list.error} />
      {list.data?.length === 0 && <p className="muted">{t('campaigns.none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <table
            className="campaigns-table"
            aria-label={t('campaigns.listLabel')}
            data-testid="campaign-list"
          >
            <thead>
              <tr>
                <th scope="col">{t('campaigns.name')}</th>
                <th scope="col">{t('campaigns.kind')}</th>
                <th scope="col">{t('campaigns.status')}</th>
                <th scope="col">{t('campaigns.sentAt')}</th>
                <th scope="col" className="num">
                  {t('campaigns.recipients')}
                </th>
                <th scope="col" className="num">
                  {t('campaigns.responseRate')}
                </th>
                <th scope="col" className="num">
                  {t('campaigns.conversionRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id} data-testid="campaign-row">
                  <td>
                    <Link to={`/campaigns/${String(c.id)}`}>{c.name}</Link>
                  </td>
                  <td>{t(`campaigns.kinds.${c.kind}`)}</td>
                  <td>
                    <CampaignStatusBadge status={c.status} />
                  </td>
                  <td>{format.date(c.sentAt)}</td>
                  <td className="num">{c.status === 'sent' ? format.number(c.recipients) : ''}</td>
                  <td className="num" data-testid="campaign-response-rate">
                    {c.responseRate === null ? '' : percent(c.responseRate)}
                  </td>
                  <td className="num" data-testid="campaign-conversion-rate">
                    {c.conversionRate === null ? '' : percent(c.conversionRate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
