/** Import payments from a CSV or Excel file: all or nothing, problems listed with their row numbers. */
import { useState } from 'react'
import { minorToDecimalString } from '../../../shared/money'
import type { PaymentImportResult } from '../../../shared/schemas/payments'
import { api, saveFile } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { Banner } from '../components/Banner'
import { useFormat } from '../components/format'
import { FormDialog } from '../components/Dialog'
import { SimpleTable } from '../components/SimpleTable'
import { base64Of } from '../components/file-base64'
import { ImportFileInput } from '../imports/ImportFileInput'
import { useBannerAction } from '../components/use-banner-action'
import { useT } from '../i18n'

export function ImportPaymentsDialog({ onClose }: { onClose: () => void }) {
  const { t, tm } = useT()
  const format = useFormat()
  const invalidate = useInvalidate()
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<PaymentImportResult | null>(null)
  const { busy, message, act } = useBannerAction()

  /** All or nothing: the payments and their totals, or the file's problems listed under it. */
  async function run() {
    if (!file) return
    await act(async () => {
      const outcome = await api.call('payments.import', { fileName: file.name, base64: await base64Of(file) })
      setResult(outcome)
      if (!outcome.applied) return null
      // Payments allocate to documents: both areas' lists and totals change.
      invalidate(keys.payments(), keys.documents())
      return t('payments.importDialog.done', {
        count: outcome.payments,
        amount: outcome.totals.map((x) => format.money(x.totalCents, x.currency)).join(' + ')
      })
    })
  }

  return (
    <FormDialog
      title={t('payments.importDialog.title')}
      okLabel={t('payments.importDialog.ok')}
      busy={busy || !file}
      onSubmit={() => void run()}
      onClose={onClose}
      testId="import-payments-dialog"
    >
      <div className="pay-dialog">
        <p className="muted">{t('payments.importDialog.hint')}</p>
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => void api.call('payments.importTemplate', {}).then(saveFile)}
          >
            {t('payments.importDialog.template')}
          </button>
        </p>
        <ImportFileInput
          id="payment-import-file"
          label={t('payments.importDialog.file')}
          formats={['csv', 'xlsx']}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Banner message={message} />
        {result && !result.applied && (
          <>
            <p role="alert">{t('payments.importDialog.problems')}</p>
            <SimpleTable
              className="pay-problems"
              testId="payment-import-problems"
              columns={[
                { id: 'row', label: t('payments.importDialog.row'), render: (p) => p.row },
                { id: 'column', label: t('payments.importDialog.column'), render: (p) => p.column },
                { id: 'message', label: t('payments.importDialog.message'), render: (p) => tm(p.message) }
              ]}
              rows={result.problems}
              rowTestId="payment-import-problem"
            />
            {result.moreProblems > 0 && (
              <p className="muted">
                {t('payments.importDialog.moreProblems', { count: result.moreProblems })}
              </p>
            )}
          </>
        )}
        {result?.encoding === 'windows-1252' && (
          <p className="muted" data-testid="payment-import-encoding">
            {t('payments.importDialog.windows1252')}
          </p>
        )}
        {result?.applied && (
          <p className="muted">
            {result.totals
              .map((x) => `${minorToDecimalString(x.totalCents, x.currency)} ${x.currency}`)
              .join(' + ')}
          </p>
        )}
      </div>
    </FormDialog>
  )
}
