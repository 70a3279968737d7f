/** Settings → VERI*FACTU: on/off, AEAT host, certificate and system identification; the queue's status and actions. */
import { useCallback, useEffect, useState } from 'react'
import type { VerifactuSettings as Settings, VerifactuStatus } from '../../../shared/schemas/verifactu'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { useInvalidate } from '../api/query'
import { useFormat } from '../components/format'
import { verifactuKeys } from './common'

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
  const { t } = useT()
  const format = useFormat()
  const invalidate = useInvalidate()
  const [settings, setSettings] = useState<Settings | null>(null)
  const [status, setStatus] = useState<VerifactuStatus | null>(null)
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = useCallback(async () => {
    setStatus(await api.call('verifactu.status', {}))
  }, [])

  useEffect(() => {
    let live = true
    Promise.all([api.call('verifactu.settings', {}), api.call('verifactu.status', {})]).then(
      ([loaded, current]) => {
        if (!live) return
        setSettings(loaded)
        setStatus(current)
      },
      (error: unknown) => live && setMessage({ kind: 'error', text: messageOf(error) })
    )
    return () => {
      live = false
    }
  }, [])

  async function act(work: () => Promise<string | BannerMessage | null>) {
    setBusy(true)
    setMessage(null)
    try {
      const text = await work()
      if (typeof text === 'string') setMessage({ kind: 'success', text })
      else if (text) setMessage(text)
      await reload()
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    act(async () => {
      if (!settings) return null
      setSettings(await api.call('verifactu.updateSettings', { settings }))
      return t('verifactu.saved')
    })
  const unlock = () =>
    act(async () => {
      await api.call('verifactu.unlockCertificate', { password })
      setPassword('')
      return t('verifactu.unlocked')
    })
  const send = () =>
    act(async () => {
      const result = await api.call('verifactu.send', {})
      invalidate(verifactuKeys.all)
      if (result.outcome === 'failed')
        return { kind: 'error' as const, text: `${t('verifactuRecords.sendFailed')} (${result.message})` }
      if (result.outcome === 'nothing_to_send') return t('verifactuRecords.nothingToSend')
      if (result.outcome === 'waiting')
        return t('verifactuRecords.mustWait', { when: format.dateTime(result.nextSendAt) })
      return t('verifactuRecords.sendResult', {
        sent: result.sent,
        accepted: result.accepted,
        withErrors: result.acceptedWithErrors,
        rejected: result.rejected,
        waiting: result.waiting
      })
    })
  const verify = () =>
    act(async () => {
      const result = await api.call('verifactu.verify', {})
      return result.ok
        ? t('verifactu.verifyOk', { count: result.records })
        : t('verifactu.verifyBroken', { where: result.firstBroken ?? '' })
    })

  return (
    <section className="form-section" aria-labelledby="settings-verifactu" data-testid="verifactu-settings">
      <h2 id="settings-verifactu">{t('verifactu.title')}</h2>
      <p className="muted">{t('verifactu.intro')}</p>
      {settings && (
        <>
          <div className="field checkbox-field">
            <label>
              <input
                type="checkbox"
                checked={settings.enabled}
                onChange={(e) => setSettings({ ...settings, enabled: e.target.checked })}
                data-testid="verifactu-enabled"
              />{' '}
              {t('verifactu.enabled')}
            </label>
          </div>
          <div className="field">
            <label htmlFor="verifactu-environment">{t('verifactu.environment')}</label>
            <select
              id="verifactu-environment"
              value={settings.environment}
              onChange={(e) =>
                setSettings({
                  ...settings,
                  environment: e.target.value === 'production' ? 'production' : 'test'
                })
              }
            >
              <option value="test">{t('verifactu.test')}</option>
              <option value="production">{t('verifactu.production')}</option>
            </select>
          </div>
          {textFields.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`verifactu-${field}`}>{t(`verifactu.${field}`)}</label>
              <input
                id={`verifactu-${field}`}
                value={settings[field]}
                onChange={(e) => setSettings({ ...settings, [field]: e.target.value })}
              />
            </div>
          ))}
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
              {t('verifactu.save')}
            </button>
          </div>
          <div className="field">
            <label htmlFor="verifactu-password">{t('verifactu.password')}</label>
            <input
              id="verifactu-password"
              type="password"
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="button" disabled={busy || password === ''} onClick={() => void unlock()}>
              {t('verifactu.unlock')}
            </button>
          </div>
        </>
      )}
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
                  message: status.lastBatch.message || status.lastBatch.csv || ''
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
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
