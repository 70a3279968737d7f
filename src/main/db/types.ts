/**
 * The Kysely view of the store. Column names are snake_case in SQLite and camelCase here
 * (CamelCasePlugin). Booleans are 0/1, dates ISO text, money integer cents.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

type Bool = 0 | 1

export interface SalesExecutivesTable {
  id: Generated<number>
  name: string
  email: string
  phone: string
  active: Bool
  createdAt: string
  updatedAt: string
}

export interface ProductsTable {
  id: Generated<number>
  sku: string
  name: string
  description: string
  unit: string
  unitPriceCents: number
  vatRateBp: number
  active: Bool
  searchText: string
  createdAt: string
  updatedAt: string
}

type AddressColumns<P extends string> = {
  [K in 'Line1' | 'Line2' | 'PostalCode' | 'City' | 'Region' | 'Country' as `${P}${K}`]: string
}

export interface CustomersTable
  extends AddressColumns<'billing'>, AddressColumns<'mailing'>, AddressColumns<'delivery'> {
  id: Generated<number>
  code: string
  name: string
  sortName: string
  status: 'prospect' | 'active' | 'inactive'
  taxId: string
  mailingSameAsBilling: Bool
  deliverySameAsBilling: Bool
  paymentTermsDays: number
  preferredPaymentMethod: 'bank_transfer' | 'card' | 'direct_debit'
  productNotes: string
  executiveId: number | null
  notes: string
  searchText: string
  archivedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface CustomerContactsTable {
  id: Generated<number>
  customerId: number
  position: number
  name: string
  role: string
  phone: string
  email: string
}

export interface CustomerProductPreferencesTable {
  customerId: number
  productId: number
}

export interface ActivityLogTable {
  id: Generated<number>
  at: string
  actor: string
  entity: string
  entityId: number | null
  action: string
  summary: string
}

export interface SettingsTable {
  key: string
  value: string
}

export interface SchemaMigrationsTable {
  name: string
  appliedAt: ColumnType<string, string, never>
}

export interface Database {
  salesExecutives: SalesExecutivesTable
  products: ProductsTable
  customers: CustomersTable
  customerContacts: CustomerContactsTable
  customerProductPreferences: CustomerProductPreferencesTable
  activityLog: ActivityLogTable
  settings: SettingsTable
  schemaMigrations: SchemaMigrationsTable
}

export type CustomerRecord = Selectable<CustomersTable>
export type NewCustomerRecord = Insertable<CustomersTable>
export type CustomerRecordUpdate = Updateable<CustomersTable>
