/**
 * Numbers as the user types them, in the user's locale: the decimal mark, amounts and percentages as
 * editable text. The documents, products, contracts and tax settings fill their fields with these; they
 * lived among the documents' pieces. No React, no API client here: the documents' draft form is unit
 * tested in node and reads them.
 */
import { centsToDecimalString } from '../../../shared/money'

/** The decimal mark of the user's locale ("," in Spanish), for quantities and amounts typed in. */
export function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
}

/** Basis points as typed percentages: 1250 -> "12.5". */
export function bpToText(bp: number, mark: string): string {
  const whole = Math.trunc(bp / 100)
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}${mark}${fraction}` : String(whole)
}

/** Cents as a typed amount: 123456 with "," -> "1234,56". */
export const centsToText = (cents: number, mark: string) => centsToDecimalString(cents).replace('.', mark)
