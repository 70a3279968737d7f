/**
 * What an e-invoice says about how it is paid beyond the seller's IBAN (BG-16..BG-19): the SEPA
 * creditor id, the customer's mandate and debited IBAN, the card's last digits. Frozen at issue with
 * the document (migration 0047), so changing Settings → E-invoice or a customer's payment setup later
 * changes no issued e-invoice; a draft reads them as they are now, for the checks before issue.
 */
import type { Executor } from '../context'
import { readEInvoiceSettings } from './settings'
import { isEInvoiceType } from '../../shared/schemas/einvoice'

export interface HeldPaymentMeans {
  creditorId: string
  mandateReference: string
  debitedIban: string
  cardLast4: string
}

const NOTHING: HeldPaymentMeans = { creditorId: '', mandateReference: '', debitedIban: '', cardLast4: '' }

interface PaidDocument {
  id: number
  type: string
  customerId: number
  paymentMethod: string
}

/** Today's values: the creditor id from Settings, the rest from the customer's payment setup. */
async function currentPaymentMeans(db: Executor, document: PaidDocument): Promise<HeldPaymentMeans> {
  const setup = await db
    .selectFrom('customerPaymentSetups')
    .select(['mandateReference', 'iban', 'cardLast4'])
    .where('customerId', '=', document.customerId)
    .executeTakeFirst()
  if (document.paymentMethod === 'direct_debit')
    return {
      ...NOTHING,
      creditorId: (await readEInvoiceSettings(db)).creditorId,
      mandateReference: setup?.mandateReference ?? '',
      debitedIban: setup?.iban ?? ''
    }
  if (document.paymentMethod === 'card') return { ...NOTHING, cardLast4: setup?.cardLast4 ?? '' }
  return NOTHING
}

/** At issue, in the issuing transaction: what the e-invoice of a direct debit or card document states. */
export async function freezePaymentMeans(trx: Executor, document: PaidDocument): Promise<void> {
  if (!isEInvoiceType(document.type)) return
  if (document.paymentMethod !== 'direct_debit' && document.paymentMethod !== 'card') return
  const held = await currentPaymentMeans(trx, document)
  await trx
    .insertInto('documentPaymentMeans')
    .values({ documentId: document.id, ...held })
    .execute()
}

/** What the e-invoice states: frozen for an issued document (nothing if none was), current for a draft. */
export async function paymentMeansOfDocument(
  db: Executor,
  document: PaidDocument & { number: string | null }
): Promise<HeldPaymentMeans> {
  if (document.number === null) return currentPaymentMeans(db, document)
  const frozen = await db
    .selectFrom('documentPaymentMeans')
    .select(['creditorId', 'mandateReference', 'debitedIban', 'cardLast4'])
    .where('documentId', '=', document.id)
    .executeTakeFirst()
  return frozen ?? NOTHING
}
