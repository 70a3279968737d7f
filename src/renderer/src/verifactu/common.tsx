/** What the VERI*FACTU screens share: the record's status badge, the AEAT's codes in plain words, the QR code. */
import { useMemo } from 'react'
import QRCode from 'qrcode'
import type {
  VerifactuRecordRow,
  VerifactuRecordStatus,
  VerifactuSendResult
} from '../../../shared/schemas/verifactu'
import type { BadgeTone } from '../components/badge-tones'
import { ToneBadge } from '../components/ToneBadge'
import type { BannerMessage } from '../components/Banner'
import type { useFormat } from '../components/format'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import { aeatErrorKey } from './aeat-codes'
import '../nav/nav.css'

export const verifactuKeys = {
  all: ['verifactu'] as const,
  document: (id: number) => ['verifactu', 'document', id] as const
}

const statusTones: Record<VerifactuRecordStatus, BadgeTone> = {
  pending: 'warning',
  accepted: 'good',
  accepted_with_errors: 'warning',
  rejected: 'danger',
  corrected: 'muted'
}

export function RecordStatusBadge({ status }: { status: VerifactuRecordStatus }) {
  return (
    <ToneBadge
      status={status}
      tones={statusTones}
      words="verifactuRecords.status"
      testId="verifactu-status"
    />
  )
}

export function AeatAnswer({ record }: { record: VerifactuRecordRow }) {
  const { t } = useT()
  if (record.errorCode === null && record.errorText === null) return null
  const key = aeatErrorKey(record.errorCode, record.errorText)
  return (
    <div className="nav-problem" data-testid="aeat-error" data-code={record.errorCode ?? ''}>
      <p data-testid="aeat-error-text">{t(`verifactuRecords.error.${key}`)}</p>
      <p className="muted">
        {t('verifactuRecords.aeatSaid', { code: record.errorCode ?? '', text: record.errorText ?? '' })}
      </p>
      {(record.status === 'rejected' || record.status === 'accepted_with_errors') && (
        <p className="muted" data-testid="aeat-todo">
          {t(`verifactuRecords.todo.${record.status}`)}
        </p>
      )}
    </div>
  )
}

/** The invoice's QR code as the PDF prints it (error correction M, 4-module quiet zone), drawn as SVG. */
export function TaxQr({ url, label }: { url: string; label: string }) {
  const { size, path } = useMemo(() => {
    const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const count = symbol.modules.size
    let d = ''
    for (let row = 0; row < count; row++)
      for (let col = 0; col < count; col++)
        if (symbol.modules.get(row, col)) d += `M${String(col + 4)} ${String(row + 4)}h1v1h-1z`
    return { size: count + 8, path: d }
  }, [url])
  return (
    <svg
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      role="img"
      aria-label={label}
      className="tax-qr"
      shapeRendering="crispEdges"
      data-testid="verifactu-qr"
      data-url={url}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}

/** What a send tells the user, the same from Settings and from a document's page. */
export function sendResultMessage(
  t: ReturnType<typeof useT>['t'],
  format: ReturnType<typeof useFormat>,
  result: VerifactuSendResult
): BannerMessage {
  if (result.outcome === 'failed')
    return {
      kind: 'error',
      // Why, in the reader's language (the AEAT's own words inside it as it wrote them).
      text: result.failure
        ? translateKeyed({ key: 'verifactuSendFailed', params: { reason: result.failure } })
        : t('verifactuRecords.sendFailed')
    }
  if (result.outcome === 'nothing_to_send') return { kind: 'info', text: t('verifactuRecords.nothingToSend') }
  if (result.outcome === 'waiting')
    return {
      kind: 'info',
      text: t('verifactuRecords.mustWait', { when: format.dateTime(result.nextSendAt) })
    }
  return {
    kind: 'success',
    text: t('verifactuRecords.sendResult', {
      sent: result.sent,
      accepted: result.accepted,
      withErrors: result.acceptedWithErrors,
      rejected: result.rejected,
      waiting: result.waiting
    })
  }
}
