import { z } from 'zod'
import { optionalEmail, paging, phone, requiredText, sortDirection } from './common'

export const executiveInput = z
  .object({
    name: requiredText(120, 'nameRequired'),
    email: optionalEmail,
    phone,
    active: z.boolean()
  })
  .strict()
export type ExecutiveInput = z.input<typeof executiveInput>

export const executiveListQuery = z
  .object({
    search: z.string().max(200),
    active: z.enum(['all', 'active', 'inactive']),
    sort: z.object({ field: z.enum(['name', 'email', 'customerCount']), direction: sortDirection }).strict(),
    ...paging
  })
  .strict()
export type ExecutiveListQuery = z.input<typeof executiveListQuery>

export interface Executive extends ExecutiveInput {
  id: number
  createdAt: string
  updatedAt: string
}

export interface ExecutiveRow extends Executive {
  customerCount: number
}

export const emptyExecutive = (): ExecutiveInput => ({ name: '', email: '', phone: '', active: true })
