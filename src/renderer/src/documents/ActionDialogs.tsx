/**
 * The dialogs of the document actions: a reason (decline, cancel), a delivery's quantities,
 * what to invoice from an order, and the lines of a credit or debit note.
 */
import { useState, type ReactNode } from 'react'
import { keyed } from '../../../shared/errors'
import type { SalesDocument } from '../../../shared/schemas/documents'
import { parseQuantityToMilli } from '../../../shared/totals'
import { companyToday } from '../components/format'
import type { CheckKey } from '../components/strings'
import { useT } from '../i18n'
import { useDocumentFormat } from './common'
import { FormDialog } from '../components/Dialog'
import { DateInput } from '../components/DateInput'

function DialogField({
  id,
  label,
  error,
  children
}: {
  id: string
  label: string
  error?: string
  children: ReactNode
}) {
  const { tm } = useT()
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`error-${id}`}>
          {tm(error)}
        </p>
      )}
    </div>
  )
}

export function ReasonDialog({
  kind,
  busy,
  onClose,
  onSubmit
}: {
  kind: 'decline' | 'cancel'
  busy: boolean
  onClose: () => void
  onSubmit: (reason: string) => void
}) {
  const { t } = useT()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  return (
    <FormDialog
      title={t(`documents.action.${kind}`)}
      okLabel={t(`documents.action.${kind}`)}
      danger
      busy={busy}
      onClose={onClose}
      testId="reason-dialog"
      onSubmit={() => (reason.trim() === '' ? setError(keyed('reasonRequired')) : onSubmit(reason.trim()))}
    >
      <p>{t(`documents.${kind}Explain`)}</p>
      <DialogField id="action-reason" label={t('documents.reason')} error={error}>
        <textarea
          id="action-reason"
          rows={3}
          value={reason}
          data-autofocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'action-reason-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
          data-testid="action-reason"
        />
      </DialogField>
    </FormDialog>
  )
}

/** Quantities typed per line ("" or 0 leaves the line out); null when one is not a quantity. */
function pickedQuantities(
  doc: SalesDocument,
  typed: Record<number, string>,
  limit: (lineId: number) => number
) {
  const errors: Record<number, string> = {}
  const lines: { lineId: number; quantityMilli: number }[] = []
  for (const line of doc.lines) {
    const text = (typed[line.id] ?? '').trim()
    if (text === '') continue
    const milli = parseQuantityToMilli(text)
    if (milli === null || milli < 0) errors[line.id] = 'checks.enterQuantity' satisfies CheckKey
    else if (milli > limit(line.id)) errors[line.id] = 'checks.moreThanLeft' satisfies CheckKey
    else if (milli > 0) lines.push({ lineId: line.id, quantityMilli: milli })
  }
  return { errors, lines }
}

