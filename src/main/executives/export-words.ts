/**
 * The sales executive list's Excel export in the five languages (issue 14), with the words of the
 * list on screen (renderer executives/strings.ts).
 */
import type { Language } from '../../shared/languages'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Sales executives',
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  customers: 'Customers',
  active: 'Active'
}

export const executiveExportWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Comerciales',
    name: 'Nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    customers: 'Clientes',
    active: 'Activo'
  },
  ca: {
    sheet: 'Comercials',
    name: 'Nom',
    email: 'Correu electrònic',
    phone: 'Telèfon',
    customers: 'Clients',
    active: 'Actiu'
  },
  hu: {
    sheet: 'Értékesítők',
    name: 'Név',
    email: 'E-mail',
    phone: 'Telefon',
    customers: 'Ügyfelek',
    active: 'Aktív'
  },
  ru: {
    sheet: 'Менеджеры',
    name: 'Имя',
    email: 'E-mail',
    phone: 'Телефон',
    customers: 'Клиенты',
    active: 'Активен'
  }
}
