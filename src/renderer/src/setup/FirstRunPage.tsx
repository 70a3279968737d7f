/**
 * First run (/welcome): try Salesdesk with demo data, or set up the company — the profile fields
 * issuing needs, the country (which presets VAT rates, currency, print language, paper and
 * formats) and the numbering — then import customers and products or start adding them.
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { defaultSettings, documentTypes, type Settings } from '../../../shared/schemas/settings'
import { countryPresets, presetCountries, requiredCompanyFields } from '../../../shared/setup'
import { api, ApiCallError } from '../api/client'
import { queryClient, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'

type CompanyField = 'legalName' | 'addressLine1' | 'postalCode' | 'city' | 'taxId' | 'email'
const companyFields: CompanyField[] = ['legalName', 'addressLine1', 'postalCode', 'city', 'taxId', 'email']
const required = new Set<string>(requiredCompanyFields)

function withCountry(settings: Settings, country: string): Settings {
  const preset = countryPresets[country] as (typeof countryPresets)[string] | undefined
  return {
    company: { ...settings.company, country },
    documents: preset ? { ...settings.documents, ...preset } : settings.documents
  }
}

export function FirstRunPage() {
  const { t } = useT()
  usePageTitle(t('setup.title'))
  const [settings, setSettings] = useState<Settings>(() => withCountry(defaultSettings(), 'ES'))
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  async function save() {
    setBusy(true)
    setProblem(null)
    setErrors({})
    try {
      await api.call('setup.complete', { settings })
      await queryClient.invalidateQueries()
      setDone(true)
    } catch (error) {
      if (error instanceof ApiCallError && error.error.fields)
        setErrors(
          Object.fromEntries(
            Object.entries(error.error.fields).map(([path, text]) => [path.replace(/^settings\./, ''), text])
          )
        )
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  async function demo() {
    setBusy(true)
    setProblem(null)
    try {
      await api.call('setup.demo', {})
      // Every list and cache starts again from the filled database.
      window.location.hash = '#/customers'
      window.location.reload()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  const company = settings.company
  const documents = settings.documents
  const errorOf = (path: string) =>
    errors[path] ? (
      <p id={`${path}-error`} className="field-error">
        {errors[path]}
      </p>
    ) : null

  if (done)
    return (
      <div className="page page-narrow" data-testid="first-run-done">
        <header className="page-header">
          <h1>{t('setup.doneTitle')}</h1>
        </header>
        <p>{t('setup.doneText')}</p>
        <div className="button-row">
          <Link className="button primary" to="/customers/new" data-testid="first-run-add-customer">
            {t('setup.addCustomer')}
          </Link>
          <Link className="button" to="/import?kind=customers" data-testid="first-run-import">
            {t('setup.importCustomers')}
          </Link>
        </div>
      </div>
    )

  return (
    <div className="page page-narrow" data-testid="first-run">
      <header className="page-header">
        <h1>{t('setup.title')}</h1>
      </header>
      <p>{t('setup.intro')}</p>
      <section className="form-section" aria-labelledby="setup-demo">
        <h2 id="setup-demo">{t('setup.demoTitle')}</h2>
        <p className="muted">{t('setup.demoText')}</p>
        <button type="button" disabled={busy} onClick={() => void demo()} data-testid="first-run-demo">
          {t('setup.demo')}
        </button>
      </section>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <section className="form-section" aria-labelledby="setup-company">
          <h2 id="setup-company">{t('setup.companyTitle')}</h2>
          <p className="muted">{t('setup.companyText')}</p>
          {companyFields.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`setup-${field}`}>
                {t(`setup.fields.${field}`)}
                {required.has(field) ? ' *' : ''}
              </label>
              <input
                id={`setup-${field}`}
                value={company[field]}
                aria-required={required.has(field)}
                aria-invalid={errors[`company.${field}`] !== undefined}
                aria-describedby={errors[`company.${field}`] ? `company.${field}-error` : undefined}
                onChange={(e) =>
                  setSettings({ ...settings, company: { ...company, [field]: e.target.value } })
                }
              />
              {errorOf(`company.${field}`)}
            </div>
          ))}
          <div className="field">
            <label htmlFor="setup-country">{t('setup.fields.country')} *</label>
            <select
              id="setup-country"
              value={company.country}
              onChange={(e) => setSettings(withCountry(settings, e.target.value))}
              data-testid="first-run-country"
            >
              {presetCountries.map((c) => (
                <option key={c} value={c}>
                  {t(`setup.countries.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="muted" data-testid="first-run-preset">
            {t('setup.preset', {
              currency: documents.defaultCurrency,
              rates: documents.vatRatesBp.map((bp) => `${String(bp / 100)} %`).join(', '),
              locale: documents.printLocale,
              paper: documents.paperSize
            })}
          </p>
        </section>
        <section className="form-section" aria-labelledby="setup-numbering">
          <h2 id="setup-numbering">{t('setup.numberingTitle')}</h2>
          <p className="muted">{t('setup.numberingText')}</p>
          {documentTypes.map((type) => (
            <div className="field" key={type}>
              <label htmlFor={`setup-prefix-${type}`}>{t(`setup.prefixes.${type}`)}</label>
              <input
                id={`setup-prefix-${type}`}
                value={documents.prefixes[type]}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    documents: { ...documents, prefixes: { ...documents.prefixes, [type]: e.target.value } }
                  })
                }
              />
              {errorOf(`documents.prefixes.${type}`)}
            </div>
          ))}
        </section>
        {problem && (
          <p className="field-error" role="alert" data-testid="first-run-problem">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="first-run-save">
            {t('setup.save')}
          </button>
        </div>
      </form>
    </div>
  )
}

/** Whether the database is empty, so the customer list greets with the first-run notice. */
export function useFirstRun(): boolean {
  const status = useApiQuery(['setup', 'status'], () => api.call('setup.status', {}))
  return status.data?.empty === true
}

/** On an empty customer list: the way into the first-run path instead of "Nothing matches". */
export function FirstRunNotice() {
  const { t } = useT()
  if (!useFirstRun()) return null
  return (
    <section className="notice" aria-labelledby="first-run-notice" data-testid="first-run-notice">
      <h2 id="first-run-notice">{t('setup.welcome')}</h2>
      <p>{t('setup.welcomeText')}</p>
      <Link className="button primary" to="/welcome">
        {t('setup.start')}
      </Link>
    </section>
  )
}
