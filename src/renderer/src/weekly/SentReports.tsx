/** Reports archived as sent: the week, when and by whom, and their files exactly as sent. */
import { useState } from 'react'
import type { ReportFormat } from '../../../shared/schemas/figures'
import { api } from '../api/client'
import { keys } from '../api/query'
import { Banner, type BannerMessage } from '../components/Banner'
import { useDownload } from '../components/use-download'
import { useCurrencies } from '../components/use-currencies'
import { useT } from '../i18n'
import { useFigureFormat, useLoaded } from './use-weekly'

export function SentReports({ onOpenWeek }: { onOpenWeek: (week: string) => void }) {
  const { t } = useT()
  const f = useFigureFormat(useCurrencies().accountingCurrency)
  const { data, error } = useLoaded(keys.weekly('sentReports'), () =>
    api.call('weekly.sentReports', { week: null })
  )
  const [message, setMessage] = useState<BannerMessage | null>(null)

  const download = useDownload(setMessage)
  const open = (id: number, format: ReportFormat) =>
    download(format, () => api.call('weekly.sentReportFile', { id, format }))

  if (error) return <Banner message={{ kind: 'error', text: error }} />
  if (!data) return <p className="muted">{t('common.loading')}</p>
  return (
    <section className="form-section" data-testid="sent-reports">
      <p className="muted">{t('weekly.sentList.intro')}</p>
      <Banner message={message} onClose={() => setMessage(null)} />
      {data.length === 0 ? (
        <p className="muted">{t('weekly.sentList.none')}</p>
      ) : (
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('weekly.sentList.week')}</th>
              <th scope="col">{t('weekly.sentList.sentAt')}</th>
              <th scope="col">{t('weekly.sentList.sentBy')}</th>
              <th scope="col">{t('weekly.sentList.files')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.id} data-testid="sent-report" data-id={r.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpenWeek(r.week)}
                    title={t('weekly.sentList.openWeek')}
                  >
                    {r.week}
                  </button>
                </th>
                <td>{f.dateTime(r.sentAt)}</td>
                <td>{r.sentBy}</td>
                <td className="button-cell">
                  <button
                    type="button"
                    onClick={() => void open(r.id, 'xlsx')}
                    data-testid="sent-report-xlsx"
                  >
                    {t('weekly.sentList.excel', { size: f.bytes(r.xlsxBytes) })}
                  </button>
                  <button type="button" onClick={() => void open(r.id, 'pdf')} data-testid="sent-report-pdf">
                    {t('weekly.sentList.pdf', { size: f.bytes(r.pdfBytes) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
