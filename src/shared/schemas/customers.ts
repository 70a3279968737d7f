import { z } from 'zod'
import { keyed } from '../errors'
import { languages, type Language } from '../languages'
import { VAT_CATEGORIES, type VatCategory } from '../vat'
import {
  id,
  listSort,
  optionalCountryCode,
  optionalEmail,
  optionalText,
  paging,
  phone,
  requiredText
} from './common'
import { paymentDetails, paymentDetailsProblems, type PaymentDetails } from './payment-setup'

export const customerStatuses = ['prospect', 'active', 'inactive'] as const
export type CustomerStatus = (typeof customerStatuses)[number]

export const paymentMethods = ['bank_transfer', 'card', 'direct_debit'] as const
export type PaymentMethod = (typeof paymentMethods)[number]

export const address = z
  .object({
    line1: optionalText(200),
    line2: optionalText(200),
    postalCode: optionalText(20),
    city: optionalText(100),
    region: optionalText(100),
    country: optionalCountryCode
  })
  .strict()
export type Address = z.input<typeof address>

export const contact = z
  .object({
    name: requiredText(120, 'contactNameRequired'),
    role: optionalText(120),
    phone,
    email: optionalEmail
  })
  .strict()

export const customerInput = z
  .object({
    /** Left blank, the next free code (C-000123) is assigned. */
    code: optionalText(20).regex(/^[A-Za-z0-9._\-/]*$/, keyed('codeCharacters')),
    name: requiredText(200, 'nameRequired'),
    status: z.enum(customerStatuses),
    taxId: optionalText(30),
    /**
     * How the customer's lines are taxed (EN 16931 category): null follows the rule (same
     * country standard, EU business intra-community, outside the EU export); set it for reverse
     * charge, exempt or not-subject customers.
     */
    defaultVatCategory: z.enum(VAT_CATEGORIES).nullable().default(null),
    /** The language their documents, reminders, statements and e-mails are in; null: from the billing country. */
    documentLanguage: z.enum(languages).nullable().default(null),
    billingAddress: address,
    mailingSameAsBilling: z.boolean(),
    mailingAddress: address,
    deliverySameAsBilling: z.boolean(),
    deliveryAddress: address,
    contacts: z.array(contact).max(50, keyed('atMostContacts', { max: 50 })),
    paymentTermsDays: z
      .number(keyed('enterDays'))
      .int(keyed('wholeDays'))
      .min(0, keyed('notNegative'))
      .max(365, keyed('atMostDays', { max: 365 })),
    preferredPaymentMethod: z.enum(paymentMethods),
    /**
     * The direct-debit mandate or card, typed on the form beside the method and saved with the
     * customer. Left out (imports, older callers), what is stored stays as it is.
     */
    paymentSetup: paymentDetails.optional(),
    preferredProductIds: z.array(id).max(500),
    productNotes: optionalText(2000),
    executiveId: id.nullable(),
    notes: optionalText(10000)
  })
  .strict()
  .superRefine((customer, ctx) => {
    if (customer.paymentSetup === undefined) return
    paymentDetailsProblems(customer.preferredPaymentMethod, customer.paymentSetup, (field, message) =>
      ctx.addIssue({ code: 'custom', path: ['paymentSetup', field], message })
    )
  })
export type CustomerInput = z.input<typeof customerInput>

export const customerListQuery = z
  .object({
    search: z.string().max(200),
    status: z.enum(['all', ...customerStatuses]),
    archived: z.enum(['exclude', 'include', 'only']),
    executiveId: id.nullable(),
    sort: listSort(['code', 'name', 'city', 'country', 'status', 'executiveName', 'updatedAt']),
    ...paging
  })
  .strict()
export type CustomerListQuery = z.input<typeof customerListQuery>

export const customerUpdate = z
  .object({
    id,
    customer: customerInput,
    /** The updatedAt the editor loaded; a newer one in the store means someone else saved first. */
    expectedUpdatedAt: z.string().max(40).optional(),
    /** The user confirmed that a customer with the same tax id is another one. */
    confirmDuplicate: z.boolean().optional()
  })
  .strict()

export interface Customer extends Omit<
  CustomerInput,
  'defaultVatCategory' | 'documentLanguage' | 'paymentSetup'
> {
  defaultVatCategory: VatCategory | null
  documentLanguage: Language | null
  /** As stored: empty fields when the customer pays by bank transfer or was never set up. */
  paymentSetup: PaymentDetails
  id: number
  createdAt: string
  updatedAt: string
  archivedAt: string | null
}

/** A customer that may be the same as the one being typed in (issue 13: duplicates warning). */
export interface CustomerDuplicate {
  id: number
  code: string
  name: string
  taxId: string
  city: string
  archived: boolean
}
export interface CustomerDuplicates {
  /** Same tax id: saving is refused unless the user confirms it is another customer. */
  sameTaxId: CustomerDuplicate[]
  /** Nearly the same name (accents, case, punctuation and legal form ignored): a warning only. */
  similarName: CustomerDuplicate[]
}
export const customerDuplicatesQuery = z
  .object({
    name: z.string().max(200),
    taxId: z.string().max(30),
    /** The customer being edited, which is no duplicate of itself. */
    excludeId: id.nullable()
  })
  .strict()

export interface CustomerRow {
  id: number
  code: string
  name: string
  status: CustomerStatus
  taxId: string
  city: string
  country: string
  email: string
  contactName: string
  executiveName: string
  archived: boolean
  updatedAt: string
}

export const emptyAddress = (): Address => ({
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  region: '',
  country: ''
})

export const emptyCustomer = (): CustomerInput => ({
  code: '',
  name: '',
  status: 'prospect',
  taxId: '',
  defaultVatCategory: null,
  documentLanguage: null,
  billingAddress: emptyAddress(),
  mailingSameAsBilling: true,
  mailingAddress: emptyAddress(),
  deliverySameAsBilling: true,
  deliveryAddress: emptyAddress(),
  contacts: [],
  paymentTermsDays: 30,
  preferredPaymentMethod: 'bank_transfer',
  preferredProductIds: [],
  productNotes: '',
  executiveId: null,
  notes: ''
})
