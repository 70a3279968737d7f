/** One investigation: the returned payment, the next steps (contacted, resolved, written off) and dated notes. */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import {
  investigationSteps,
  type Investigation,
  type InvestigationStatus
} from '../../../shared/schemas/investigations'
import { api } from '../api/client'
import { Field, LabelledInput, LabelledTextArea } from '../components/fields'
import { useBannerAction } from '../components/use-banner-action'
import { companyToday, useFormat } from '../components/format'
import { RecordLoader } from '../components/RecordFrame'
import { useT } from '../i18n'
import { CustomerEntry, InvestigationBadge, PaymentRecordPage } from './common'
import { DateInput } from '../components/DateInput'

const loadInvestigation = (id: number) => api.call('investigations.get', { id })

export function InvestigationPage() {
  return (
    <RecordLoader load={loadInvestigation}>
      {(record) => (record ? <InvestigationView initial={record} /> : null)}
    </RecordLoader>
  )
}

const stepLabels: Record<InvestigationStatus, string> = {
  open: '',
  contacted: 'payments.investigations.markContacted',
  resolved: 'payments.investigations.resolve',
  written_off: 'payments.investigations.writeOff'
}

function InvestigationView({ initial }: { initial: Investigation }) {
  const { t } = useT()
  const format = useFormat()
  const [record, setRecord] = useState(initial)
  const [outcome, setOutcome] = useState(initial.outcome)
  const [stepDate, setStepDate] = useState(companyToday())
  const [noteDate, setNoteDate] = useState(companyToday())
  const [noteText, setNoteText] = useState('')
  // A refusal's problem with each field is shown at the field.
  const { busy, message, setMessage, problem, act } = useBannerAction()

  /** Saves through `action` and shows the investigation it gives back. */
  function run(action: () => Promise<Investigation>, done: string) {
    return act(async () => {
      const next = await action()
      setRecord(next)
      setOutcome(next.outcome)
      return done
    })
  }

  /** Moves the investigation to `status` (or keeps it) with the outcome and the step's date as typed. */
  const update = (status: InvestigationStatus) =>
    run(
      () => api.call('investigations.update', { id: record.id, status, outcome, date: stepDate }),
      t('payments.investigations.updated')
    )

  const closed = record.status === 'resolved' || record.status === 'written_off'
  return (
    <PaymentRecordPage
      testId="investigation-page"
      title={t('payments.investigations.title', {
        amount: format.money(record.amountCents, record.currency)
      })}
      status={<InvestigationBadge status={record.status} />}
      backTo="/payments/investigations"
      message={message}
      onMessageClose={() => setMessage(null)}
      activity={{ entity: 'investigation', entityId: record.id, refreshKey: record.updatedAt }}
    >
      <dl>
        <CustomerEntry id={record.customerId} code={record.customerCode} name={record.customerName} />
        <dt>{t('payments.investigations.payment')}</dt>
        <dd>
          <Link to={`/payments/${record.paymentId}`}>
            {format.date(record.paymentDate)} · {format.money(record.amountCents, record.currency)}{' '}
            {record.paymentReference && `· ${record.paymentReference}`}
          </Link>
        </dd>
        <dt>{t('payments.investigations.returnedOn')}</dt>
        <dd>{format.date(record.returnDate)}</dd>
        <dt>{t('payments.investigations.reason')}</dt>
        <dd data-testid="investigation-reason">{t(`payments.reasons.${record.reason}`)}</dd>
        <dt>{t('payments.investigations.fee')}</dt>
        <dd>
          {format.money(record.bankFeeCents, record.currency)}
          {record.debitNoteNumber && ` · ${t('payments.investigations.debitNote')} ${record.debitNoteNumber}`}
        </dd>
      </dl>

      <div className="pay-form-grid">
        <LabelledInput
          id="investigation-outcome"
          label={t('payments.investigations.outcome')}
          hint={t('payments.investigations.outcomeHint')}
          error={problem('outcome')}
          fieldClassName="span-2"
          value={outcome}
          disabled={closed}
          onValue={setOutcome}
          data-testid="investigation-outcome"
        />
        {!closed && (
          <Field
            id="investigation-date"
            label={t('payments.investigations.stepDate')}
            error={problem('date')}
          >
            {(aria) => (
              <DateInput
                {...aria}
                value={stepDate}
                onChange={(v) => setStepDate(v)}
                data-testid="investigation-date"
              />
            )}
          </Field>
        )}
      </div>
      {!closed && (
        <div className="pay-actions">
          {investigationSteps[record.status].map((step) => (
            <button
              key={step}
              type="button"
              className={step === 'written_off' ? 'danger' : step === 'resolved' ? 'primary' : undefined}
              disabled={busy}
              onClick={() => void update(step)}
              data-testid={`investigation-step-${step}`}
            >
              {t(stepLabels[step])}
            </button>
          ))}
          <button
            type="button"
            disabled={busy || outcome === record.outcome}
            onClick={() => void update(record.status)}
          >
            {t('payments.investigations.saveOutcome')}
          </button>
        </div>
      )}

      <h2>{t('payments.investigations.notes')}</h2>
      {record.notesList.length === 0 ? (
        <p className="muted">{t('payments.investigations.noNotes')}</p>
      ) : (
        <ul className="pay-notes" data-testid="investigation-notes">
          {record.notesList.map((n) => (
            <li key={n.id}>
              <strong>{format.date(n.noteDate)}</strong> <span className="muted">{n.actor}</span>
              <br />
              {n.text}
            </li>
          ))}
        </ul>
      )}
      <form
        className="pay-form-grid"
        onSubmit={(e) => {
          e.preventDefault()
          void run(async () => {
            const next = await api.call('investigations.addNote', { id: record.id, noteDate, text: noteText })
            setNoteText('')
            return next
          }, t('payments.investigations.noteAdded'))
        }}
      >
        <Field id="note-date" label={t('payments.investigations.noteDate')} error={problem('noteDate')}>
          {(aria) => <DateInput {...aria} value={noteDate} onChange={(v) => setNoteDate(v)} />}
        </Field>
        <LabelledTextArea
          id="note-text"
          label={t('payments.investigations.noteText')}
          error={problem('text')}
          fieldClassName="span-2"
          rows={3}
          value={noteText}
          onValue={setNoteText}
          data-testid="investigation-note-text"
        />
        <div className="field">
          <button type="submit" disabled={busy} data-testid="investigation-add-note">
            {t('payments.investigations.addNote')}
          </button>
        </div>
      </form>
    </PaymentRecordPage>
  )
}
