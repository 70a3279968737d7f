/**
 * What documents print and number with: the company profile (with logo), numbering prefixes,
 * default currency and VAT rates (the paper size is Region's). Checked with the API's own schema; problems
 * show beside the fields.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form'
import { keyed } from '../../../shared/errors'
import { isLanguage, type Language } from '../../../shared/languages'
import { parseVatRateToBasisPoints } from '../../../shared/money'
import { documentTypes, LOGO_MAX_BYTES, settingsInput, type Settings } from '../../../shared/schemas/settings'
import { taxIdProblem } from '../../../shared/tax-ids'
import { rateValuesInForce } from '../../../shared/schemas/vat-rates'
import { api } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { fieldProblemsOf } from '../components/api-errors'
import { markFieldProblems } from '../components/field-problems'
import { Banner } from '../components/Banner'
import { useBannerAction } from '../components/use-banner-action'
import { CurrencyField } from '../components/CurrencyField'
import { CheckboxField, errorAt, TextAreaField, TextField } from '../components/fields'
import { LanguageSelect } from '../components/LanguageSelect'
import { SaveButton } from '../components/SettingsSection'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useRegion } from '../components/use-region'
import { useSaveShortcut } from '../components/use-save-shortcut'
import type { CheckKey } from '../components/strings'
import { useT } from '../i18n'
import { bpToText } from '../components/number-text'
import { companyToday } from '../components/format'
import { useDocumentFormat, useVatRateTable } from './common'

interface SettingsValues extends Omit<Settings, 'documents'> {
  documents: Omit<Settings['documents'], 'vatRatesBp' | 'estimateValidityDays'> & {
    vatRates: string
    estimateValidityDays: string
  }
}

function toValues(settings: Settings, mark: string): SettingsValues {
  const { vatRatesBp, estimateValidityDays, ...documents } = settings.documents
  return {
    company: settings.company,
    documents: {
      ...documents,
      vatRates: vatRatesBp.map((bp) => bpToText(bp, mark)).join('; '),
      estimateValidityDays: String(estimateValidityDays)
    }
  }
}

/**
 * The form's values as the API takes them; null rates where one is not a percentage. The paper
 * size is Settings → Region's (saved there, maybe after this form loaded), not the form's copy.
 */
function toInput(values: SettingsValues, paperSize: Settings['documents']['paperSize'] | undefined) {
  const { vatRates, estimateValidityDays, ...loaded } = values.documents
  const documents = { ...loaded, paperSize: paperSize ?? loaded.paperSize }
  const parts = vatRates.split(/[;\s]+/).filter((p) => p.trim() !== '')
  const rates = parts.map((p) => parseVatRateToBasisPoints(p))
  return {
    ratesOk: rates.every((r) => r !== null),
    input: {
      company: values.company,
      documents: {
        ...documents,
        vatRatesBp: rates.map((r) => r ?? 0),
        estimateValidityDays: /^\d+$/.test(estimateValidityDays.trim()) ? Number(estimateValidityDays) : -1
      }
    }
  }
}

const fieldOf = (path: string) =>
  path.replace(/^settings\./, '').replace(/^documents\.vatRatesBp(\.\d+)?$/, 'documents.vatRates')

