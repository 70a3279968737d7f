/** A campaign's page, draft or launched: its name as the page's title, its status, the way back to the list. */
import type { ReactNode } from 'react'
import type { CampaignRow } from '../../../shared/schemas/campaigns'
import type { BannerMessage } from '../components/Banner'
import { RecordHeader } from '../components/RecordFrame'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { CampaignStatusBadge } from './CampaignList'

export function CampaignFrame({
  title,
  status,
  message,
  onMessageClose,
  actions,
  children
}: {
  title: string
  status: CampaignRow['status']
  message: BannerMessage | null
  onMessageClose: () => void
  /** The header's buttons. */
  actions: ReactNode
  children: ReactNode
}) {
  const { t } = useT()
  usePageTitle(title)
  return (
    <div className="page campaign-page">
      <RecordHeader
        title={title}
        badges={<CampaignStatusBadge status={status} />}
        backLink={{ to: '/campaigns', label: t('campaigns.backToList') }}
        message={message}
        onMessageClose={onMessageClose}
        actions={actions}
      />
      {children}
    </div>
  )
}
