/**
 * The customer words that both the customer screens (renderer customers/strings.ts) and the core's
 * customer list export show, written once.
 */
import type { Language } from '../languages'
import type { CustomerStatus } from '../schemas/customers'

/** Where a customer stands: a prospect not yet buying, an active or an inactive customer. */
export const customerStatusWords: Record<Language, Record<CustomerStatus, string>> = {
  en: { prospect: 'Prospect', active: 'Active', inactive: 'Inactive' },
  es: { prospect: 'Potencial', active: 'Activo', inactive: 'Inactivo' },
  ca: { prospect: 'Potencial', active: 'Actiu', inactive: 'Inactiu' },
  hu: { prospect: 'Potenciális', active: 'Aktív', inactive: 'Inaktív' },
  ru: { prospect: 'Потенциальный', active: 'Активный', inactive: 'Неактивный' }
}