/** `focus`: opened from a refusal's "fix it" link (Settings → Company): the form scrolls to its first field. */
export function CompanySettings({ focus = false }: { focus?: boolean }) {
  const { t } = useT()
  const invalidate = useInvalidate()
  const format = useDocumentFormat()
  const region = useRegion()
  const [loaded, setLoaded] = useState(false)
  const [loadError, setLoadError] = useState<unknown>(null)
  const { busy: saving, message, setMessage, act } = useBannerAction(loadError)
  const fileInput = useRef<HTMLInputElement>(null)
  const form = useForm<SettingsValues>({ mode: 'onSubmit' })
  const { reset, setError, clearErrors, getValues, setValue, formState, control } = form
  const logo = useWatch({ control, name: 'company.logoDataUrl' })
  const [textLanguage, setTextLanguage] = useState<Language>('en')

  // The decimal mark when the page opened: a language changed later does not reload the form.
  const [mark] = useState(format.mark)
  useEffect(() => {
    api
      .call('settings.get', {})
      .then((s) => {
        reset(toValues(s, mark))
        setLoaded(true)
      })
      .catch((error: unknown) => setLoadError(error))
  }, [reset, mark])
  // Opened to fix a refusal: land on the company's first field once the form is there.
  useEffect(() => {
    if (!focus || !loaded) return
    document.getElementById('settings-company')?.scrollIntoView({ block: 'start' })
    form.setFocus('company.legalName')
  }, [focus, loaded, form])

  function showErrors(fields: Record<string, string>) {
    const [first = ''] = markFieldProblems(fields, setError, fieldOf)
    // A refused text of another language first: show that language's fields.
    const language = /^(?:settings\.)?company\.(?:terms|footer)ByLanguage\.(\w+)$/.exec(first)?.[1]
    if (isLanguage(language)) setTextLanguage(language)
  }

  async function save() {
    clearErrors()
    const { ratesOk, input } = toInput(getValues(), region?.paperSize)
    const parsed = settingsInput.safeParse(input)
    const fields: Record<string, string> = {}
    if (!ratesOk) fields['documents.vatRates'] = 'checks.vatRatesAsPercentages' satisfies CheckKey
    if (input.documents.estimateValidityDays < 1)
      fields['documents.estimateValidityDays'] = 'checks.daysBetween' satisfies CheckKey
    if (!parsed.success)
      for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.')] ??= issue.message
    const taxIdWrong = taxIdProblem(input.company.taxId, input.company.country)
    if (taxIdWrong) fields['company.taxId'] ??= taxIdWrong
    if (Object.keys(fields).length > 0) {
      showErrors(fields)
      setMessage({ kind: 'error', text: t('messages.correctMarkedFields') })
      return
    }
    await act(
      async () => {
        const saved = await api.call('settings.update', { settings: input })
        invalidate(keys.settings())
        reset(toValues(saved, format.mark))
        return t('common.saved')
      },
      (error) => showErrors(fieldProblemsOf(error))
    )
  }

  useSaveShortcut(() => {
    if (loaded && !saving) void save()
  })

  function onLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    clearErrors('company.logoDataUrl')
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setError('company.logoDataUrl', { type: 'client', message: keyed('logoPngJpeg') })
      return
    }
    if (file.size > LOGO_MAX_BYTES) {
      setError('company.logoDataUrl', { type: 'client', message: 'checks.logoTooLarge' satisfies CheckKey })
      return
    }
    const reader = new FileReader()
    reader.onload = () => {
      // readAsDataURL gives a string.
      if (typeof reader.result === 'string')
        setValue('company.logoDataUrl', reader.result, { shouldDirty: true })
    }
    reader.readAsDataURL(file)
  }

  if (!loaded) return message ? <Banner message={message} /> : <p className="muted">{t('common.loading')}</p>

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        data-testid="company-settings"
      >
        <section className="form-section" aria-labelledby="settings-company">
          <h2 id="settings-company">{t('docSettings.company.title')}</h2>
          <p className="muted">{t('docSettings.company.intro')}</p>
          <div className="form-grid">
            <TextField
              name="company.legalName"
              label={t('docSettings.company.legalName')}
              fieldClassName="span-2"
              autoComplete="off"
            />
            <TextField name="company.taxId" label={t('docSettings.company.taxId')} autoComplete="off" />
            <TextField
              name="company.addressLine1"
              label={t('customer.address.line1')}
              fieldClassName="span-2"
            />
            <TextField name="company.addressLine2" label={t('customer.address.line2')} />
            <TextField name="company.postalCode" label={t('customer.address.postalCode')} />
            <TextField name="company.city" label={t('customer.address.city')} />
            <TextField name="company.region" label={t('customer.address.region')} />
            <TextField
              name="company.country"
              label={t('customer.address.country')}
              className="uppercase"
              maxLength={2}
            />
            <TextField name="company.phone" type="tel" label={t('docSettings.company.phone')} />
            <TextField name="company.email" type="email" label={t('docSettings.company.email')} />
            <TextField name="company.website" label={t('docSettings.company.website')} />
            <TextField
              name="company.iban"
              label={t('docSettings.company.iban')}
              className="mono"
              autoComplete="off"
              fieldClassName="span-2"
            />
            <TextField
              name="company.bic"
              label={t('docSettings.company.bic')}
              className="mono uppercase"
              autoComplete="off"
            />
          </div>
          <CheckboxField
            name="company.ossVoluntary"
            label={t('docSettings.company.ossVoluntary')}
            testId="settings-oss-voluntary"
          />
          <div className="field logo-field">
            <span className="field-label">{t('docSettings.company.logo')}</span>
            {logo ? (
              <img
                src={logo}
                alt={t('docSettings.company.logoAlt')}
                className="logo-preview"
                data-testid="logo-preview"
              />
            ) : (
              <p className="muted">{t('docSettings.company.noLogo')}</p>
            )}
            <div className="button-row">
              <button type="button" onClick={() => fileInput.current?.click()} data-testid="logo-choose">
                {t('docSettings.company.logoChoose')}
              </button>
              {logo && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setValue('company.logoDataUrl', '', { shouldDirty: true })}
                >
                  {t('docSettings.company.logoRemove')}
                </button>
              )}
              <input
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg"
                hidden
                onChange={onLogo}
                data-testid="logo-file"
              />
            </div>
            <FieldErrorAt name="company.logoDataUrl" />
          </div>
          <div className="form-grid">
            <TextAreaField
              name="company.defaultTerms"
              label={t('docSettings.company.defaultTerms')}
              rows={3}
              fieldClassName="span-all"
            />
            <TextAreaField
              name="company.documentFooter"
              label={t('docSettings.company.documentFooter')}
              rows={2}
              fieldClassName="span-all"
            />
          </div>
          <LanguageTexts shown={textLanguage} onShow={setTextLanguage} />
        </section>
        <section className="form-section" aria-labelledby="settings-documents">
          <h2 id="settings-documents">{t('docSettings.documents.title')}</h2>
          <div className="form-grid">
            {documentTypes.map((type) => (
              <TextField
                key={type}
                name={`documents.prefixes.${type}`}
                label={t('docSettings.documents.prefix', { type: t(`documents.typePlural.${type}`) })}
                className="mono uppercase"
                maxLength={10}
                data-testid={`prefix-${type}`}
              />
            ))}
            <CurrencyField
              name="documents.defaultCurrency"
              label={t('docSettings.documents.defaultCurrency')}
            />
            <CurrencyField
              name="documents.accountingCurrency"
              label={t('docSettings.documents.accountingCurrency')}
              hint={t('docSettings.documents.accountingCurrencyHint')}
              data-testid="settings-accounting-currency"
            />
            <TextField
              name="documents.vatRates"
              label={t('docSettings.documents.vatRates')}
              hint={t('docSettings.documents.vatRatesHint')}
              data-testid="settings-vat-rates"
            />
            <CountryRates />
            <PaperSize paper={region?.paperSize ?? null} />
            <TextField
              name="documents.estimateValidityDays"
              label={t('docSettings.documents.estimateValidityDays')}
              inputMode="numeric"
            />
            <TextField
              name="documents.printLocale"
              label={t('docSettings.documents.printLocale')}
              hint={t('docSettings.documents.printLocaleHint')}
            />
          </div>
          <div className="button-row">
            <SaveButton saving={saving} shortcut testId="settings-save" />
          </div>
          <Banner message={message} onClose={() => setMessage(null)} />
        </section>
      </form>
      <UnsavedChangesGuard dirty={formState.isDirty && !saving} />
    </FormProvider>
  )
}

