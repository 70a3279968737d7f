/** The customers' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { CustomersApiOutputs } from '../../shared/schemas/customers-api'
import type { ServiceContext } from '../context'
import { findCustomerDuplicates } from './duplicates'
import { exportCustomers } from './export'
import * as customers from './service'

export type CustomersHandlers = Pick<ApiHandlers, keyof CustomersApiOutputs>

export function customersHandlers(ctx: ServiceContext): CustomersHandlers {
  return {
    'customers.list': (q) => customers.listCustomers(ctx, q),
    'customers.get': ({ id }) => customers.getCustomer(ctx, id),
    'customers.create': ({ customer, confirmDuplicate }) =>
      customers.createCustomer(ctx, customer, confirmDuplicate === true),
    'customers.duplicates': (q) => findCustomerDuplicates(ctx.db, q),
    'customers.update': (edit) => customers.updateCustomer(ctx, edit),
    'customers.archive': ({ id }) => customers.archiveCustomer(ctx, id),
    'customers.restore': ({ id }) => customers.restoreCustomer(ctx, id),
    'customers.deletable': ({ id }) => customers.customerDeletable(ctx, id),
    'customers.delete': ({ id }) => customers.deleteCustomer(ctx, id),
    'customers.exportXlsx': ({ language, ...q }) => exportCustomers(ctx, q, language)
  }
}
