/**
 * Beside a customer's tax id, for a company reporting to NAV: "Check with NAV" asks NAV
 * (queryTaxpayer) whether a Hungarian tax number exists and fills in the name and billing
 * address NAV has for it. Nothing shows for other tax ids or while NAV reporting is off.
 */
import { useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CustomerInput } from '../../../shared/schemas/customers'
import { api, ApiCallError } from '../api/client'
import { useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import { navKeys, useNavText } from './common'

const HUNGARIAN_TAX_NUMBER = /^(HU)?\d{8}(-?\d-?\d{2})?$/i

export function NavTaxpayerCheck() {
  const { t } = useT()
  const navText = useNavText()
  const { control, setValue, getValues } = useFormContext<CustomerInput>()
  const taxId = useWatch({ control, name: 'taxId' })
  const status = useApiQuery(navKeys.status, () => api.call('nav.status', {}))
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const taxNumber = taxId.trim()
  if (!status.data?.enabled || !HUNGARIAN_TAX_NUMBER.test(taxNumber)) return null

  async function check() {
    setBusy(true)
    setMessage(null)
    try {
      const found = await api.call('nav.checkTaxpayer', { taxNumber })
      if (!found.valid) {
        setMessage({ kind: 'error', text: t('navReporting.taxpayerUnknown') })
        return
      }
      const dirty = { shouldDirty: true }
      setValue('name', found.name, dirty)
      setValue(
        'billingAddress',
        {
          ...getValues('billingAddress'),
          line1: found.addressLine1,
          postalCode: found.postalCode,
          city: found.city,
          country: found.country
        },
        dirty
      )
      setMessage({ kind: 'success', text: t('navReporting.taxpayerFound', { name: found.name }) })
    } catch (error) {
      // NAV's failure inside the refusal is recorded as the queue records one ("TOKEN_DECRYPT: …"):
      // said in the user's language as the NAV screens say it, not in the core's English.
      const reason =
        error instanceof ApiCallError && error.error.key === 'navTaxNumberCheckFailed'
          ? error.error.params?.reason
          : undefined
      setMessage({
        kind: 'error',
        text:
          typeof reason === 'string'
            ? translateKeyed({ key: 'navTaxNumberCheckFailed', params: { reason: navText.failure(reason) } })
            : messageOf(error)
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field span-all" data-testid="nav-taxpayer">
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void check()} data-testid="nav-taxpayer-check">
          {t('navReporting.taxpayerCheck')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </div>
  )
}
