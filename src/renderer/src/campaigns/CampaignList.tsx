/**
 * The Campaigns page (issue 18): every campaign with its channel, status, recipients and, once
 * launched, how many responded and converted within its window. A company runs tens of
 * campaigns, so the list is one table without paging.
 */
import { Link } from 'react-router-dom'
import type { CampaignRow } from '../../../shared/schemas/campaigns'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import type { BadgeTone } from '../components/badge-tones'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { SimpleTable } from '../components/SimpleTable'
import { TitledPage } from '../components/TitledPage'
import { statusBadge } from '../components/ToneBadge'
import { useT } from '../i18n'
import './campaigns.css'

/** A share (0.25) as "25 %" in the user's locale. */
export function usePercent(): (share: number) => string {
  const { locale } = useFormat()
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  return (share) => percent.format(share)
}

/** A draft has not gone out yet; a sent campaign has. */
const campaignTones: Record<CampaignRow['status'], BadgeTone> = { draft: 'neutral', sent: 'good' }

export const CampaignStatusBadge = statusBadge({
  tones: campaignTones,
  words: 'campaigns.statuses',
  testId: 'campaign-status'
})

export function CampaignList() {
  const { t } = useT()
  const format = useFormat()
  const percent = usePercent()
  const list = useApiQuery(keys.campaigns('list'), () => api.call('campaigns.list', {}))
  return (
    <TitledPage
      title={t('campaigns.title')}
      className="campaigns-page"
      actions={
        <Link className="button primary" to="/campaigns/new" data-testid="campaign-new">
          {t('campaigns.new')}
        </Link>
      }
    >
      <LoadFailure error={list.error} />
      {list.data?.length === 0 && <p className="muted">{t('campaigns.none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <SimpleTable
            className="campaigns-table"
            label={t('campaigns.listLabel')}
            testId="campaign-list"
            rows={list.data}
            rowTestId="campaign-row"
            columns={[
              {
                id: 'name',
                label: t('campaigns.name'),
                render: (c) => <Link to={`/campaigns/${String(c.id)}`}>{c.name}</Link>
              },
              { id: 'kind', label: t('campaigns.kind'), render: (c) => t(`campaigns.kinds.${c.kind}`) },
              {
                id: 'status',
                label: t('campaigns.status'),
                render: (c) => <CampaignStatusBadge status={c.status} />
              },
              { id: 'sentAt', label: t('campaigns.sentAt'), render: (c) => format.date(c.sentAt) },
              {
                id: 'recipients',
                label: t('campaigns.recipients'),
                className: 'num',
                render: (c) => (c.status === 'sent' ? format.number(c.recipients) : '')
              },
              {
                id: 'responseRate',
                label: t('campaigns.responseRate'),
                className: 'num',
                cellTestId: 'campaign-response-rate',
                render: (c) => (c.responseRate === null ? '' : percent(c.responseRate))
              },
              {
                id: 'conversionRate',
                label: t('campaigns.conversionRate'),
                className: 'num',
                cellTestId: 'campaign-conversion-rate',
                render: (c) => (c.conversionRate === null ? '' : percent(c.conversionRate))
              }
            ]}
          />
        </div>
      )}
    </TitledPage>
  )
}
