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
import { paymentSetupInput, type PaymentSetup } from '../../shared/schemas/payments'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
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
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'preferredPaymentMethod'])
    .where('id', '=', customerId)
    .executeTakeFirst()
  if (!customer) throw notFound('customer', customerId)
  const row = await db
    .selectFrom('customerPaymentSetups')
    .selectAll()
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  if (!row) {
    return {
      customerId,
      method: customer.preferredPaymentMethod,
      iban: '',
      bic: '',
      mandateReference: '',
      mandateSignedOn: null,
      cardBrand: null,
      cardLast4: '',
      cardExpiry: '',
      updatedAt: null
    }
  }
  return {
    customerId,
    // The customer form may have changed the preferred method since.
    method: customer.preferredPaymentMethod,
    iban: row.iban,
    bic: row.bic,
    mandateReference: row.mandateReference,
    mandateSignedOn: row.mandateSignedOn,
    cardBrand: (row.cardBrand || null) as PaymentSetup['cardBrand'],
    cardLast4: row.cardLast4,
    cardExpiry: row.cardExpiry,
    updatedAt: row.updatedAt
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
            brand: cardBrandLabels[row.cardBrand] ?? t('method_card'),
            last4: row.cardLast4
          })
        : null
  }
}

const cardBrandLabels: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'Maestro',
  other: 'card'
}

export async function updatePaymentSetup(
  ctx: ServiceContext,
  customerId: number,
  setup: SetupInput
): Promise<PaymentSetup> {
  const saved = await writeTransaction(ctx.db, async (trx) => {
    const customer = await trx
      .selectFrom('customers')
      .select(['id', 'code', 'name', 'archivedAt'])
      .where('id', '=', customerId)
      .executeTakeFirst()
    if (!customer) throw notFound('customer', customerId)
    const directDebit = setup.method === 'direct_debit'
    const card = setup.method === 'card'
    const now = isoNow(ctx)
    const values = {
      method: setup.method,
      iban: directDebit ? setup.iban : '',
      bic: directDebit ? setup.bic : '',
      mandateReference: directDebit ? setup.mandateReference : '',
      mandateSignedOn: directDebit ? setup.mandateSignedOn : null,
      cardBrand: card ? (setup.cardBrand ?? '') : '',
      cardLast4: card ? setup.cardLast4 : '',
      cardExpiry: card ? setup.cardExpiry : '',
      updatedAt: now
    }
    await trx
      .insertInto('customerPaymentSetups')
      .values({ customerId, ...values })
      .onConflict((oc) => oc.column('customerId').doUpdateSet(values))
      .execute()
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
