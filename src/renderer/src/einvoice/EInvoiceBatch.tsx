/** From the invoice list: every e-invoice of a period in one zip, with progress and a way to stop. */
import type { z } from 'zod'
import { einvoiceBatchQuery, einvoiceFormats } from '../../../shared/schemas/einvoice'
import { saveFile } from '../api/client'
import { Banner } from '../components/Banner'
import { Dialog } from '../components/Dialog'
import { useBackgroundJob } from '../components/use-background-job'
import { useBannerAction } from '../components/use-banner-action'
import { useDraft } from '../components/use-draft'
import { useT } from '../i18n'
import { DateInput } from '../components/DateInput'
import { Field, LabelledSelect } from '../components/fields'
import { MainButton } from '../components/MainButton'

/** What the zip is asked for: the API's own query, kept whole while the dialog is open. */
type BatchRequest = z.input<typeof einvoiceBatchQuery>
const BATCH_TYPES: BatchRequest['type'][] = ['all', 'invoice', 'credit_note', 'debit_note']

function monthStart(today: string): string {
  return `${today.slice(0, 8)}01`
}

export function EInvoiceBatch({ today, onClose }: { today: string; onClose: () => void }) {
  const { t } = useT()
  // This month's invoices of every type, as UBL, unless chosen otherwise.
  const { draft, set, field } = useDraft<BatchRequest>(() => ({
    type: 'all',
    from: monthStart(today),
    to: today,
    format: 'ubl'
  }))
  const job = useBackgroundJob()
  const { progress, running } = job
  // The zip's outcome, or why it failed or was stopped, in the dialog's banner.
  const { message, act } = useBannerAction()

  const start = () =>
    act(() =>
      job.runToBanner('einvoice.batch', draft, (file) => {
        saveFile(file)
        return t('einvoice.batchDone', { count: file.count, fileName: file.fileName })
      })
    )

  return (
    <Dialog title={t('einvoice.batchTitle')} onClose={onClose} testId="einvoice-batch">
      <div className="form-grid">
        <LabelledSelect
          id="einvoice-batch-type"
          label={t('einvoice.batchType')}
          {...field('type')}
          options={BATCH_TYPES}
          optionLabel={(value) => t(`einvoice.types.${value}`)}
        />
        <Field id="einvoice-batch-from" label={t('einvoice.batchFrom')}>
          <DateInput id="einvoice-batch-from" value={draft.from} onChange={(v) => set('from', v)} />
        </Field>
        <Field id="einvoice-batch-to" label={t('einvoice.batchTo')}>
          <DateInput id="einvoice-batch-to" value={draft.to} onChange={(v) => set('to', v)} />
        </Field>
        <LabelledSelect
          id="einvoice-batch-format"
          label={t('einvoice.batchFormat')}
          {...field('format')}
          options={einvoiceFormats}
          optionLabel={(value) => t(`einvoice.${value}`)}
          data-testid="einvoice-batch-format"
        />
      </div>
      {progress && (
        <p role="status" data-testid="einvoice-batch-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} />{' '}
          {t('einvoice.batchProgress', { done: progress.done, total: progress.total })}
        </p>
      )}
      <Banner message={message} />
      <div className="dialog-buttons">
        {running ? (
          <button type="button" onClick={job.cancel}>
            {t('einvoice.batchCancel')}
          </button>
        ) : (
          <button type="button" onClick={onClose} data-testid="einvoice-batch-close">
            {t('einvoice.batchClose')}
          </button>
        )}
        <MainButton busy={running} onPress={start} testId="einvoice-batch-start">
          {t('einvoice.batchStart')}
        </MainButton>
      </div>
    </Dialog>
  )
}
