/** The wording of the three reminder letters (kept in the settings), with placeholders. */
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { ReminderWording } from '../../../shared/schemas/reminders'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { useBannerAction } from '../components/use-banner-action'
import { Banner } from '../components/Banner'
import { TextAreaField, TextField } from '../components/fields'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useSaveShortcut } from '../components/use-save-shortcut'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { languages, useLanguage, useT, type Language } from '../i18n'
import { isLanguage } from '../../../shared/languages'
import { PaymentsFrame } from './PaymentsFrame'

const levels = ['level1', 'level2', 'level3'] as const

export function RemindersPage() {
  const { t } = useT()
  // Each language has its own wording (customers read reminders in their document language).
  const [language, setLanguage] = useState<Language>(useLanguage())
  const wording = useApiQuery(
    keys.payments('reminderWording', language),
    () => api.call('reminders.wording', { language }),
    { fresh: true }
  )
  const message = wording.error ? { kind: 'error' as const, text: messageOf(wording.error) } : null
  return (
    <PaymentsFrame count="">
      <Banner message={message} />
      <div className="field">
        <label htmlFor="wording-language">{t('payments.reminders.language')}</label>
        <select
          id="wording-language"
          value={language}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setLanguage(e.target.value)
          }}
          aria-describedby="wording-language-hint"
          data-testid="wording-language"
        >
          <ChoiceOptions choices={languages} label={(l) => t(`settings.languages.${l}`)} />
        </select>
        <p className="hint muted" id="wording-language-hint">
          {t('payments.reminders.languageHint')}
        </p>
      </div>
      {wording.data ? (
        <WordingForm key={language} initial={wording.data} language={language} />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </PaymentsFrame>
  )
}

function WordingForm({ initial, language }: { initial: ReminderWording; language: Language }) {
  const { t } = useT()
  const form = useForm<ReminderWording>({ defaultValues: initial })
  const { busy: saving, message, setMessage, act } = useBannerAction()
  const save = (values: ReminderWording) =>
    act(
      async () => {
        form.reset(await api.call('reminders.updateWording', { wording: values, language }))
        return t('payments.reminders.saved')
      },
      (error) => applyFieldErrors(error, form.setError, 'wording.')
    )
  // handleSubmit keeps the browser from sending the form itself.
  const submit = form.handleSubmit(save)
  useSaveShortcut(() => void submit())
  return (
    <FormProvider {...form}>
      <form className="pay-wording" noValidate onSubmit={(e) => void submit(e)}>
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
