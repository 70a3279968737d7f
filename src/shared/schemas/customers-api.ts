/** The customers' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import {
  customerDuplicatesQuery,
  customerInput,
  customerListQuery,
  customerUpdate,
  type Customer,
  type CustomerDuplicates,
  type CustomerRow
} from './customers'

export const customersApiInputs = {
  'customers.list': customerListQuery,
  'customers.get': idInput,
  'customers.create': z
    .object({ customer: customerInput, confirmDuplicate: z.boolean().optional() })
    .strict(),
  'customers.duplicates': customerDuplicatesQuery,
  'customers.update': customerUpdate,
  'customers.archive': idInput,
  'customers.restore': idInput,
  /** Whether Delete would be refused (the customer has history), asked before confirming. */
  'customers.deletable': idInput,
  'customers.delete': idInput,
  'customers.exportXlsx': customerListQuery.omit({ offset: true, limit: true }).extend(exportLanguage)
} as const

export interface CustomersApiOutputs {
  'customers.list': Page<CustomerRow>
  'customers.get': Customer
  'customers.create': Customer
  'customers.duplicates': CustomerDuplicates
  'customers.update': Customer
  'customers.archive': Customer
  'customers.restore': Customer
  'customers.deletable': { deletable: boolean }
  'customers.delete': { deleted: true }
  'customers.exportXlsx': FileResult
}
