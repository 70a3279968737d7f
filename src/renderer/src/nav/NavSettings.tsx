/**
 * Settings → NAV: reporting on/off, the environment and its addresses, the software's own
 * identification, and the technical user. The technical user's values go in and are never shown
 * again: the screen only learns whether each one is set, and whether the system keeps them sealed
 * (desktop) or only for this session (the browser window).
 */
import { useState } from 'react'
import {
  navSecretNames,
  type NavCredentialsInput,
  type NavSecretName,
  type NavSettings as Settings
} from '../../../shared/schemas/nav'
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { useInvalidate } from '../api/query'
import { ReportingSwitch, SettingTextFields, useServiceSettings } from '../components/ServiceSwitch'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useT } from '../i18n'
import { navKeys } from './common'

/** The addresses of NAV's test and production systems. */
const addressFields = ['testUrl', 'productionUrl'] as const

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
  const { view, settings, edit, apply, save, banner, busy, act } = useServiceSettings('nav.settings', {
    settingsOf: (stored) => stored.settings,
    update: (settings) => api.call('nav.updateSettings', { settings }),
    saved: t('navReporting.saved'),
    // What the NAV queue and each document's reporting state show depends on these settings.
    after: () => invalidate(navKeys.all)
  })
  const [credentials, setCredentials] = useState(noCredentials)

  const saveCredentials = () => {
    const entered: NavCredentialsInput = Object.fromEntries(
      navSecretNames
        .filter((name) => credentials[name] !== '')
        .map((name) => [inputName(name), credentials[name]])
    )
    return act(async () => {
      apply(await api.call('nav.setCredentials', { credentials: entered }))
      setCredentials(noCredentials())
      return t('navReporting.credentialsSaved')
    })
  }

  const setSoftware = (field: SoftwareField, value: string) =>
    settings && edit({ ...settings, software: { ...settings.software, [field]: value } })

  return (
    <SettingsSection
      id="nav-reporting"
      title={t('navReporting.title')}
      intro={t('navReporting.intro')}
      banner={banner}
    >
      {view?.blocker && (
        <p className="notice" data-testid="nav-blocker">
          {tm(view.blocker)}
        </p>
      )}
      {settings && view && (
        <>
          <ReportingSwitch idPrefix="nav" words="navReporting" settings={settings} edit={edit} />
          <div className="form-grid">
            <SettingTextFields
              names={addressFields}
              idPrefix="nav"
              words="navReporting"
              fieldClassName="span-2"
              values={settings}
              onValue={(field, value) => edit({ ...settings, [field]: value })}
            />
            <SettingTextFields
              names={softwareFields}
              idPrefix="nav"
              words="navReporting.software"
              values={settings.software}
              onValue={setSoftware}
            />
          </div>
          <SaveRow idPrefix="nav" label={t('navReporting.save')} busy={busy} onSave={() => void save()}>
            <Link to="/nav">{t('navReporting.openQueue')}</Link>
          </SaveRow>
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
    </SettingsSection>
  )
}
