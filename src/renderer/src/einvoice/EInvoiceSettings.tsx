/** Settings → E-invoices: Factur-X as the printed invoice, and the SEPA creditor identifier. */
import { useEffect, useState } from 'react'
import type { EInvoiceSettings as Settings } from '../../../shared/schemas/einvoice'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'

export function EInvoiceSettings() {
  const { t } = useT()
  const [settings, setSettings] = useState<Settings | null>(null)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    api.call('einvoice.settings', {}).then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => live && setMessage({ kind: 'error', text: messageOf(error) })
    )
    return () => {
      live = false
    }
  }, [])

  async function save() {
    if (!settings) return
    setBusy(true)
    setMessage(null)
    try {
      setSettings(await api.call('einvoice.updateSettings', { settings }))
      setMessage({ kind: 'success', text: t('einvoice.saved') })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="form-section" aria-labelledby="settings-einvoice" data-testid="einvoice-settings">
      <h2 id="settings-einvoice">{t('einvoice.title')}</h2>
      <p className="muted">{t('einvoice.intro')}</p>
      {settings && (
        <>
          <div className="field checkbox-field">
            <label>
              <input
                type="checkbox"
                checked={settings.embedInPdf}
                onChange={(e) => setSettings({ ...settings, embedInPdf: e.target.checked })}
                data-testid="einvoice-embed"
              />{' '}
              {t('einvoice.embedInPdf')}
            </label>
          </div>
          <div className="field">
            <label htmlFor="einvoice-creditor">{t('einvoice.creditorId')}</label>
            <input
              id="einvoice-creditor"
              value={settings.creditorId}
              maxLength={35}
              aria-describedby="einvoice-creditor-hint"
              onChange={(e) => setSettings({ ...settings, creditorId: e.target.value })}
              data-testid="einvoice-creditor"
            />
            <small id="einvoice-creditor-hint" className="hint">
              {t('einvoice.creditorIdHint')}
            </small>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void save()}
              data-testid="einvoice-save"
            >
              {t('einvoice.save')}
            </button>
          </div>
        </>
      )}
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
