/**
 * How a customer pays. The method is also the customer's preferred payment method, which
 * new invoices take (and print their instructions for). Only what the method needs is kept:
 * switching from direct debit to bank transfer forgets the mandate; a card keeps its brand,
 * last four digits and expiry only (a full number never gets this far: the API refuses it).
 */
import { customerListIndex } from '../customers/list-index'
import { activity } from '../../shared/activity'
import { z } from 'zod'
import { formatIban } from '../../shared/iban'
import { paymentSetupInput, type PaymentMethod, type PaymentSetup } from '../../shared/schemas/payments'
import { cardBrandNames } from '../../shared/schemas/payment-setup'
import { lookup } from '../../shared/required'
import {
  detailsForMethod,
  emptyPaymentDetails,
  type PaymentDetails as StoredPaymentDetails
} from '../../shared/schemas/payment-setup'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { customerById } from '../customers/references'
import { writeTransaction } from '../db/write-transaction'
import type { Language } from '../../shared/languages'
import { letterTranslator } from '../pdf/letter-strings'

type SetupInput = z.output<typeof paymentSetupInput>

export const methodLabels = {
  bank_transfer: 'bank transfer',
  card: 'card',
  direct_debit: 'direct debit'
} as const

export async function readPaymentSetup(db: Executor, customerId: number): Promise<PaymentSetup> {
  const customer = await customerById(db, customerId, ['id', 'preferredPaymentMethod'])
  const stored = await db
    .selectFrom('customerPaymentSetups')
    .select('updatedAt')
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  return {
    customerId,
    // The customer form may have changed the preferred method since.
    method: customer.preferredPaymentMethod,
    ...(await readPaymentDetails(db, customerId)),
    updatedAt: stored?.updatedAt ?? null
  }
}

function describe(setup: SetupInput): string {
  switch (setup.method) {
    case 'direct_debit':
      return `direct debit from ${formatIban(setup.iban).slice(0, 4)} … ${setup.iban.slice(-4)}, mandate ${setup.mandateReference} signed ${setup.mandateSignedOn}`
    case 'card':
      return `card ${setup.cardBrand} ending ${setup.cardLast4}, expires ${setup.cardExpiry}`
    default:
      return 'bank transfer'
  }
}

export interface PaymentDetails {
  /** What an invoice prints for direct debit / card when the customer is set up for it. */
  directDebit: string | null
  card: string | null
}

/**
 * The customer's mandate or card as printed on a new invoice (masked IBAN, last four digits only),
 * in the invoice's language.
 */
export async function paymentDetails(
  db: Executor,
  customerId: number,
  language: Language
): Promise<PaymentDetails | null> {
  const row = await db
    .selectFrom('customerPaymentSetups')
    .selectAll()
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  if (!row) return null
  const maskedIban = row.iban ? `${formatIban(row.iban).slice(0, 4)} **** ${row.iban.slice(-4)}` : ''
  const t = letterTranslator(language)
  const mandate = { iban: maskedIban, mandate: row.mandateReference, date: row.mandateSignedOn ?? '' }
  return {
    directDebit:
      row.method === 'direct_debit' && row.iban
        ? t(
            row.mandateSignedOn ? 'instructionsDirectDebitMandateSigned' : 'instructionsDirectDebitMandate',
            mandate
          )
        : null,
    card:
      row.method === 'card' && row.cardLast4
        ? t('instructionsCardEnding', {
            // A brand that is not one of the named ones ("other") is printed as "card" in the letter's language.
            brand: lookup(cardBrandNames, row.cardBrand) ?? t('method_card'),
            last4: row.cardLast4
          })
        : null
  }
}

/** The customer's direct-debit or card details as stored (empty when never set up). */
export async function readPaymentDetails(db: Executor, customerId: number): Promise<StoredPaymentDetails> {
  const row = await db
    .selectFrom('customerPaymentSetups')
    .selectAll()
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  if (!row) return emptyPaymentDetails()
  return {
    iban: row.iban,
    bic: row.bic,
    mandateReference: row.mandateReference,
    mandateSignedOn: row.mandateSignedOn,
    cardBrand: (row.cardBrand || null) as StoredPaymentDetails['cardBrand'],
    cardLast4: row.cardLast4,
    cardExpiry: row.cardExpiry
  }
}

/**
 * Keeps the method's details where invoices, mandates and direct debits read them; only what the
 * method uses is kept. Inside the caller's write transaction (the customer form's save, the set-up call).
 */
export async function storePaymentDetails(
  trx: Executor,
  customerId: number,
  method: PaymentMethod,
  details: StoredPaymentDetails,
  now: string
): Promise<void> {
  const kept = detailsForMethod(method, details)
  const values = { method, ...kept, cardBrand: kept.cardBrand ?? '', updatedAt: now }
  await trx
    .insertInto('customerPaymentSetups')
    .values({ customerId, ...values })
    .onConflict((oc) => oc.column('customerId').doUpdateSet(values))
    .execute()
}

export async function updatePaymentSetup(
  ctx: ServiceContext,
  customerId: number,
  setup: SetupInput
): Promise<PaymentSetup> {
  const saved = await writeTransaction(ctx.db, async (trx) => {
    const customer = await customerById(trx, customerId, ['id', 'code', 'name', 'archivedAt'])
    const now = isoNow(ctx)
    const { method, ...details } = setup
    await storePaymentDetails(trx, customerId, method, details, now)
    await trx
      .updateTable('customers')
      .set({ preferredPaymentMethod: setup.method, updatedAt: now })
      .where('id', '=', customerId)
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'customer',
      entityId: customerId,
      action: 'payment_setup',
      summary: `Payment set-up of ${customer.code} ${customer.name}: ${describe(setup)}`,
      details: activity('paymentSetup', {
        code: customer.code,
        name: customer.name,
        method: { term: `payments.method.${setup.method}` }
      })
    })
    return readPaymentSetup(trx, customerId)
  })
  // The customer's "last changed" moved: the in-memory list (sorted by it) learns of this process's own write.
  await customerListIndex(ctx.db).customerChanged(customerId)
  return saved
}
