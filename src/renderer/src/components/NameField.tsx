/**
 * The name a record is known by in its list and in search (a customer's, a product's, a sales
 * executive's), or its title (a request's, a contract's, a meeting's): required, two columns wide,
 * and the browser offers no remembered entries. Each of these forms wrote this field out (issue 9).
 */
import type { ComponentProps } from 'react'
import { TextField } from './fields'

export function NameField(props: Omit<ComponentProps<typeof TextField>, 'required' | 'fieldClassName'>) {
  return <TextField required fieldClassName="span-2" autoComplete="off" {...props} />
}
