/**
 * The details a payment method needs, kept with the customer: for direct debit the IBAN, BIC,
 * mandate reference and signature date; for a card its brand, last four digits and expiry (never
 * the full number). The customer form and the payment set-up call check them with the same rules.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { compactIban, ibanMessages, ibanProblem, isValidBic } from '../iban'
import { isoDate, optionalText } from './common'
import type { PaymentMethod } from './customers'

export const cardBrands = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'maestro',
  'other'
] as const
export type CardBrand = (typeof cardBrands)[number]

/** Card brands are written the same in every language; only "other" is translated, by whoever shows it. */
export const cardBrandNames: Record<Exclude<CardBrand, 'other'>, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'Maestro'
}

export const paymentDetailsFields = {
  iban: z
    .string()
    .max(50, keyed('atMostCharacters', { max: 50 }))
    .transform(compactIban),
  bic: z
    .string()
    .max(20, keyed('atMostCharacters', { max: 20 }))
    .transform((v) => v.replace(/\s/g, '').toUpperCase())
    .refine((v) => v === '' || isValidBic(v), keyed('bicForm')),
  mandateReference: optionalText(35).regex(/^[A-Za-z0-9+?/\-:().,' ]*$/, keyed('sepaCharacters')),
  mandateSignedOn: isoDate.nullable(),
  cardBrand: z.enum(cardBrands).nullable(),
  cardLast4: z
    .string()
    .trim()
    .regex(/^([0-9]{4})?$/, keyed('cardLast4Only')),
  /** "2027-09" */
  cardExpiry: z
    .string()
    .trim()
    .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, keyed('yearAndMonth'))
}

/** The direct-debit and card details on the customer form (the method is the customer's payment method). */
export const paymentDetails = z.object(paymentDetailsFields).strict()
export type PaymentDetails = z.output<typeof paymentDetails>

export const emptyPaymentDetails = (): PaymentDetails => ({
  iban: '',
  bic: '',
  mandateReference: '',
  mandateSignedOn: null,
  cardBrand: null,
  cardLast4: '',
  cardExpiry: ''
})

/** Only what the method uses is kept: the other method's fields are emptied (switching forgets them). */
export function detailsForMethod(method: PaymentMethod, details: PaymentDetails): PaymentDetails {
  const empty = emptyPaymentDetails()
  if (method === 'direct_debit')
    return {
      ...empty,
      iban: details.iban,
      bic: details.bic,
      mandateReference: details.mandateReference,
      mandateSignedOn: details.mandateSignedOn
    }
  if (method === 'card')
    return {
      ...empty,
      cardBrand: details.cardBrand,
      cardLast4: details.cardLast4,
      cardExpiry: details.cardExpiry
    }
  return empty
}

/**
 * What the method still needs: direct debit a valid IBAN (country length, mod-97), a mandate
 * reference and its date; a card its brand, last four digits and expiry. `need` gets the field's name.
 */
export function paymentDetailsProblems(
  method: PaymentMethod,
  details: PaymentDetails,
  need: (field: keyof PaymentDetails, message: string) => void
): void {
  const ibanError = details.iban === '' ? null : ibanProblem(details.iban)
  if (method === 'direct_debit') {
    if (details.iban === '') need('iban', keyed('directDebitNeedsIban'))
    else if (ibanError) need('iban', ibanMessages[ibanError])
    if (details.mandateReference === '') need('mandateReference', keyed('directDebitNeedsMandate'))
    if (details.mandateSignedOn === null) need('mandateSignedOn', keyed('enterMandateDate'))
  } else if (ibanError) need('iban', ibanMessages[ibanError])
  if (method === 'card') {
    if (details.cardBrand === null) need('cardBrand', keyed('chooseCardBrand'))
    if (details.cardLast4 === '') need('cardLast4', keyed('enterCardLast4'))
    if (details.cardExpiry === '') need('cardExpiry', keyed('enterCardExpiry'))
  }
}
