/**
 * A launched campaign: a record. Its paper (letters in each recipient's language, labels on a
 * standard sheet) prints from the frozen recipients; its e-mails wait in the outbox and can be
 * sent from here; its results count what recipients did within the window, and responses
 * (call, e-mail, visit) are logged here. Recipients and results export to Excel.
 */
import { useState } from 'react'
import { Link, useLocation } from 'react-router-dom'
import {
  labelLayouts,
  responseKinds,
  type Campaign,
  type CampaignRecipient,
  type LabelLayout
} from '../../../shared/schemas/campaigns'
import type { FileResult } from '../../../shared/schemas/common'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { companyToday, useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { MainButton } from '../components/MainButton'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'
import { useDownload } from '../components/use-download'
import { usePageAction } from '../components/use-page-action'
import { useDraft } from '../components/use-draft'
import { openPdf, type PdfUse } from '../documents/pdf'
import { PdfButtons } from '../components/PdfButtons'
import { useLanguage, useT } from '../i18n'
import { usePercent } from './CampaignList'
import { CampaignFrame } from './CampaignFrame'
import { LabelledDate } from '../components/LabelledDate'
import { LabelledInput, LabelledSelect } from '../components/fields'
import { TitledSection } from '../components/TitledSection'

type Busy = 'letters' | 'labels' | 'send' | 'export' | 'response'

export function CampaignLaunched({ campaign: initial }: { campaign: Campaign }) {
  const { t } = useT()
  const format = useFormat()
  const language = useLanguage()
  const location = useLocation()
  const launchedCount = (location.state as { launched?: number } | null)?.launched
  const [campaign, setCampaign] = useState(initial)
  const [message, setMessage] = useState<BannerMessage | null>(
    launchedCount === undefined
      ? null
      : { kind: 'success', text: t('campaigns.launched', { count: launchedCount }) }
  )
  const [busy, setBusy] = useState<Busy | null>(null)
  const [layout, setLayout] = useState<LabelLayout>('L7160')
  const recipients = useApiQuery(
    keys.campaigns('recipients', campaign.id, campaign.updatedAt, campaign.results),
    () => api.call('campaigns.recipients', { id: campaign.id })
  )
  const download = useDownload<Busy>(setMessage, setBusy)

  const perform = usePageAction<Busy>(setMessage, setBusy)
  const pdf = (kind: Busy, use: PdfUse, produce: () => Promise<FileResult>) =>
    perform(kind, async () =>
      (await openPdf(use, produce)) === 'saved' && use !== 'download'
        ? { kind: 'info', text: t('campaigns.sent.pdfSaved') }
        : null
    )

  /** Sends what waits in the outbox now; a run that left some unsent says so as an error. */
  const sendNow = () =>
    perform('send', async () => {
      const run = await api.call('mail.deliver', {})
      const text = t('campaigns.sent.delivered', { sent: run.sent, failed: run.waiting + run.failed })
      return {
        kind: run.error === '' ? 'success' : 'error',
        text: [text, run.error].filter(Boolean).join(' ')
      }
    })

  const letters = () => api.call('campaigns.letters', { id: campaign.id })
  const labels = () => api.call('campaigns.labels', { campaignId: campaign.id, segmentId: null, layout })
  const results = campaign.results
  /** The campaign's letters or labels: open the PDF (`label`), or save it as a file. */
  const paperButtons = (paper: 'letters' | 'labels', label: string, produce: () => Promise<FileResult>) => (
    <PdfButtons
      label={label}
      onPdf={(use) => void pdf(paper, use, produce)}
      disabled={busy !== null}
      testIds={{ preview: `campaign-${paper}-open`, download: `campaign-${paper}-save` }}
      saveAsLink
    />
  )

  return (
    <CampaignFrame
      title={campaign.name}
      status={campaign.status}
      message={message}
      onMessageClose={() => setMessage(null)}
      actions={
        <button
          type="button"
          onClick={() =>
            void download('export', () => api.call('campaigns.exportXlsx', { id: campaign.id, language }))
          }
          disabled={busy !== null}
          data-testid="campaign-export"
        >
          {t('campaigns.sent.exportXlsx')}
        </button>
      }
    >
      <p data-testid="campaign-summary">
        {t(`campaigns.kinds.${campaign.kind}`)} ·{' '}
        {t('campaigns.sent.summary', {
          date: format.dateTime(campaign.sentAt),
          count: results?.recipients ?? 0
        })}
      </p>

      {campaign.kind === 'postal' ? (
        <TitledSection id="campaign-paper" title={t('campaigns.sent.paper')} className="panel">
          <div className="button-row">{paperButtons('letters', t('campaigns.sent.letters'), letters)}</div>
          <div className="button-row">
            <LabelledSelect
              id="campaign-layout"
              label={t('campaigns.sent.layout')}
              value={layout}
              options={labelLayouts}
              optionLabel={(l) => t(`campaigns.sent.layouts.${l}`)}
              onValue={setLayout}
              data-testid="campaign-layout"
            />
            {paperButtons('labels', t('campaigns.sent.labels'), labels)}
          </div>
        </TitledSection>
      ) : (
        <TitledSection id="campaign-emails" title={t('campaigns.sent.emails')} className="panel">
          <p>{t('campaigns.sent.emailsQueued')}</p>
          <div className="button-row">
            <MainButton busy={busy !== null} onPress={sendNow} testId="campaign-send-now">
              {busy === 'send' ? t('campaigns.sent.sending') : t('campaigns.sent.sendNow')}
            </MainButton>
            <Link to="/outbox">{t('campaigns.sent.outbox')}</Link>
          </div>
        </TitledSection>
      )}

      {results && (
        <TitledSection
          id="campaign-results"
          title={t('campaigns.sent.results')}
          className="panel"
          testId="campaign-results"
        >
          {results.windowEnd && campaign.sentAt && (
            <p className="muted">
              {t('campaigns.sent.window', {
                from: format.date(campaign.sentAt.slice(0, 10)),
                to: format.date(results.windowEnd)
              })}
            </p>
          )}
          <ResultFigures campaign={campaign} />
        </TitledSection>
      )}

      <ResponseForm
        campaign={campaign}
        recipients={recipients.data ?? []}
        onLogged={(updated) => {
          setCampaign(updated)
          setMessage({ kind: 'success', text: t('campaigns.sent.responseSaved') })
        }}
        onError={(error) => setMessage({ kind: 'error', text: messageOf(error) })}
      />

      <TitledSection id="campaign-recipients" title={t('campaigns.sent.recipientsLabel')}>
        <LoadFailure error={recipients.error} />
        {recipients.data && (
          <div className="table-scroll">
            <SimpleTable
              className="campaigns-table"
              testId="campaign-recipients"
              rows={recipients.data}
              rowKey={(r) => r.customerId}
              rowTestId="campaign-recipient"
              columns={recipientColumns(t, campaign.kind)}
            />
          </div>
        )}
      </TitledSection>
    </CampaignFrame>
  )
}

/** Who the campaign went to, where (their address or e-mail by the channel), and what they did. */
function recipientColumns(
  t: ReturnType<typeof useT>['t'],
  kind: Campaign['kind']
): TableColumn<CampaignRecipient>[] {
  const yesNo = (value: boolean) => (value ? t('campaigns.sent.yes') : t('campaigns.sent.no'))
  return [
    {
      id: 'customer',
      label: t('campaigns.segment.customer'),
      render: (r) => <Link to={`/customers/${String(r.customerId)}`}>{r.name}</Link>
    },
    kind === 'postal'
      ? {
          id: 'address',
          label: t('campaigns.sent.address'),
          // The address's first line is the name, shown beside it already.
          render: (r) => r.address.split('\n').slice(1).join(', ')
        }
      : { id: 'email', label: t('campaigns.segment.email'), render: (r) => r.email },
    { id: 'language', label: t('campaigns.segment.language'), render: (r) => r.language },
    { id: 'responded', label: t('campaigns.sent.responded'), render: (r) => yesNo(r.responded) },
    { id: 'converted', label: t('campaigns.sent.converted'), render: (r) => yesNo(r.converted) }
  ]
}

function ResultFigures({ campaign }: { campaign: Campaign }) {
  const { t } = useT()
  const format = useFormat()
  const percent = usePercent()
  const r = campaign.results
  if (!r) return null
  const figures: [string, string, string][] = [
    ['recipients', t('campaigns.recipients'), format.number(r.recipients)],
    ['responded', t('campaigns.sent.responded'), format.number(r.responded)],
    ['response-rate', t('campaigns.responseRate'), percent(r.responseRate)],
    ['converted', t('campaigns.sent.converted'), format.number(r.converted)],
    ['conversion-rate', t('campaigns.conversionRate'), percent(r.conversionRate)],
    ['estimates', t('campaigns.sent.estimates'), format.number(r.estimates)],
    ['orders', t('campaigns.sent.orders'), format.number(r.orders)],
    [
      'revenue',
      t('campaigns.sent.revenue'),
      r.revenue.length === 0 ? '–' : r.revenue.map((x) => format.money(x.netCents, x.currency)).join(' · ')
    ]
  ]
  return (
    <dl className="campaign-figures">
      {figures.map(([id, label, value]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={`campaign-figure-${id}`}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** A response being logged: the customer is the chosen option's value, '' until one is chosen. */
interface ResponseDraft {
  customerId: string
  kind: (typeof responseKinds)[number]
  date: string
  note: string
}

function ResponseForm({
  campaign,
  recipients,
  onLogged,
  onError
}: {
  campaign: Campaign
  recipients: { customerId: number; name: string }[]
  onLogged: (campaign: Campaign) => void
  onError: (error: unknown) => void
}) {
  const { t } = useT()
  const { draft, set, field } = useDraft<ResponseDraft>(() => ({
    customerId: '',
    kind: 'call',
    date: companyToday(),
    note: ''
  }))
  const [saving, setSaving] = useState(false)
  async function log() {
    setSaving(true)
    try {
      const updated = await api.call('campaigns.recordResponse', {
        response: { ...draft, campaignId: campaign.id, customerId: Number(draft.customerId) }
      })
      set('note', '')
      onLogged(updated)
    } catch (error) {
      onError(error)
    } finally {
      setSaving(false)
    }
  }
  return (
    <TitledSection id="campaign-response" title={t('campaigns.sent.response')} className="panel">
      <div className="campaign-response-grid">
        <LabelledSelect
          id="response-customer"
          label={t('campaigns.sent.responseCustomer')}
          {...field('customerId')}
          options={['', ...recipients.map((r) => String(r.customerId))]}
          optionLabel={(id) => recipients.find((r) => String(r.customerId) === id)?.name ?? ''}
          data-testid="response-customer"
        />
        <LabelledSelect
          id="response-kind"
          label={t('campaigns.sent.responseKind')}
          {...field('kind')}
          options={responseKinds}
          optionLabel={(k) => t(`campaigns.sent.responseKinds.${k}`)}
          data-testid="response-kind"
        />
        <LabelledDate
          id="response-date"
          label={t('campaigns.sent.responseDate')}
          {...field('date')}
          data-testid="response-date"
        />
        <LabelledInput
          id="response-note"
          label={t('campaigns.sent.responseNote')}
          {...field('note')}
          data-testid="response-note"
        />
        <button
          type="button"
          onClick={() => void log()}
          disabled={saving || draft.customerId === ''}
          data-testid="response-save"
        >
          {t('campaigns.sent.responseSave')}
        </button>
      </div>
    </TitledSection>
  )
}
