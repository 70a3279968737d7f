/** Converts between the API's customer shape and the flat columns of the customers table. */
import type { Customer, CustomerInput } from '../../shared/schemas/customers'
import { foldForSearch } from '../../shared/text'
import type { CustomerRecord, NewCustomerRecord } from '../db/types'
import { searchTextOf } from '../db/search'
import { addressColumns, addressOf } from './address-columns'

/** "Same as billing" addresses are stored as copies so lists and labels never need to resolve them. */
export function effectiveAddresses(input: CustomerInput) {
  return {
    mailing: input.mailingSameAsBilling ? input.billingAddress : input.mailingAddress,
    delivery: input.deliverySameAsBilling ? input.billingAddress : input.deliveryAddress
  }
}

export function toCustomerColumns(
  input: CustomerInput,
  code: string
): Omit<NewCustomerRecord, 'createdAt' | 'updatedAt' | 'archivedAt'> {
  const { mailing, delivery } = effectiveAddresses(input)
  return {
    code,
    name: input.name,
    sortName: foldForSearch(input.name),
    status: input.status,
    taxId: input.taxId,
    defaultVatCategory: input.defaultVatCategory ?? null,
    documentLanguage: input.documentLanguage ?? null,
    ...addressColumns('billing', input.billingAddress),
    mailingSameAsBilling: input.mailingSameAsBilling ? 1 : 0,
    ...addressColumns('mailing', mailing),
    deliverySameAsBilling: input.deliverySameAsBilling ? 1 : 0,
    ...addressColumns('delivery', delivery),
    paymentTermsDays: input.paymentTermsDays,
    preferredPaymentMethod: input.preferredPaymentMethod,
    productNotes: input.productNotes,
    executiveId: input.executiveId,
    notes: input.notes,
    searchText: searchTextOf([
      code,
      input.name,
      input.taxId,
      input.billingAddress.city,
      mailing.city,
      delivery.city,
      ...input.contacts.flatMap((c) => [c.name, c.email])
    ])
  }
}

export function toCustomer(
  record: CustomerRecord,
  contacts: CustomerInput['contacts'],
  preferredProductIds: number[],
  paymentSetup: Customer['paymentSetup']
): Customer {
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    status: record.status,
    taxId: record.taxId,
    defaultVatCategory: record.defaultVatCategory,
    documentLanguage: record.documentLanguage,
    billingAddress: addressOf(record, 'billing'),
    mailingSameAsBilling: record.mailingSameAsBilling === 1,
    mailingAddress: addressOf(record, 'mailing'),
    deliverySameAsBilling: record.deliverySameAsBilling === 1,
    deliveryAddress: addressOf(record, 'delivery'),
    contacts,
    paymentTermsDays: record.paymentTermsDays,
    preferredPaymentMethod: record.preferredPaymentMethod,
    paymentSetup,
    preferredProductIds,
    productNotes: record.productNotes,
    executiveId: record.executiveId,
    notes: record.notes,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt
  }
}
