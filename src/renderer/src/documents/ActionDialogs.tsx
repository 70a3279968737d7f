/**
 * The dialogs of the document actions: a reason (decline, cancel), a delivery's quantities,
 * what to invoice from an order, and the lines of a credit or debit note.
 */
import { useState } from 'react'
import { keyed } from '../../../shared/errors'
import type { SalesDocument } from '../../../shared/schemas/documents'
import { parseQuantityToMilli } from '../../../shared/totals'
import { companyToday } from '../components/format'
import type { CheckKey } from '../components/strings'
import { useT } from '../i18n'
import { useDocumentFormat } from './common'
import { FormDialog } from '../components/Dialog'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput, LabelledTextArea } from '../components/fields'

/** What each action dialog takes: whether the action is under way, closing it, and what it submits. */
interface ActionDialogProps<Submitted> {
  busy: boolean
  onClose: () => void
  onSubmit: (submitted: Submitted) => void
}

/** The lines picked in a delivery or a correction, with their quantities. */
type PickedLines = { lineId: number; quantityMilli: number }[]

export function ReasonDialog({
  kind,
  busy,
  onClose,
  onSubmit
}: ActionDialogProps<string> & { kind: 'decline' | 'cancel' }) {
  const { t, tm } = useT()
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
      <LabelledTextArea
        id="action-reason"
        label={t('documents.reason')}
        error={error ? tm(error) : undefined}
        errorTestId="error-action-reason"
        rows={3}
        value={reason}
        data-autofocus
        onValue={setReason}
        data-testid="action-reason"
      />
    </FormDialog>
  )
}

/**
 * The quantities typed per line of a delivery or a correction, each offered as what is `left` of its
 * line; `pick()` checks them ("" or 0 leaves the line out), marks those that are not a quantity or
 * more than is left, and returns the lines picked.
 */
function useLinePicks(doc: SalesDocument, left: (lineId: number) => number) {
  const format = useDocumentFormat()
  const [typed, setTyped] = useState<Record<number, string>>(() =>
    Object.fromEntries(doc.lines.map((l) => [l.id, left(l.id) > 0 ? format.quantity(left(l.id)) : '']))
  )
  const [errors, setErrors] = useState<Record<number, string>>({})
  function pick() {
    const found: Record<number, string> = {}
    const lines: PickedLines = []
    for (const line of doc.lines) {
      const text = (typed[line.id] ?? '').trim()
      if (text === '') continue
      const milli = parseQuantityToMilli(text)
      if (milli === null || milli < 0) found[line.id] = 'checks.enterQuantity' satisfies CheckKey
      else if (milli > left(line.id)) found[line.id] = 'checks.moreThanLeft' satisfies CheckKey
      else if (milli > 0) lines.push({ lineId: line.id, quantityMilli: milli })
    }
    setErrors(found)
    return { valid: Object.keys(found).length === 0, lines }
  }
  return { typed, setTyped, errors, pick }
}

/** A line of the document by its id (undefined for one it does not have). */
const lineOf = (doc: SalesDocument, lineId: number) => doc.lines.find((l) => l.id === lineId)

function QuantityTable({
  doc,
  leftLabel,
  left,
  picks: { typed, setTyped, errors },
  testId
}: {
  doc: SalesDocument
  leftLabel: string
  left: (lineId: number) => number
  picks: ReturnType<typeof useLinePicks>
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
}: ActionDialogProps<{ deliveryDate: string; note: string; lines: PickedLines }> & { doc: SalesDocument }) {
  const { t, tm } = useT()
  const left = (lineId: number) => {
    const line = lineOf(doc, lineId)
    return line ? Math.max(0, line.quantityMilli - line.deliveredMilli) : 0
  }
  const [date, setDate] = useState(companyToday())
  const [note, setNote] = useState('')
  const picks = useLinePicks(doc, left)
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <FormDialog
      title={t('documents.action.recordDelivery')}
      okLabel={t('documents.action.recordDelivery')}
      busy={busy}
      onClose={onClose}
      testId="delivery-dialog"
      onSubmit={() => {
        const picked = picks.pick()
        if (!picked.valid) return
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
      <Field id="delivery-date" label={t('documents.deliveryDate')}>
        <DateInput id="delivery-date" value={date} onChange={(v) => setDate(v)} data-testid="delivery-date" />
      </Field>
      <QuantityTable
        doc={doc}
        leftLabel={t('documents.toDeliver')}
        left={left}
        picks={picks}
        testId="delivery-lines"
      />
      <LabelledInput
        id="delivery-note"
        label={t('documents.deliveryNote')}
        type="text"
        value={note}
        onValue={setNote}
      />
      {problem && <p className="field-error">{tm(problem)}</p>}
    </FormDialog>
  )
}

export function InvoiceDialog({
  doc,
  busy,
  onClose,
  onSubmit
}: ActionDialogProps<'all' | 'delivered'> & { doc: SalesDocument }) {
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

/**
 * A credit or debit note's reason and lines. Submitted without lines: the whole remainder (for a credit
 * note whose lines are all credited, its open freight and charges).
 */
export function CorrectionDialog({
  doc,
  kind,
  busy,
  onClose,
  onSubmit
}: ActionDialogProps<{ reason: string; lines?: PickedLines }> & {
  doc: SalesDocument
  kind: 'creditNote' | 'debitNote'
}) {
  const { t, tm } = useT()
  const left = (lineId: number) => {
    const line = lineOf(doc, lineId)
    if (!line) return 0
    return kind === 'creditNote' ? Math.max(0, line.quantityMilli - line.creditedMilli) : line.quantityMilli
  }
  // Offered with every line credited: what is left are the invoice's freight, charges or allowances.
  const remainderOnly = kind === 'creditNote' && doc.lines.every((l) => left(l.id) === 0)
  const [reason, setReason] = useState('')
  const picks = useLinePicks(doc, left)
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
        const picked = picks.pick()
        setReasonError(reason.trim() === '' ? keyed('reasonRequired') : undefined)
        if (!picked.valid || reason.trim() === '') return
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
            picks={picks}
            testId="correction-lines"
          />
        </>
      )}
      <LabelledInput
        id="correction-reason"
        label={t('documents.reason')}
        error={reasonError ? tm(reasonError) : undefined}
        errorTestId="error-correction-reason"
        type="text"
        value={reason}
        onValue={setReason}
        data-testid="correction-reason"
      />
      {problem && <p className="field-error">{tm(problem)}</p>}
    </FormDialog>
  )
}
