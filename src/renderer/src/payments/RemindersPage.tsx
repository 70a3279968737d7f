/** The wording of the three reminder letters (kept in the settings), with placeholders. */
import { useEffect, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { ReminderWording } from '../../../shared/schemas/payments'
import { api } from '../api/client'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { TextAreaField, TextField } from '../components/fields'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useSaveShortcut } from '../components/use-save-shortcut'
import { useT } from '../i18n'
import { PaymentsFrame } from './PaymentsFrame'

const levels = ['level1', 'level2', 'level3'] as const

export function RemindersPage() {
  const { t } = useT()
  const [wording, setWording] = useState<ReminderWording | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  useEffect(() => {
    api
      .call('reminders.wording', {})
      .then(setWording, (error: unknown) => setMessage({ kind: 'error', text: messageOf(error) }))
  }, [])
  return (
    <PaymentsFrame count="">
      <Banner message={message} onClose={() => setMessage(null)} />
      {wording ? <WordingForm initial={wording} /> : <p className="muted">{t('common.loading')}</p>}
    </PaymentsFrame>
  )
}

function WordingForm({ initial }: { initial: ReminderWording }) {
  const { t } = useT()
  const form = useForm<ReminderWording>({ defaultValues: initial })
  const [saving, setSaving] = useState(false)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  async function save(values: ReminderWording) {
    setSaving(true)
    setMessage(null)
    try {
      const saved = await api.call('reminders.updateWording', { wording: values })
      form.reset(saved)
      setMessage({ kind: 'success', text: t('payments.reminders.saved') })
    } catch (error) {
      applyFieldErrors(error, form.setError, 'wording.')
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }
  const submit = () => void form.handleSubmit(save)()
  useSaveShortcut(submit)
  return (
    <FormProvider {...form}>
      <form
        className="pay-wording"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <UnsavedChangesGuard dirty={form.formState.isDirty} />
        <h2>{t('payments.reminders.title')}</h2>
        <p className="muted">{t('payments.reminders.hint')}</p>
        <Banner message={message} onClose={() => setMessage(null)} />
        {levels.map((level, i) => (
          <fieldset key={level} data-testid={`wording-${level}`}>
            <legend>{t('payments.reminders.level', { level: i + 1 })}</legend>
            <TextField
              name={`${level}.title`}
              label={t('payments.reminders.letterTitle')}
              required
              data-testid={`wording-${level}-title`}
            />
            <TextAreaField name={`${level}.body`} label={t('payments.reminders.body')} rows={6} />
            <TextAreaField name={`${level}.closing`} label={t('payments.reminders.closing')} rows={2} />
            <TextField
              name={`${level}.days`}
              type="number"
              min={0}
              max={365}
              label={t(i === 0 ? 'payments.reminders.daysFirst' : 'payments.reminders.daysNext')}
              options={{ valueAsNumber: true }}
              data-testid={`wording-${level}-days`}
            />
          </fieldset>
        ))}
        <div className="pay-actions">
          <button type="submit" className="primary" disabled={saving} data-testid="wording-save">
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <span className="muted">{t('common.shortcutSave')}</span>
        </div>
      </form>
    </FormProvider>
  )
}
