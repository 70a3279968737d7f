/**
 * The contract words that both the contract screens (renderer contracts/strings.ts) and the core's
 * contract list export show, written once.
 */
import type { Language } from '../languages'
import type { BillingFrequency, ContractStatus } from '../schemas/contracts'

/** Where a contract stands. */
export const contractStatusWords: Record<Language, Record<ContractStatus, string>> = {
  en: { draft: 'Draft', active: 'Active', ended: 'Ended', terminated: 'Terminated' },
  es: { draft: 'Borrador', active: 'Vigente', ended: 'Finalizado', terminated: 'Rescindido' },
  ca: { draft: 'Esborrany', active: 'Vigent', ended: 'Finalitzat', terminated: 'Rescindit' },
  hu: { draft: 'Piszkozat', active: 'Hatályos', ended: 'Lejárt', terminated: 'Felmondva' },
  ru: { draft: 'Черновик', active: 'Действует', ended: 'Истёк', terminated: 'Расторгнут' }
}

/** How often a contract is invoiced. */
export const billingFrequencyWords: Record<Language, Record<BillingFrequency, string>> = {
  en: { one_off: 'One-off', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' },
  es: { one_off: 'Pago único', monthly: 'Mensual', quarterly: 'Trimestral', yearly: 'Anual' },
  ca: { one_off: 'Únic', monthly: 'Mensual', quarterly: 'Trimestral', yearly: 'Anual' },
  hu: { one_off: 'Egyszeri', monthly: 'Havi', quarterly: 'Negyedéves', yearly: 'Éves' },
  ru: { one_off: 'Разово', monthly: 'Ежемесячно', quarterly: 'Ежеквартально', yearly: 'Ежегодно' }
}
