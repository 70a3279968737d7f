/**
 * Settings → NAV: reporting on/off, the environment and its addresses, the software's own
 * identification, and the technical user. The technical user's values go in and are never shown
 * again: the screen only learns whether each one is set, and whether the system keeps them sealed
 * (desktop) or only for this session (the browser window).
 */
import { useEffect, useState } from 'react'
import {
  navSecretNames,
  type NavCredentialsInput,
  type NavSecretName,
  type NavSettings as Settings,
  type NavSettingsView
} from '../../../shared/schemas/nav'
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { useInvalidate } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { navKeys } from './common'

type SoftwareField = keyof Settings['software']
const softwareFields: SoftwareField[] = [
  'softwareId',
  'softwareName',
  'softwareMainVersion',
  'softwareDevName',
  'softwareDevContact',
  'softwareDevCountryCode',
  'softwareDevTaxNumber'
]

const noCredentials = (): Record<NavSecretName, string> => ({
  login: '',
  passwordHash: '',
  signatureKey: '',
  exchangeKey: ''
})

/** The form says "password"; the store keeps only its hash under "passwordHash". */
const inputName = (name: NavSecretName): keyof NavCredentialsInput =>
  name === 'passwordHash' ? 'password' : name

export function NavSettings() {
  const { t, tm } = useT()
  const invalidate = useInvalidate()
  const [view, setView] = useState<NavSettingsView | null>(null)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [credentials, setCredentials] = useState(noCredentials)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    api.call('nav.settings', {}).then(
      (loaded) => {
        if (!live) return
        setView(loaded)
        setSettings(loaded.settings)
      },
      (error: unknown) => live && setMessage({ kind: 'error', text: messageOf(error) })
    )
    return () => {
      live = false
    }
  }, [])

  async function act(work: () => Promise<NavSettingsView>, done: string) {
    setBusy(true)
    setMessage(null)
    try {
      const next = await work()
      setView(next)
      setSettings(next.settings)
      setMessage({ kind: 'success', text: done })
      invalidate(navKeys.all)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    settings && act(() => api.call('nav.updateSettings', { settings }), t('navReporting.saved'))

  const saveCredentials = () => {
    const entered: NavCredentialsInput = Object.fromEntries(
      navSecretNames
        .filter((name) => credentials[name] !== '')
        .map((name) => [inputName(name), credentials[name]])
    )
    return act(async () => {
      const next = await api.call('nav.setCredentials', { credentials: entered })
      setCredentials(noCredentials())
      return next
    }, t('navReporting.credentialsSaved'))
  }

  const setSoftware = (field: SoftwareField, value: string) =>
    settings && setSettings({ ...settings, software: { ...settings.software, [field]: value } })

  return (
    <section className="form-section" aria-labelledby="settings-nav" data-testid="nav-reporting-settings">
      <h2 id="settings-nav">{t('navReporting.title')}</h2>
      <p className="muted">{t('navReporting.intro')}</p>
      {view?.blocker && (
        <p className="notice" data-testid="nav-blocker">
          {tm(view.blocker)}
        </p>
      )}
      {settings && view && (
        <>
          <div className="field checkbox-field">
            <label>
              <input
                type="checkbox"
                checked={settings.enabled}
                onChange={(e) => setSettings({ ...settings, enabled: e.target.checked })}
                data-testid="nav-enabled"
              />{' '}
              {t('navReporting.enabled')}
            </label>
          </div>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="nav-environment">{t('navReporting.environment')}</label>
              <select
                id="nav-environment"
                value={settings.environment}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    environment: e.target.value === 'production' ? 'production' : 'test'
                  })
                }
              >
                <option value="test">{t('navReporting.test')}</option>
                <option value="production">{t('navReporting.production')}</option>
              </select>
            </div>
            {(['testUrl', 'productionUrl'] as const).map((field) => (
              <div className="field span-2" key={field}>
                <label htmlFor={`nav-${field}`}>{t(`navReporting.${field}`)}</label>
                <input
                  id={`nav-${field}`}
                  value={settings[field]}
                  onChange={(e) => setSettings({ ...settings, [field]: e.target.value })}
                />
              </div>
            ))}
            {softwareFields.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`nav-${field}`}>{t(`navReporting.software.${field}`)}</label>
                <input
                  id={`nav-${field}`}
                  value={settings.software[field]}
                  onChange={(e) => setSoftware(field, e.target.value)}
                />
              </div>
            ))}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void save()}
              data-testid="nav-save"
            >
              {t('navReporting.save')}
            </button>
            <Link to="/nav">{t('navReporting.openQueue')}</Link>
          </div>
          <h3>{t('navReporting.technicalUser')}</h3>
          <p className="muted" data-testid="nav-secret-store" data-kind={view.secretStore}>
            {view.secretStore === 'os' ? t('navReporting.storeOs') : t('navReporting.storeSession')}{' '}
            {t('navReporting.keepHint')}
          </p>
          <div className="form-grid">
            {navSecretNames.map((name) => (
              <div className="field" key={name}>
                <label htmlFor={`nav-credential-${name}`}>
                  {t(`navReporting.credential.${inputName(name)}`)}{' '}
                  <span
                    className="muted credential-state"
                    data-testid={`nav-credential-state-${name}`}
                    data-set={view.credentials[name] ? 'yes' : 'no'}
                  >
                    ({view.credentials[name] ? t('navReporting.isSet') : t('navReporting.notSet')})
                  </span>
                </label>
                <input
                  id={`nav-credential-${name}`}
                  type={name === 'login' ? 'text' : 'password'}
                  autoComplete="off"
                  value={credentials[name]}
                  onChange={(e) => setCredentials({ ...credentials, [name]: e.target.value })}
                />
              </div>
            ))}
          </div>
          <div className="button-row">
            <button
              type="button"
              disabled={busy || navSecretNames.every((name) => credentials[name] === '')}
              onClick={() => void saveCredentials()}
              data-testid="nav-save-credentials"
            >
              {t('navReporting.saveCredentials')}
            </button>
          </div>
        </>
      )}
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
