/**
 * First run (/welcome): try Salesdesk with demo data, or set up the company — the profile fields
 * issuing needs, the country (which presets VAT rates, currency, print language, paper and
 * formats) and the numbering — then import customers and products or start adding them.
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { defaultSettings, documentTypes, type Settings } from '../../../shared/schemas/settings'
import { countryPresets, presetCountries, requiredCompanyFields } from '../../../shared/setup'
import { api } from '../api/client'
import { queryClient, useApiQuery } from '../api/query'
import { LabelledInput, LabelledSelect } from '../components/fields'
import { NarrowPage } from '../components/NarrowPage'
import { TitledSection } from '../components/TitledSection'
import { useAction } from '../components/use-action'
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
  // The refusal is said under the form; what it says of each field is marked beside the field.
  const { busy, error: refusal, problem, run } = useAction()
  const [done, setDone] = useState(false)

  const save = () =>
    run(async () => {
      await api.call('setup.complete', { settings })
      await queryClient.invalidateQueries()
      setDone(true)
    })

  const demo = () =>
    run(async () => {
      await api.call('setup.demo', {})
      // Every list and cache starts again from the filled database.
      window.location.hash = '#/customers'
      window.location.reload()
    })

  const company = settings.company
  const documents = settings.documents

  if (done)
    return (
      <NarrowPage title={t('setup.doneTitle')} testId="first-run-done">
        <p>{t('setup.doneText')}</p>
        <div className="button-row">
          <Link className="button primary" to="/customers/new" data-testid="first-run-add-customer">
            {t('setup.addCustomer')}
          </Link>
          <Link className="button" to="/import?kind=customers" data-testid="first-run-import">
            {t('setup.importCustomers')}
          </Link>
        </div>
      </NarrowPage>
    )

  return (
    <NarrowPage title={t('setup.title')} testId="first-run">
      <p>{t('setup.intro')}</p>
      <TitledSection id="setup-demo" className="form-section" title={t('setup.demoTitle')}>
        <p className="muted">{t('setup.demoText')}</p>
        <button type="button" disabled={busy} onClick={() => void demo()} data-testid="first-run-demo">
          {t('setup.demo')}
        </button>
      </TitledSection>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <TitledSection id="setup-company" className="form-section" title={t('setup.companyTitle')}>
          <p className="muted">{t('setup.companyText')}</p>
          {companyFields.map((field) => (
            <LabelledInput
              key={field}
              id={`setup-${field}`}
              label={`${t(`setup.fields.${field}`)}${required.has(field) ? ' *' : ''}`}
              value={company[field]}
              aria-required={required.has(field)}
              error={problem(`settings.company.${field}`)}
              onValue={(value) => setSettings({ ...settings, company: { ...company, [field]: value } })}
            />
          ))}
          <LabelledSelect
            id="setup-country"
            label={`${t('setup.fields.country')} *`}
            value={company.country}
            options={presetCountries}
            optionLabel={(c) => t(`setup.countries.${c}`)}
            onValue={(country) => setSettings(withCountry(settings, country))}
            data-testid="first-run-country"
          />
          <p className="muted" data-testid="first-run-preset">
            {t('setup.preset', {
              currency: documents.defaultCurrency,
              rates: documents.vatRatesBp.map((bp) => `${String(bp / 100)} %`).join(', '),
              locale: documents.printLocale,
              paper: documents.paperSize
            })}
          </p>
        </TitledSection>
        <TitledSection id="setup-numbering" className="form-section" title={t('setup.numberingTitle')}>
          <p className="muted">{t('setup.numberingText')}</p>
          {documentTypes.map((type) => (
            <LabelledInput
              key={type}
              id={`setup-prefix-${type}`}
              label={t(`setup.prefixes.${type}`)}
              value={documents.prefixes[type]}
              error={problem(`settings.documents.prefixes.${type}`)}
              onValue={(value) =>
                setSettings({
                  ...settings,
                  documents: { ...documents, prefixes: { ...documents.prefixes, [type]: value } }
                })
              }
            />
          ))}
        </TitledSection>
        {refusal && (
          <p className="field-error" role="alert" data-testid="first-run-problem">
            {refusal}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="first-run-save">
            {t('setup.save')}
          </button>
        </div>
      </form>
    </NarrowPage>
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
