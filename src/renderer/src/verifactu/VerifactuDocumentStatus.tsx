/**
 * A document's VERI*FACTU records on its page: the QR code the invoice prints, each record's
 * state with the AEAT's answer (CSV, or the error in plain words and what to do), and the two
 * actions the regulation allows: correcting a record (subsanación) and cancelling it
 * (RegistroAnulacion, with a reason; nothing is deleted).
 */
import { useState } from 'react'
import type { VerifactuRecordRow } from '../../../shared/schemas/verifactu'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { FormDialog, type DialogProps } from '../components/Dialog'
import { LabelledInput, LabelledTextArea } from '../components/fields'
import { Fact } from '../components/RecordFrame'
import { useT } from '../i18n'
import { TaxReportSection } from '../components/TaxReportSection'
import { WriteButton } from '../components/WriteButton'
import { AeatAnswer, RecordStatusBadge, sendResultMessage, TaxQr, verifactuKeys } from './common'

function RecordFacts({ record }: { record: VerifactuRecordRow }) {
  const { t, i18n } = useT()
  const format = useFormat()
  const typeKey = `verifactuRecords.invoiceType.${record.invoiceType ?? ''}`
  return (
    <div data-testid="verifactu-record" data-kind={record.kind} data-status={record.status}>
      <p>
        <span className="muted">
          {t(`verifactuRecords.kind.${record.kind}`)}
          {record.invoiceType && i18n.exists(typeKey) ? ` · ${t(typeKey)}` : ''}
        </span>{' '}
        <RecordStatusBadge status={record.status} />
      </p>
      {record.subsanacion && <p className="muted">{t('verifactuRecords.subsanacion')}</p>}
      {record.status === 'pending' && record.attempts > 0 && (
        <p className="muted" data-testid="verifactu-attempts">
          {t('verifactuRecords.attempts', { count: record.attempts })}
        </p>
      )}
      <dl className="tax-facts">
        <dt>{t('verifactuRecords.generatedAt')}</dt>
        <dd>{format.dateTime(record.generatedAt)}</dd>
        <dt>{t('verifactuRecords.hash')}</dt>
        <dd title={record.hash}>
          <code>{record.hash.slice(0, 16)}…</code>
        </dd>
        <Fact label={t('verifactuRecords.csv')} testId="verifactu-csv">
          {record.csv}
        </Fact>
        <Fact label={t('verifactuRecords.reason')}>{record.reason}</Fact>
      </dl>
      <AeatAnswer record={record} />
    </div>
  )
}

type Dialog = { kind: 'correct'; record: VerifactuRecordRow } | { kind: 'cancel' } | null

