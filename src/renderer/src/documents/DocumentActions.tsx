/**
 * The actions valid for a document in its current status (the API's `actions`), and the
 * documents it is linked to. Issuing asks first; the ones that need more (a reason, delivered
 * quantities, lines to credit) open a small form.
 */
import { useState, type RefObject } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import type { DocumentAction, SalesDocument } from '../../../shared/schemas/documents'
import { isEInvoiceType } from '../../../shared/schemas/einvoice'
import { api } from '../api/client'
import { errorBanner, messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { useConfirm } from '../components/ConfirmDialog'
import { Fact } from '../components/RecordFrame'
import { PdfButtons } from '../components/PdfButtons'
import { useT } from '../i18n'
import { areaOf, DocumentLink, documentPath, useDocumentFormat, useDocumentLabel } from './common'
import { EInvoiceButtons } from '../einvoice/EInvoiceButtons'
import { openPdf, savedMessage, type PdfUse } from './pdf'
import { CorrectionDialog, DeliveryDialog, InvoiceDialog, ReasonDialog } from './ActionDialogs'
import { SendDocumentDialog } from '../mail/SendDocumentDialog'

interface ActionsProps {
  doc: SalesDocument
  /** Saves unsaved changes first (drafts); null when that failed. */
  prepare?: () => Promise<SalesDocument | null>
  /** The document after an action on it, with the message to show. */
  onChanged: (doc: SalesDocument, message: BannerMessage) => void
  onMessage: (message: BannerMessage | null) => void
  bypassGuard: RefObject<boolean>
}

type DialogKind = 'decline' | 'cancel' | 'delivery' | 'invoice' | 'creditNote' | 'debitNote'

const issueMethod = {
  estimate: 'estimates.send',
  order: 'documents.issue',
  invoice: 'documents.issue',
  credit_note: 'documents.issue',
  debit_note: 'documents.issue'
} as const

export function DocumentActions({ doc, prepare, onChanged, onMessage, bypassGuard }: ActionsProps) {
  const { t } = useT()
  const label = useDocumentLabel()
  const navigate = useNavigate()
  const { confirm, dialog: confirmDialog } = useConfirm()
  const [busy, setBusy] = useState(false)
  const [dialog, setDialog] = useState<DialogKind | null>(null)
  const [mailing, setMailing] = useState(false)
  const has = (action: DocumentAction) => doc.actions.includes(action)

  async function run(
    work: (current: SalesDocument) => Promise<SalesDocument | undefined>,
    done?: (result: SalesDocument) => string
  ) {
    setBusy(true)
    onMessage(null)
    try {
      const current = prepare ? await prepare() : doc
      if (!current) return false
      const result = await work(current)
      if (result) {
        if (result.id !== doc.id) {
          bypassGuard.current = true
          void navigate(documentPath(result.type, result.id), {
            state: { flash: { kind: 'success', text: done?.(result) ?? t('documents.draftCreated') } }
          })
        } else {
          onChanged(result, { kind: 'success', text: done?.(result) ?? t('common.saved') })
        }
      }
      return true
    } catch (error) {
      onMessage(errorBanner(error, t))
      return false
    } finally {
      setBusy(false)
    }
  }

  /** What every action's dialog takes from here: it waits while an action runs, and closes to the page. */
  const dialogFrame = { busy, onClose: () => setDialog(null) }
  /** A dialog's step: done, the dialog closes; refused, it stays open with what the user typed. */
  const submit = (...step: Parameters<typeof run>) => void run(...step).then((ok) => ok && setDialog(null))

  async function issue() {
    // Sending an estimate means e-mailing it; marking it sent without e-mail stays in the dialog.
    if (doc.type === 'estimate') {
      setMailing(true)
      return
    }
    await issueOnly()
  }

  async function issueOnly() {
    const ok = await confirm({
      title: t(`documents.issueAction.${doc.type}`),
      body: t(`documents.issueConfirm.${doc.type}`),
      confirmLabel: t(`documents.issueAction.${doc.type}`)
    })
    if (!ok) return
    await run(
      (current) => api.call(issueMethod[current.type], { id: current.id }),
      (result) => t('documents.issued', { label: label(result) })
    )
  }

  async function remove() {
    const ok = await confirm({
      title: t('documents.deleteDraft'),
      body: t('documents.deleteConfirm'),
      confirmLabel: t('documents.deleteDraft'),
      danger: true
    })
    if (!ok) return
    setBusy(true)
    try {
      await api.call('documents.deleteDraft', { id: doc.id })
      bypassGuard.current = true
      void navigate(`/${areaOf(doc.type)}`, {
        state: { flash: { kind: 'success', text: t('documents.deleted') } }
      })
    } catch (error) {
      onMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  async function pdf(use: PdfUse) {
    setBusy(true)
    onMessage(null)
    try {
      const outcome = await openPdf(
        use,
        () => api.call('documents.pdf', { id: doc.id }),
        (fileName) => {
          onMessage({ kind: 'success', text: savedMessage(t, fileName) })
        }
      )
      if (use === 'print' && outcome === 'opened')
        onMessage({ kind: 'info', text: t('documents.pdf.printHint') })
    } catch (error) {
      onMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  const button = (action: DocumentAction, text: string, onClick: () => void, primary = false) =>
    has(action) ? (
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={busy}
        onClick={onClick}
        data-testid={`action-${action}`}
      >
        {text}
      </button>
    ) : null

  return (
    <div
      className="doc-actions"
      role="toolbar"
      aria-label={t('documents.actions')}
      data-testid="document-actions"
    >
      {button('issue', t(`documents.issueAction.${doc.type}`), () => void issue(), true)}
      {button(
        'accept',
        t('documents.action.accept'),
        () =>
          void run(
            (c) => api.call('estimates.accept', { id: c.id }),
            () => t('documents.accepted')
          ),
        true
      )}
      {button('decline', t('documents.action.decline'), () => setDialog('decline'))}
      {button(
        'convertToOrder',
        t('documents.action.convertToOrder'),
        () => void run((c) => api.call('estimates.convertToOrder', { id: c.id })),
        true
      )}
      {button('recordDelivery', t('documents.action.recordDelivery'), () => setDialog('delivery'), true)}
      {button('invoice', t('documents.action.invoice'), () =>
        doc.type === 'order'
          ? setDialog('invoice')
          : void run((c) => api.call('invoices.createFromEstimate', { estimateId: c.id }))
      )}
      {button('creditNote', t('documents.action.creditNote'), () => setDialog('creditNote'))}
      {button('debitNote', t('documents.action.debitNote'), () => setDialog('debitNote'))}
      {button(
        'revise',
        t('documents.action.revise'),
        () => void run((c) => api.call('estimates.revise', { id: c.id }))
      )}
      {button(
        'duplicate',
        t('documents.action.duplicate'),
        () => void run((c) => api.call('estimates.duplicate', { id: c.id }))
      )}
      {button('cancel', t('documents.action.cancel'), () => setDialog('cancel'))}
      {has('pdf') && (
        <span className="doc-pdf-buttons">
          <PdfButtons
            label={t('documents.pdf.preview')}
            onPdf={(use) => void pdf(use)}
            disabled={busy}
            testIds={{ preview: 'pdf-preview', download: 'pdf-download', print: 'pdf-print' }}
          />
        </span>
      )}
      {doc.number !== null && isEInvoiceType(doc.type) && (
        <EInvoiceButtons
          documentId={doc.id}
          busy={busy}
          setBusy={(kind) => setBusy(kind !== null)}
          onMessage={onMessage}
        />
      )}
      {doc.number !== null && (
        <button type="button" disabled={busy} onClick={() => setMailing(true)} data-testid="send-by-email">
          {t('mail.sendByEmail')}
        </button>
      )}
      {button('delete', t('documents.deleteDraft'), () => void remove())}
      {mailing && (
        <SendDocumentDialog
          doc={doc}
          what={label(doc)}
          prepare={prepare}
          onClose={() => setMailing(false)}
          onDone={(changed, message) => onChanged(changed, message)}
          extra={
            doc.number === null
              ? {
                  label: t('mail.markSentOnly'),
                  onClick: () => {
                    setMailing(false)
                    void issueOnly()
                  }
                }
              : undefined
          }
        />
      )}
      {confirmDialog}
      {(dialog === 'decline' || dialog === 'cancel') && (
        <ReasonDialog
          kind={dialog}
          {...dialogFrame}
          onSubmit={(reason) =>
            submit((c) =>
              dialog === 'decline'
                ? api.call('estimates.decline', { id: c.id, reason })
                : api.call('orders.cancel', { id: c.id, reason })
            )
          }
        />
      )}
      {dialog === 'delivery' && (
        <DeliveryDialog
          doc={doc}
          {...dialogFrame}
          onSubmit={(input) =>
            submit(
              (c) => api.call('orders.recordDelivery', { orderId: c.id, ...input }),
              () => t('documents.deliveryRecorded')
            )
          }
        />
      )}
      {dialog === 'invoice' && (
        <InvoiceDialog
          doc={doc}
          {...dialogFrame}
          onSubmit={(quantities) =>
            submit((c) => api.call('invoices.createFromOrder', { orderId: c.id, quantities }))
          }
        />
      )}
      {(dialog === 'creditNote' || dialog === 'debitNote') && (
        <CorrectionDialog
          doc={doc}
          kind={dialog}
          {...dialogFrame}
          onSubmit={(input) =>
            submit((c) =>
              api.call(dialog === 'creditNote' ? 'invoices.createCreditNote' : 'invoices.createDebitNote', {
                invoiceId: c.id,
                ...input
              })
            )
          }
        />
      )}
    </div>
  )
}

/** Where the document comes from, what was made from it, and (orders) its deliveries with their notes. */
export function RelatedDocuments({
  doc,
  onMessage
}: {
  doc: SalesDocument
  onMessage?: (message: BannerMessage | null) => void
}) {
  const { t } = useT()
  const format = useDocumentFormat()
  const refs = [
    doc.source && { key: 'source', label: t('documents.madeFrom'), ref: doc.source },
    doc.corrects && { key: 'corrects', label: t('documents.corrects'), ref: doc.corrects },
    doc.replaces && { key: 'replaces', label: t('documents.replaces'), ref: doc.replaces }
  ].filter((r) => r !== null)
  async function deliveryPdf(id: number, use: PdfUse) {
    try {
      await openPdf(
        use,
        () => api.call('deliveries.pdf', { id }),
        (fileName) => onMessage?.({ kind: 'success', text: savedMessage(t, fileName) })
      )
    } catch (error) {
      onMessage?.({ kind: 'error', text: messageOf(error) })
    }
  }
  return (
    <div data-testid="related-documents">
      <dl className="record-meta">
        <dt>{t('documents.customer')}</dt>
        <dd>
          <Link to={`/customers/${doc.customerId}`}>{doc.customer.name}</Link>
        </dd>
        {refs.map((r) => (
          <div key={r.key} className="meta-pair">
            <dt>{r.label}</dt>
            <dd>
              <DocumentLink doc={r.ref} />
            </dd>
          </div>
        ))}
        <dt>{t('common.created')}</dt>
        <dd>{format.dateTime(doc.createdAt)}</dd>
        <Fact label={t('documents.issuedAt')}>{doc.issuedAt && format.dateTime(doc.issuedAt)}</Fact>
      </dl>
      {doc.related.length > 0 && (
        <>
          <h2>{t('documents.madeFromThis')}</h2>
          <ul className="doc-ref-list">
            {doc.related.map((r) => (
              <li key={r.id}>
                <DocumentLink doc={r} />
              </li>
            ))}
          </ul>
        </>
      )}
      {doc.type === 'order' && doc.deliveries.length > 0 && (
        <>
          <h2>{t('documents.deliveries')}</h2>
          <ul className="doc-ref-list" data-testid="deliveries">
            {doc.deliveries.map((d) => (
              <li key={d.id} data-testid="delivery">
                <strong>
                  {doc.number}/{d.sequence}
                </strong>{' '}
                {format.date(d.deliveryDate)}
                <ul className="delivery-lines">
                  {d.lines.map((l) => (
                    <li key={l.orderLineId}>
                      {format.quantity(l.quantityMilli)} {l.unit} · {l.description}
                    </li>
                  ))}
                </ul>
                {d.note && <p className="muted">{d.note}</p>}
                <span className="button-row">
                  <PdfButtons
                    label={t('documents.pdf.deliveryNote')}
                    onPdf={(use) => void deliveryPdf(d.id, use)}
                    testIds={{ preview: 'delivery-pdf-preview', download: 'delivery-pdf-download' }}
                  />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
