/** Settings → VERI*FACTU: on/off, AEAT host, certificate and system identification; the queue's status and actions. */
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import {
  ActionField,
  ReportingSwitch,
  SettingTextFields,
  useServiceSettings
} from '../components/ServiceSwitch'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { useFormat } from '../components/format'
import { sendResultMessage, verifactuKeys } from './common'
import { anomalyWhere, VerifactuEvents } from './VerifactuEvents'

type TextField =
  | 'endpoint'
  | 'certificatePath'
  | 'softwareName'
  | 'softwareId'
  | 'softwareVersion'
  | 'installationNumber'
  | 'producerName'
  | 'producerNif'
const textFields: TextField[] = [
  'endpoint',
  'certificatePath',
  'softwareName',
  'softwareId',
  'softwareVersion',
  'installationNumber',
  'producerName',
  'producerNif'
]

export function VerifactuSettings() {
  const { t, i18n } = useT()
  const format = useFormat()
  const invalidate = useInvalidate()
  const statusRead = useApiQuery(keys.settings('verifactu.status'), () => api.call('verifactu.status', {}))
  const status = statusRead.data ?? null
  const { settings, edit, save, banner, busy, act } = useServiceSettings('verifactu.settings', {
    settingsOf: (view) => view,
    update: (settings) => api.call('verifactu.updateSettings', { settings }),
    saved: t('verifactu.saved'),
    // Every action ends with the queue's status read again.
    after: () => statusRead.refetch({ throwOnError: true })
  })
  const unlock = (password: string, forget: () => void) =>
    act(async () => {
      await api.call('verifactu.unlockCertificate', { password })
      forget()
      return t('verifactu.unlocked')
    })
  const send = () =>
    act(async () => {
      const result = await api.call('verifactu.send', {})
      invalidate(verifactuKeys.all)
      return sendResultMessage(t, format, result)
    })
  const verify = () =>
    act(async () => {
      const result = await api.call('verifactu.verify', {})
      // The check is logged (03/05 and any anomaly): the event list below shows it at once.
      invalidate(verifactuKeys.all)
      if (result.ok) return t('verifactu.verifyOk', { count: result.records })
      // A broken chain is news the user must act on: shown as an error, worded in their language.
      const where =
        (result.firstAnomaly && anomalyWhere(t, i18n, result.firstAnomaly.of, result.firstAnomaly)) ??
        result.firstBroken ??
        ''
      return { kind: 'error' as const, text: t('verifactu.verifyBroken', { where }) }
    })

  return (
    <SettingsSection id="verifactu" title={t('verifactu.title')} intro={t('verifactu.intro')} banner={banner}>
      {settings && (
        <>
          <ReportingSwitch idPrefix="verifactu" words="verifactu" settings={settings} edit={edit} />
          <SettingTextFields
            names={textFields}
            idPrefix="verifactu"
            words="verifactu"
            values={settings}
            onValue={(field, value) => edit({ ...settings, [field]: value })}
          />
          <SaveRow idPrefix="verifactu" label={t('verifactu.save')} busy={busy} onSave={() => void save()} />
          <ActionField
            id="verifactu-password"
            label={t('verifactu.password')}
            type="password"
            busy={busy}
            action={t('verifactu.unlock')}
            onAction={(password, forget) => void unlock(password, forget)}
          />
        </>
      )}
      {statusRead.error && <Banner message={{ kind: 'error', text: messageOf(statusRead.error) }} />}
      {status && (
        <div data-testid="verifactu-status">
          <p>
            <strong>{t('verifactu.waiting', { count: status.waiting })}</strong>
          </p>
          <p className="muted">
            {status.lastBatch
              ? t('verifactu.lastResult', {
                  outcome: t(`verifactuRecords.outcome.${status.lastBatch.outcome}`),
                  count: status.lastBatch.recordCount,
                  message: status.lastBatch.failure
                    ? translateKeyed(status.lastBatch.failure)
                    : status.lastBatch.message || status.lastBatch.csv || ''
                })
              : t('verifactu.neverSent')}
          </p>
          {status.certificateUnlocked && <p className="muted">{t('verifactu.unlocked')}</p>}
          <div className="button-row">
            <button type="button" disabled={busy || status.waiting === 0} onClick={() => void send()}>
              {t('verifactu.send')}
            </button>
            <button type="button" disabled={busy} onClick={() => void verify()}>
              {t('verifactu.verify')}
            </button>
          </div>
        </div>
      )}
      {status?.issuerNif && <VerifactuEvents />}
    </SettingsSection>
  )
}
