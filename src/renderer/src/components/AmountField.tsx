/**
 * An amount or a rate typed in a form as text in the reader's own way ("1.234,50", "5,5"): a money
 * amount, a VAT rate, a fee. The keyboard offers digits and the decimal mark, the browser offers no
 * remembered entries, and the page turns the text into cents or basis points itself (the text is
 * kept as typed, so "12," is not lost while typing). The product, contract and payment forms each
 * wrote this field out (issue 9).
 */
import type { ComponentProps } from 'react'
import { TextField } from './fields'

export function AmountField(props: Omit<ComponentProps<typeof TextField>, 'inputMode'>) {
  return <TextField inputMode="decimal" autoComplete="off" {...props} />
}
