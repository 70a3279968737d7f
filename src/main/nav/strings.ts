/**
 * The words the core writes for NAV reporting into files the user reads (the invoice list's Excel
 * export), in the five languages. They are the list's own words (renderer nav/strings.ts,
 * `navReporting.column.status` and `navReporting.status.*`): a test keeps the two tables equal.
 */
import type { Language } from '../../shared/languages'
import type { NavListStatus } from '../../shared/schemas/nav'

interface NavListWords {
  column: string
  status: Record<NavListStatus, string>
}

export const navListWords: Record<Language, NavListWords> = {
  en: {
    column: 'NAV status',
    status: {
      waiting: 'Waiting for NAV',
      sent: 'Sent, NAV is processing',
      done: 'Accepted by NAV',
      warnings: 'Accepted with warnings',
      aborted: 'Rejected by NAV'
    }
  },
  es: {
    column: 'Estado en NAV',
    status: {
      waiting: 'Pendiente de NAV',
      sent: 'Enviada, NAV la está procesando',
      done: 'Aceptada por NAV',
      warnings: 'Aceptada con avisos',
      aborted: 'Rechazada por NAV'
    }
  },
  ca: {
    column: 'Estat a NAV',
    status: {
      waiting: 'Pendent de NAV',
      sent: 'Enviada, NAV la processa',
      done: 'Acceptada per NAV',
      warnings: 'Acceptada amb avisos',
      aborted: 'Rebutjada per NAV'
    }
  },
  hu: {
    column: 'NAV állapot',
    status: {
      waiting: 'NAV-ra vár',
      sent: 'Elküldve, a NAV feldolgozza',
      done: 'A NAV befogadta',
      warnings: 'Befogadva, figyelmeztetéssel',
      aborted: 'A NAV elutasította'
    }
  },
  ru: {
    column: 'Статус в NAV',
    status: {
      waiting: 'Ожидает NAV',
      sent: 'Отправлен, NAV обрабатывает',
      done: 'Принят NAV',
      warnings: 'Принят с предупреждениями',
      aborted: 'Отклонён NAV'
    }
  }
}
