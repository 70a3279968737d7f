/**
 * A currency typed in a form as its three-letter code (EUR, HUF), shown in capitals; the shared
 * schema checks it is one the company knows. A document's and a contract's currency each wrote
 * this field out (issue 9).
 */
import type { ComponentProps } from 'react'
import { TextField } from './fields'

export function CurrencyField(props: Omit<ComponentProps<typeof TextField>, 'maxLength'>) {
  return <TextField className="uppercase" maxLength={3} autoComplete="off" {...props} />
}
