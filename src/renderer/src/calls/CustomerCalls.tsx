/**
 * On the customer page (issue 18): "Log a call" for this customer, the latest calls, and for a
 * prospect its qualification (need, budget, timing, decision maker) and the hand-over to a sales
 * executive.
 */
import { useState } from 'react'
import type { Prospect } from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { useT } from '../i18n'
import { openCallDialog } from './CallDialog'
import './calls.css'
import { ExecutiveOptions } from '../components/ExecutiveOptions'
import { Field, LabelledInput } from '../components/fields'
import { CustomerPageSection } from '../components/CustomerPageSection'

const SHOWN = 5

export function CustomerCalls({
  customerId,
  customerName,
  isProspect
}: {
  customerId: number
  customerName: string
  isProspect: boolean
}) {
  const { t } = useT()
  const format = useFormat()
  const calls = useApiQuery(keys.calls('customer', customerId), () =>
    api.call('calls.list', { customerId, executiveId: null, from: null, to: null, offset: 0, limit: SHOWN })
  )
  const prospect = useApiQuery(keys.calls('prospect', customerId), () =>
    api.call('prospects.get', { customerId })
  )
  return (
    <CustomerPageSection
      id="customer-calls"
      title={
        <>
          {t('calls.title')}{' '}
          {calls.data && <span className="muted">({format.number(calls.data.total)})</span>}
        </>
      }
      error={calls.error ?? prospect.error}
    >
      <p>
        <button
          type="button"
          onClick={() => openCallDialog({ customerId, customerName })}
          data-testid="customer-log-call"
        >
          {t('calls.logButton')}
        </button>
      </p>
      {calls.data && calls.data.rows.length > 0 && (
        <ul className="customer-docs">
          {calls.data.rows.map((c) => (
            <li key={c.id} data-testid="customer-call">
              <span>{format.dateTime(c.at)}</span> · <span>{t(`calls.outcomes.${c.outcome}`)}</span>
              {c.nextStepDate && (
                <div className="muted">
                  {format.date(c.nextStepDate)}: {c.nextStep}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {(isProspect || prospect.data) && prospect.isSuccess && (
        <ProspectPanel
          key={prospect.data?.createdAt ?? 'none'}
          customerId={customerId}
          prospect={prospect.data}
        />
      )}
    </CustomerPageSection>
  )
}

function ProspectPanel({ customerId, prospect }: { customerId: number; prospect: Prospect | null }) {
  const { t } = useT()
  const format = useFormat()
  const invalidate = useInvalidate()
  // Filled once from the stored record (the panel is keyed by it, so a new record starts afresh).
  const [q, setQ] = useState(() => ({
    source: prospect?.source ?? '',
    need: prospect?.need ?? '',
    budget: prospect?.budget ?? '',
    timing: prospect?.timing ?? '',
    decisionMaker: prospect?.decisionMaker ?? ''
  }))
  const [executive, setExecutive] = useState('')
  const [message, setMessage] = useState<BannerMessage | null>(null)

  async function run(call: () => Promise<unknown>, done: string) {
    try {
      await call()
      invalidate(keys.calls(), keys.customers())
      setMessage({ kind: 'success', text: t(done) })
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) })
    }
  }

  const fields = ['source', 'need', 'budget', 'timing', 'decisionMaker'] as const
  return (
    <div className="prospect-panel" data-testid="prospect-panel">
      <h3>{t('prospects.title')}</h3>
      {prospect?.convertedAt && (
        <p data-testid="prospect-converted">
          {t('prospects.converted', { date: format.date(prospect.convertedAt) })}
        </p>
      )}
      <div className="prospect-grid">
        {fields.map((f) => (
          <LabelledInput
            key={f}
            id={`prospect-${f}`}
            label={t(`prospects.${f}`)}
            value={q[f]}
            onValue={(value) => setQ({ ...q, [f]: value })}
            data-testid={`prospect-${f}`}
          />
        ))}
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void run(
              () => api.call('prospects.qualify', { customerId, qualification: q }),
              'prospects.qualified'
            )
          }
          data-testid="prospect-qualify"
        >
          {t('prospects.save')}
        </button>
      </div>
      <p className="muted" data-testid="prospect-handed-over">
        {prospect?.handedOverAt
          ? t('prospects.handedOverTo', {
              name: prospect.handedOverToName ?? '',
              date: format.date(prospect.handedOverAt)
            })
          : t('prospects.notHandedOver')}
      </p>
      <Field id="prospect-executive" label={t('prospects.handOverTo')}>
        <select
          id="prospect-executive"
          value={executive}
          onChange={(e) => setExecutive(e.target.value)}
          data-testid="prospect-executive"
        >
          <ExecutiveOptions none="–" />
        </select>
      </Field>
      <div className="button-row">
        <button
          type="button"
          disabled={executive === ''}
          onClick={() =>
            void run(
              () => api.call('prospects.handOver', { customerId, executiveId: Number(executive) }),
              'prospects.handedOver'
            )
          }
          data-testid="prospect-hand-over"
        >
          {t('prospects.handOver')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </div>
  )
}
