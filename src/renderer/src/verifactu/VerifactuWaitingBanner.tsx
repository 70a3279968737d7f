/** On the invoice list of a VERI*FACTU company: "12 records waiting to be sent", rejected ones, and where to act. */
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { useApiQuery } from '../api/query'
import { useT } from '../i18n'
import { verifactuKeys } from './common'

export function VerifactuWaitingBanner() {
  const { t } = useT()
  const status = useApiQuery([...verifactuKeys.all, 'status'], () => api.call('verifactu.status', {}))
  const data = status.data
  if (!data?.enabled || data.issuerNif === null || (data.waiting === 0 && data.rejected === 0)) return null
  return (
    <div className="notice" role="status" data-testid="verifactu-waiting-banner">
      {data.waiting > 0 && (
        <strong data-testid="verifactu-waiting">{t('verifactu.waiting', { count: data.waiting })}</strong>
      )}{' '}
      {data.rejected > 0 && (
        <strong data-testid="verifactu-rejected">
          {t('verifactuRecords.rejected', { count: data.rejected })}
        </strong>
      )}{' '}
      <Link to="/settings">{t('verifactuRecords.openSettings')}</Link>
    </div>
  )
}
