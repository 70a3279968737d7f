/** The e-invoice settings, kept as JSON under the key "einvoice" in the settings table. */
import {
  defaultEInvoiceSettings,
  einvoiceSettings,
  type EInvoiceSettings
} from '../../shared/schemas/einvoice'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../documents/common'

const KEY = 'einvoice'

export async function readEInvoiceSettings(db: Executor): Promise<EInvoiceSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return defaultEInvoiceSettings()
  try {
    const parsed = einvoiceSettings.safeParse({ ...defaultEInvoiceSettings(), ...JSON.parse(row.value) })
    return parsed.success ? parsed.data : defaultEInvoiceSettings()
  } catch {
    // A damaged value falls back to the defaults rather than blocking every invoice.
    return defaultEInvoiceSettings()
  }
}

export async function updateEInvoiceSettings(
  ctx: ServiceContext,
  input: EInvoiceSettings
): Promise<EInvoiceSettings> {
  const settings = einvoiceSettings.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    const value = JSON.stringify(settings)
    await trx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      summary: `E-invoice settings: ${settings.embedInPdf ? 'invoices print as Factur-X' : 'plain PDF invoices'}${settings.creditorId ? `, creditor id ${settings.creditorId}` : ''}`
    })
    return settings
  })
}
