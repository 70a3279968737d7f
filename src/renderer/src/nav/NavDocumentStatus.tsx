/**
 * A document's NAV report on its page: the state (waiting, sent, accepted, with warnings,
 * rejected with NAV's reasons and what to do), Send again, the reported XML, and the technical
 * annulment of accepted data. Nothing shows for a document that was never reported.
 */
import { useState } from 'react'
import { navAnnulmentCodes, type NavReportRow } from '../../../shared/schemas/nav'
import { api, saveFile } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { FormDialog, type DialogProps } from '../components/Dialog'
import { LabelledSelect, LabelledTextArea } from '../components/fields'
import { Fact } from '../components/RecordFrame'
import { useT } from '../i18n'
import { TaxReportSection } from '../components/TaxReportSection'
import { navKeys, NavReportProblem, NavStatusBadge } from './common'

type AnnulCode = (typeof navAnnulmentCodes)[number]

function AnnulDialog({ documentId, onClose, onDone }: DialogProps<BannerMessage> & { documentId: number }) {
  const { t } = useT()
  const [code, setCode] = useState<AnnulCode>('ERRATIC_DATA')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const annul = useApiMutation(() => api.call('nav.annul', { id: documentId, code, reason }), {
    invalidates: [navKeys.all],
    onSuccess: () => onDone({ kind: 'success', text: t('navReporting.annulQueued') })
  })
  return (
    <FormDialog
      title={t('navReporting.annulTitle')}
      okLabel={t('navReporting.annulConfirm')}
      danger
      busy={annul.isPending}
      testId="nav-annul-dialog"
      refusal={error}
      onClose={onClose}
      onSubmit={() => annul.mutate(undefined, { onError: (e) => setError(messageOf(e)) })}
    >
      <p className="muted">{t('navReporting.annulHint')}</p>
      <LabelledSelect
        id="nav-annul-code"
        label={t('navReporting.annulCode')}
        value={code}
        options={navAnnulmentCodes}
        optionLabel={(c) => t(`navReporting.annulCodes.${c}`)}
        onValue={setCode}
      />
      <LabelledTextArea
        id="nav-annul-reason"
        label={t('navReporting.annulReason')}
        value={reason}
        onValue={setReason}
        rows={3}
        data-testid="nav-annul-reason"
      />
    </FormDialog>
  )
}

function ReportFacts({ report }: { report: NavReportRow }) {
  const { t } = useT()
  return (
    <div className="nav-report" data-testid="nav-document-report" data-kind={report.kind}>
      <p>
        <span className="muted">{t(`navReporting.kind.${report.kind}`)}</span>{' '}
        <NavStatusBadge report={report} />
      </p>
      {report.transactionId && (
        <dl className="tax-facts">
          <Fact label={t('navReporting.transaction')} testId="nav-transaction">
            {report.transactionId}
          </Fact>
        </dl>
      )}
      <NavReportProblem report={report} />
    </div>
  )
}

export function NavDocumentStatus({ documentId }: { documentId: number }) {
  const { t } = useT()
  const reports = useApiQuery(navKeys.document(documentId), () =>
    api.call('nav.document', { id: documentId })
  )
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [annulling, setAnnulling] = useState(false)
  const fail = (error: unknown) => setMessage({ kind: 'error', text: messageOf(error) })
  /** The annulment dialog closes with what it did, shown under the buttons. */
  const closeWith = (done: BannerMessage) => {
    setAnnulling(false)
    setMessage(done)
  }
  const resend = useApiMutation((id: number) => api.call('nav.resend', { id }), {
    invalidates: [navKeys.all],
    onSuccess: () => setMessage({ kind: 'success', text: t('navReporting.queuedAgain') })
  })
  const download = async () => {
    try {
      saveFile(await api.call('nav.exportXml', { id: documentId }))
    } catch (error) {
      fail(error)
    }
  }
  // Newest first; a report that was replaced by its re-send is history, not the state.
  const live = (reports.data ?? []).filter((r) => r.status !== 'replaced')
  if (live.length === 0) return null
  const invoiceReport = live.find((r) => r.kind === 'invoice')
  const annulment = live.find((r) => r.kind === 'annulment')
  return (
    <TaxReportSection
      id="nav-document"
      title={t('navReporting.documentSection')}
      message={message}
      onMessageClose={() => setMessage(null)}
      actions={
        <>
          {live.some((r) => r.status === 'aborted') && (
            <button
              type="button"
              disabled={resend.isPending}
              onClick={() => {
                for (const r of live.filter((x) => x.status === 'aborted'))
                  resend.mutate(r.id, { onError: fail })
              }}
              data-testid="nav-send-again"
            >
              {t('navReporting.sendAgain')}
            </button>
          )}
          {invoiceReport && (
            <button type="button" onClick={() => void download()} data-testid="nav-download-xml">
              {t('navReporting.downloadXml')}
            </button>
          )}
          {invoiceReport?.status === 'done' && !annulment && (
            <button
              type="button"
              className="danger-outline"
              onClick={() => setAnnulling(true)}
              data-testid="nav-annul"
            >
              {t('navReporting.annul')}
            </button>
          )}
        </>
      }
      dialog={
        annulling && (
          <AnnulDialog documentId={documentId} onClose={() => setAnnulling(false)} onDone={closeWith} />
        )
      }
    >
      {live.map((report) => (
        <ReportFacts key={report.id} report={report} />
      ))}
    </TaxReportSection>
  )
}
