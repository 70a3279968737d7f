/**
 * The NAV reporting words that both the screens (renderer nav/strings.ts) and the core's invoice list
 * export show, written once.
 */
import type { Language } from '../languages'
import type { NavListStatus } from '../schemas/nav'

/** Where an invoice stands with NAV, as the invoice list shows it and its export writes it. */
export const navListStatusWords: Record<Language, Record<NavListStatus, string>> = {
  en: {
    waiting: 'Waiting for NAV',
    sent: 'Sent, NAV is processing',
    done: 'Accepted by NAV',
    warnings: 'Accepted with warnings',
    aborted: 'Rejected by NAV'
  },
  es: {
    waiting: 'Pendiente de NAV',
    sent: 'Enviada, NAV la está procesando',
    done: 'Aceptada por NAV',
    warnings: 'Aceptada con avisos',
    aborted: 'Rechazada por NAV'
  },
  ca: {
    waiting: 'Pendent de NAV',
    sent: 'Enviada, NAV la processa',
    done: 'Acceptada per NAV',
    warnings: 'Acceptada amb avisos',
    aborted: 'Rebutjada per NAV'
  },
  hu: {
    waiting: 'NAV-ra vár',
    sent: 'Elküldve, a NAV feldolgozza',
    done: 'A NAV befogadta',
    warnings: 'Befogadva, figyelmeztetéssel',
    aborted: 'A NAV elutasította'
  },
  ru: {
    waiting: 'Ожидает NAV',
    sent: 'Отправлен, NAV обрабатывает',
    done: 'Принят NAV',
    warnings: 'Принят с предупреждениями',
    aborted: 'Отклонён NAV'
  }
}