function ActionDialog({
  dialog,
  documentId,
  onClose,
  onDone
}: DialogProps<BannerMessage> & { dialog: Exclude<Dialog, null>; documentId: number }) {
  const { t } = useT()
  const [reason, setReason] = useState('')
  const [recipientName, setRecipientName] = useState('')
  const [recipientTaxId, setRecipientTaxId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const correcting = dialog.kind === 'correct'
  const run = useApiMutation(
    () =>
      dialog.kind === 'correct'
        ? api.call('verifactu.correctRecord', {
            recordId: dialog.record.id,
            ...(recipientName.trim() ? { recipientName } : {}),
            ...(recipientTaxId.trim() ? { recipientTaxId } : {})
          })
        : api.call('verifactu.cancelRecord', { documentId, reason }),
    {
      invalidates: [verifactuKeys.all],
      onSuccess: () =>
        onDone({
          kind: 'success',
          text: t(correcting ? 'verifactuRecords.correctedDone' : 'verifactuRecords.cancelledDone')
        })
    }
  )
  return (
    <FormDialog
      title={t(correcting ? 'verifactuRecords.correctTitle' : 'verifactuRecords.cancelTitle')}
      okLabel={t(correcting ? 'verifactuRecords.correctConfirm' : 'verifactuRecords.cancelConfirm')}
      danger={!correcting}
      busy={run.isPending}
      testId="verifactu-action-dialog"
      refusal={error}
      onClose={onClose}
      onSubmit={() => run.mutate(undefined, { onError: (e) => setError(messageOf(e)) })}
    >
      <p className="muted">
        {t(correcting ? 'verifactuRecords.correctHint' : 'verifactuRecords.cancelHint')}
      </p>
      {correcting ? (
        <>
          <LabelledInput
            id="verifactu-recipient-name"
            label={t('verifactuRecords.recipientName')}
            value={recipientName}
            onValue={setRecipientName}
          />
          <LabelledInput
            id="verifactu-recipient-nif"
            label={t('verifactuRecords.recipientTaxId')}
            value={recipientTaxId}
            onValue={setRecipientTaxId}
            data-testid="verifactu-recipient-nif"
          />
        </>
      ) : (
        <LabelledTextArea
          id="verifactu-cancel-reason"
          label={t('verifactuRecords.reason')}
          rows={3}
          value={reason}
          onValue={setReason}
          data-testid="verifactu-cancel-reason"
        />
      )}
    </FormDialog>
  )
}

export function VerifactuDocumentStatus({ documentId }: { documentId: number }) {
  const { t } = useT()
  const info = useApiQuery(verifactuKeys.document(documentId), () =>
    api.call('verifactu.document', { id: documentId })
  )
  const [dialog, setDialog] = useState<Dialog>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const format = useFormat()
  /** The correct or cancel dialog closes with what it did, shown under the buttons. */
  const closeWith = (done: BannerMessage) => {
    setDialog(null)
    setMessage(done)
  }
  // The same sender as the queue, for this document's waiting records only.
  const send = useApiMutation(() => api.call('verifactu.sendDocument', { id: documentId }), {
    invalidates: [verifactuKeys.all],
    onSuccess: (result) => setMessage(sendResultMessage(t, format, result))
  })
  const data = info.data
  if (!data || (data.records.length === 0 && data.qrUrl === null)) return null
  const latest = data.records.at(-1)
  const correctable =
    latest?.kind === 'alta' && (latest.status === 'rejected' || latest.status === 'accepted_with_errors')
      ? latest
      : null
  const cancellable = latest?.kind === 'alta' && latest.status !== 'rejected'
  return (
    <TaxReportSection
      id="verifactu-document"
      title={t('verifactuRecords.section')}
      message={message}
      onMessageClose={() => setMessage(null)}
      actions={
        <>
          {latest?.status === 'pending' && (
            <WriteButton write={send} onMessage={setMessage} testId="verifactu-send">
              {t(latest.attempts > 0 ? 'verifactuRecords.sendAgain' : 'verifactuRecords.sendNow')}
            </WriteButton>
          )}
          {correctable && (
            <button
              type="button"
              onClick={() => setDialog({ kind: 'correct', record: correctable })}
              data-testid="verifactu-correct"
            >
              {t('verifactuRecords.correct')}
            </button>
          )}
          {cancellable && (
            <button
              type="button"
              className="danger-outline"
              onClick={() => setDialog({ kind: 'cancel' })}
              data-testid="verifactu-cancel"
            >
              {t('verifactuRecords.cancel')}
            </button>
          )}
        </>
      }
      dialog={
        dialog && (
          <ActionDialog
            dialog={dialog}
            documentId={documentId}
            onClose={() => setDialog(null)}
            onDone={closeWith}
          />
        )
      }
    >
      {data.qrUrl && (
        <figure className="tax-qr-figure">
          <TaxQr url={data.qrUrl} label={t('verifactuRecords.qrCaption')} />
          <figcaption className="muted">
            {t('verifactuRecords.qrCaption')}{' '}
            <a href={data.qrUrl} target="_blank" rel="noreferrer" data-testid="verifactu-qr-url">
              {t('verifactuRecords.qrUrl')}
            </a>
          </figcaption>
        </figure>
      )}
      {[...data.records].reverse().map((record) => (
        <RecordFacts key={record.id} record={record} />
      ))}
    </TaxReportSection>
  )
}