function QuantityTable({
  doc,
  leftLabel,
  left,
  typed,
  setTyped,
  errors,
  testId
}: {
  doc: SalesDocument
  leftLabel: string
  left: (lineId: number) => number
  typed: Record<number, string>
  setTyped: (v: Record<number, string>) => void
  errors: Record<number, string>
  testId: string
}) {
  const { t, tm } = useT()
  const format = useDocumentFormat()
  return (
    <table className="line-table pick-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('documents.line.description')}</th>
          <th scope="col" className="num">
            {leftLabel}
          </th>
          <th scope="col">{t('documents.line.quantity')}</th>
        </tr>
      </thead>
      <tbody>
        {doc.lines.map((line, index) => (
          <tr key={line.id} data-testid="pick-row">
            <td>{line.description}</td>
            <td className="num">
              {format.quantity(left(line.id))} {line.unit}
            </td>
            <td>
              <input
                type="text"
                inputMode="decimal"
                className="num"
                aria-label={t('documents.line.quantityOf', { number: index + 1 })}
                aria-invalid={Boolean(errors[line.id])}
                value={typed[line.id] ?? ''}
                disabled={left(line.id) <= 0}
                onChange={(e) => setTyped({ ...typed, [line.id]: e.target.value })}
                data-testid="pick-quantity"
              />
              {errors[line.id] && <p className="field-error">{tm(errors[line.id])}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function DeliveryDialog({
  doc,
  busy,
  onClose,
  onSubmit
}: {
  doc: SalesDocument
  busy: boolean
  onClose: () => void
  onSubmit: (input: {
    deliveryDate: string
    note: string
    lines: { lineId: number; quantityMilli: number }[]
  }) => void
}) {
  const { t, tm } = useT()
  const format = useDocumentFormat()
  const left = (lineId: number) => {
    const line = doc.lines.find((l) => l.id === lineId)
    return line ? Math.max(0, line.quantityMilli - line.deliveredMilli) : 0
  }
  const [date, setDate] = useState(companyToday())
  const [note, setNote] = useState('')
  const [typed, setTyped] = useState<Record<number, string>>(() =>
    Object.fromEntries(doc.lines.map((l) => [l.id, left(l.id) > 0 ? format.quantity(left(l.id)) : '']))
  )
  const [errors, setErrors] = useState<Record<number, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <FormDialog
      title={t('documents.action.recordDelivery')}
      okLabel={t('documents.action.recordDelivery')}
      busy={busy}
      onClose={onClose}
      testId="delivery-dialog"
      onSubmit={() => {
        const picked = pickedQuantities(doc, typed, left)
        setErrors(picked.errors)
        if (Object.keys(picked.errors).length > 0) return
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          setProblem('checks.dateLike' satisfies CheckKey)
          return
        }
        if (picked.lines.length === 0) {
          setProblem('checks.pickLine' satisfies CheckKey)
          return
        }
        setProblem(null)
        onSubmit({
          deliveryDate: date,
          note,
          lines: picked.lines.map((l) => ({ lineId: l.lineId, quantityMilli: l.quantityMilli }))
        })
      }}
    >
      <p>{t('documents.deliveryExplain')}</p>
      <DialogField id="delivery-date" label={t('documents.deliveryDate')}>
        <DateInput id="delivery-date" value={date} onChange={(v) => setDate(v)} data-testid="delivery-date" />
      </DialogField>
      <QuantityTable
        doc={doc}
        leftLabel={t('documents.toDeliver')}
        left={left}
        typed={typed}
        setTyped={setTyped}
        errors={errors}
        testId="delivery-lines"
      />
      <DialogField id="delivery-note" label={t('documents.deliveryNote')}>
        <input id="delivery-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </DialogField>
      {problem && <p className="field-error">{tm(problem)}</p>}
    </FormDialog>
  )
}

export function InvoiceDialog({
  doc,
  busy,
  onClose,
  onSubmit
}: {
  doc: SalesDocument
  busy: boolean
  onClose: () => void
  onSubmit: (quantities: 'all' | 'delivered') => void
}) {
  const { t } = useT()
  const deliveredOpen = doc.lines.some((l) => l.deliveredMilli > l.invoicedMilli)
  const [choice, setChoice] = useState<'all' | 'delivered'>(deliveredOpen ? 'delivered' : 'all')
  return (
    <FormDialog
      title={t('documents.action.invoice')}
      okLabel={t('documents.makeInvoice')}
      busy={busy}
      onClose={onClose}
      testId="invoice-dialog"
      onSubmit={() => onSubmit(choice)}
    >
      <fieldset className="radio-group">
        <legend>{t('documents.invoiceWhat')}</legend>
        {(['delivered', 'all'] as const).map((q) => (
          <label key={q}>
            <input
              type="radio"
              name="invoice-quantities"
              value={q}
              checked={choice === q}
              onChange={() => setChoice(q)}
              data-testid={`invoice-${q}`}
            />{' '}
            {t(`documents.invoiceQuantities.${q}`)}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  )
}

export function CorrectionDialog({
  doc,
  kind,
  busy,
  onClose,
  onSubmit
}: {
  doc: SalesDocument
  kind: 'creditNote' | 'debitNote'
  busy: boolean
  onClose: () => void
  /** No lines: the whole remainder (for a credit note whose lines are all credited, its open freight and charges). */
  onSubmit: (input: { reason: string; lines?: { lineId: number; quantityMilli: number }[] }) => void
}) {
  const { t, tm } = useT()
  const format = useDocumentFormat()
  const left = (lineId: number) => {
    const line = doc.lines.find((l) => l.id === lineId)
    if (!line) return 0
    return kind === 'creditNote' ? Math.max(0, line.quantityMilli - line.creditedMilli) : line.quantityMilli
  }
  // Offered with every line credited: what is left are the invoice's freight, charges or allowances.
  const remainderOnly = kind === 'creditNote' && doc.lines.every((l) => left(l.id) === 0)
  const [reason, setReason] = useState('')
  const [typed, setTyped] = useState<Record<number, string>>(() =>
    Object.fromEntries(doc.lines.map((l) => [l.id, left(l.id) > 0 ? format.quantity(left(l.id)) : '']))
  )
  const [errors, setErrors] = useState<Record<number, string>>({})
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <FormDialog
      title={t(`documents.action.${kind}`)}
      okLabel={t(`documents.make.${kind}`)}
      busy={busy}
      onClose={onClose}
      testId="correction-dialog"
      onSubmit={() => {
        const picked = pickedQuantities(doc, typed, left)
        setErrors(picked.errors)
        setReasonError(reason.trim() === '' ? keyed('reasonRequired') : undefined)
        if (Object.keys(picked.errors).length > 0 || reason.trim() === '') return
        if (remainderOnly) {
          onSubmit({ reason: reason.trim() })
          return
        }
        if (picked.lines.length === 0) {
          setProblem('checks.pickLine' satisfies CheckKey)
          return
        }
        onSubmit({ reason: reason.trim(), lines: picked.lines })
      }}
    >
      {remainderOnly ? (
        <p data-testid="credit-remainder-explain">{t('documents.creditRemainderExplain')}</p>
      ) : (
        <>
          <p>{t(`documents.${kind}Explain`)}</p>
          <QuantityTable
            doc={doc}
            leftLabel={t(kind === 'creditNote' ? 'documents.creditable' : 'documents.invoiced')}
            left={left}
            typed={typed}
            setTyped={setTyped}
            errors={errors}
            testId="correction-lines"
          />
        </>
      )}
      <DialogField id="correction-reason" label={t('documents.reason')} error={reasonError}>
        <input
          id="correction-reason"
          type="text"
          value={reason}
          aria-invalid={Boolean(reasonError)}
          onChange={(e) => setReason(e.target.value)}
          data-testid="correction-reason"
        />
      </DialogField>
      {problem && <p className="field-error">{tm(problem)}</p>}
    </FormDialog>
  )
}
