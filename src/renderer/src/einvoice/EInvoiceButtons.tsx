/** On an issued invoice, credit note or debit note: save it as UBL, CII or a Factur-X PDF. */
import { einvoiceFormats, type EInvoiceFormat } from '../../../shared/schemas/einvoice'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { useDownload } from '../components/use-download'
import { useT } from '../i18n'

interface Props {
  documentId: number
  busy: boolean
  setBusy: (kind: EInvoiceFormat | null) => void
  onMessage: (message: BannerMessage | null) => void
}

export function EInvoiceButtons({ documentId, busy, setBusy, onMessage }: Props) {
  const { t } = useT()
  const download = useDownload<EInvoiceFormat>(onMessage, setBusy)
  return (
    <span className="doc-einvoice-buttons" role="group" aria-label={t('einvoice.document')}>
      <span className="muted">{t('einvoice.document')}:</span>
      {einvoiceFormats.map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy}
          onClick={() => void download(format, () => api.call('einvoice.file', { id: documentId, format }))}
          data-testid={`einvoice-${format}`}
        >
          {t(`einvoice.${format}`)}
        </button>
      ))}
    </span>
  )
}
