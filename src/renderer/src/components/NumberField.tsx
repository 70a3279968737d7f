/**
 * A whole number typed in a form (a customer's payment terms in days, a visit plan's weeks and
 * minutes): a number box whose value reaches the form, and the shared schema's `z.number()`, as a
 * number rather than the text typed. Each of these fields used to ask for `valueAsNumber` by hand.
 */
import type { ComponentProps } from 'react'
import { TextField } from './fields'

export function NumberField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'options'>) {
  return <TextField type="number" {...props} options={{ valueAsNumber: true }} />
}
