/** Where the data lives, versions, backup, and the language of the interface. */
import { useSearchParams } from 'react-router-dom'
import { api } from '../api/client'
import { CompanySettings } from '../documents/CompanySettings'
import { VatRatesSettings } from '../documents/VatRatesSettings'
import { EInvoiceSettings } from '../einvoice/EInvoiceSettings'
import { ExchangeRates } from './ExchangeRates'
import { VerifactuSettings } from '../verifactu/VerifactuSettings'
import { MailSettings } from '../mail/MailSettings'
import { RequestTimesSettings } from '../requests/RequestTimesSettings'
import { NavSettings } from '../nav/NavSettings'
import { Banner } from '../components/Banner'
import { useBannerAction } from '../components/use-banner-action'
import { LanguageSelect } from '../components/LanguageSelect'
import { NarrowPage } from '../components/NarrowPage'
import { TitledSection } from '../components/TitledSection'
import { useFormat } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { MainButton } from '../components/MainButton'
import { changeLanguage, useT } from '../i18n'
import { useAppInfo } from '../shell/use-app-info'
import { RecordsCheck } from './RecordsCheck'
import { RegionSettings } from '../region/RegionSettings'

export function SettingsPage() {
  const { t, language } = useT()
  const format = useFormat()
  const info = useAppInfo()
  // `?section=company`: a refusal's link to fix the company profile (see fixRouteOf).
  const [params] = useSearchParams()
  const { busy, message, setMessage, act } = useBannerAction()

  usePageTitle(t('settings.title'))

  const backup = () =>
    act(async () => {
      const result = await api.call('app.backup', {})
      return t('settings.backupDone', { path: result.path, size: format.bytes(result.bytes) })
    })

  return (
    <NarrowPage title={t('settings.title')}>
      <TitledSection id="settings-data" className="form-section" title={t('settings.database')}>
        <dl className="settings-list">
          <dt>{t('settings.databasePath')}</dt>
          <dd className="path" data-testid="settings-database-path">
            {info?.databasePath ?? '…'}
          </dd>
          <dt>{t('settings.dataFolder')}</dt>
          <dd className="path">{info?.dataFolder ?? '…'}</dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd>{info ? format.number(info.schemaVersion) : '…'}</dd>
          <dt>{t('settings.appVersion')}</dt>
          <dd>{info?.version ?? '…'}</dd>
        </dl>
        <p className="muted">{t('settings.backupHint')}</p>
        <div className="button-row">
          <MainButton busy={busy} onPress={backup} testId="backup-now">
            {busy ? t('settings.backingUp') : t('settings.backup')}
          </MainButton>
        </div>
        <Banner message={message} onClose={() => setMessage(null)} />
      </TitledSection>
      <TitledSection id="settings-records" className="form-section" title={t('settings.records.title')}>
        <p className="muted">{t('settings.records.hint')}</p>
        <RecordsCheck />
      </TitledSection>
      <TitledSection id="settings-language" className="form-section" title={t('settings.language')}>
        <LanguageSelect
          id="language"
          label={t('settings.languageLabel')}
          fieldClassName="filter-field"
          value={language}
          onValue={(chosen) => {
            changeLanguage(chosen)
            // Kept with the data too, so the command line speaks it.
            api.call('settings.setInterfaceLanguage', { language: chosen }).catch(() => undefined)
          }}
          data-testid="language-select"
        />
      </TitledSection>
      <RegionSettings />
      <CompanySettings focus={params.get('section') === 'company'} />
      <VatRatesSettings />
      <MailSettings />
      <EInvoiceSettings />
      <ExchangeRates />
      <VerifactuSettings />
      <NavSettings />
      <RequestTimesSettings />
    </NarrowPage>
  )
}