/** What is written per document language, kept as the settings keep it (`termsByLanguage`, `footerByLanguage`). */
const languageTexts = [
  { part: 'terms', label: 'docSettings.company.languageTerms', rows: 3 },
  { part: 'footer', label: 'docSettings.company.languageFooter', rows: 2 }
] as const

/**
 * Terms and footer of one document language at a time (issue 14); a language left empty prints
 * the default ones above. The other languages' values stay in the form while hidden.
 */
function LanguageTexts({ shown, onShow }: { shown: Language; onShow: (language: Language) => void }) {
  const { t } = useT()
  return (
    <fieldset className="language-texts" data-testid="settings-language-texts">
      <legend>{t('docSettings.company.languageTexts')}</legend>
      <p className="muted" id="settings-language-texts-hint">
        {t('docSettings.company.languageTextsHint')}
      </p>
      <div className="form-grid">
        <LanguageSelect
          id="settings-text-language"
          label={t('docSettings.company.textLanguage')}
          value={shown}
          onValue={onShow}
          aria-describedby="settings-language-texts-hint"
          data-testid="settings-text-language"
        />
        {languageTexts.map(({ part, label, rows }) => (
          <TextAreaField
            key={`${part}-${shown}`}
            name={`company.${part}ByLanguage.${shown}`}
            label={t(label)}
            rows={rows}
            fieldClassName="span-all"
          />
        ))}
      </div>
    </fieldset>
  )
}

/**
 * VAT rates are the seller's country's: offer that country's rates in force today (from the VAT
 * rates by country below) when the typed list differs.
 */
function CountryRates() {
  const { t } = useT()
  const format = useDocumentFormat()
  const table = useVatRateTable()
  const { control, setValue } = useFormContext<SettingsValues>()
  const country = useWatch({ control, name: 'company.country' })
  const typed = useWatch({ control, name: 'documents.vatRates' })
  const rates = rateValuesInForce(table, country, companyToday())
  if (rates.length === 0) return null
  const text = rates.map((bp) => bpToText(bp, format.mark)).join('; ')
  if (typed.replace(/\s/g, '') === text.replace(/\s/g, '')) return null
  return (
    <div className="field">
      <button
        type="button"
        className="link-button"
        onClick={() => setValue('documents.vatRates', text, { shouldDirty: true })}
        data-testid="settings-country-rates"
      >
        {t('vat.countryRates', { country: country.toUpperCase(), rates: text })}
      </button>
    </div>
  )
}

/**
 * The paper documents print on is set once, under Settings → Region (with the other regional
 * formats); here it is only shown, with a way there.
 */
function PaperSize({ paper }: { paper: Settings['documents']['paperSize'] | null }) {
  const { t } = useT()
  return (
    <div className="field">
      <span className="field-label">{t('docSettings.documents.paperSize')}</span>
      <p data-testid="settings-paper">
        {paper === null ? '…' : t(`region.papers.${paper}`)} ·{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const select = document.getElementById('region-paper')
            select?.scrollIntoView({ block: 'center' })
            select?.focus()
          }}
          data-testid="settings-paper-region"
        >
          {t('docSettings.documents.paperInRegion')}
        </button>
      </p>
    </div>
  )
}

function FieldErrorAt({ name }: { name: string }) {
  const { tm } = useT()
  const { formState } = useFormContext()
  const error = errorAt(formState.errors, name)
  return error ? (
    <p className="field-error" data-testid={`error-${name}`}>
      {tm(error)}
    </p>
  ) : null
}
