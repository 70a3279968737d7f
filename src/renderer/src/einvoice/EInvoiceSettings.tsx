/** Settings → E-invoices: Factur-X as the printed invoice, and the SEPA creditor identifier. */
import { api } from '../api/client'
import { ServiceSwitch, useServiceSettings } from '../components/ServiceSwitch'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useT } from '../i18n'

export function EInvoiceSettings() {
  const { t } = useT()
  const { settings, edit, save, banner, busy } = useServiceSettings('einvoice.settings', {
    settingsOf: (view) => view,
    update: (settings) => api.call('einvoice.updateSettings', { settings }),
    saved: t('einvoice.saved')
  })

  return (
    <SettingsSection id="einvoice" title={t('einvoice.title')} intro={t('einvoice.intro')} banner={banner}>
      {settings && (
        <>
          <ServiceSwitch
            idPrefix="einvoice"
            testId="einvoice-embed"
            enabled={settings.embedInPdf}
            onEnabled={(embedInPdf) => edit({ ...settings, embedInPdf })}
            label={t('einvoice.embedInPdf')}
          />
          <div className="field">
            <label htmlFor="einvoice-creditor">{t('einvoice.creditorId')}</label>
            <input
              id="einvoice-creditor"
              value={settings.creditorId}
              maxLength={35}
              aria-describedby="einvoice-creditor-hint"
              onChange={(e) => edit({ ...settings, creditorId: e.target.value })}
              data-testid="einvoice-creditor"
            />
            <small id="einvoice-creditor-hint" className="hint">
              {t('einvoice.creditorIdHint')}
            </small>
          </div>
          <SaveRow idPrefix="einvoice" label={t('einvoice.save')} busy={busy} onSave={() => void save()} />
        </>
      )}
    </SettingsSection>
  )
}
