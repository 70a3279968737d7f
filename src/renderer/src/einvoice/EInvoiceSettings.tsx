/** Settings → E-invoices: Factur-X as the printed invoice, and the SEPA creditor identifier. */
import { useState } from 'react'
import type { EInvoiceSettings as Settings } from '../../../shared/schemas/einvoice'
import { api } from '../api/client'
import { ServiceSwitch, useServiceSettings } from '../components/ServiceSwitch'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useT } from '../i18n'

export function EInvoiceSettings() {
  const { t } = useT()
  const { view, setView, message, setMessage, busy, act } = useServiceSettings('einvoice.settings')
  // What the user changed since the last load or save; the stored settings otherwise.
  const [draft, setDraft] = useState<Settings | null>(null)
  const settings = draft ?? view

  const save = () =>
    act(async () => {
      if (!settings) return null
      setView(await api.call('einvoice.updateSettings', { settings }))
      setDraft(null)
      return t('einvoice.saved')
    })

  return (
    <SettingsSection
      id="einvoice"
      title={t('einvoice.title')}
      intro={t('einvoice.intro')}
      message={message}
      onCloseMessage={() => setMessage(null)}
    >
      {settings && (
        <>
          <ServiceSwitch
            idPrefix="einvoice"
            testId="einvoice-embed"
            enabled={settings.embedInPdf}
            onEnabled={(embedInPdf) => setDraft({ ...settings, embedInPdf })}
            label={t('einvoice.embedInPdf')}
          />
          <div className="field">
            <label htmlFor="einvoice-creditor">{t('einvoice.creditorId')}</label>
            <input
              id="einvoice-creditor"
              value={settings.creditorId}
              maxLength={35}
              aria-describedby="einvoice-creditor-hint"
              onChange={(e) => setDraft({ ...settings, creditorId: e.target.value })}
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
