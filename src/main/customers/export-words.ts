/**
 * The customer list's Excel export in the five languages (issue 14): headings and status words as
 * the customer screens write them (renderer customers/strings.ts), terms from docs/glossary.md.
 */
import type { Language } from '../../shared/languages'
import { customerStatusWords } from '../../shared/words/customers'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Customers',
  code: 'Code',
  name: 'Name',
  status: 'Status',
  taxId: 'Tax id',
  street: 'Street',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  contact: 'Contact',
  email: 'E-mail',
  executive: 'Sales executive',
  paymentTermsDays: 'Payment terms (days)',
  created: 'Created',
  updated: 'Updated',
  archived: 'Archived',
  statuses: customerStatusWords.en
}

export const customerExportWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Clientes',
    code: 'Código',
    name: 'Nombre',
    status: 'Estado',
    taxId: 'NIF / CIF',
    street: 'Calle y número',
    postalCode: 'Código postal',
    city: 'Ciudad',
    country: 'País',
    contact: 'Contacto',
    email: 'Correo electrónico',
    executive: 'Comercial',
    paymentTermsDays: 'Plazo de pago (días)',
    created: 'Alta',
    updated: 'Último cambio',
    archived: 'Archivado',
    statuses: customerStatusWords.es
  },
  ca: {
    sheet: 'Clients',
    code: 'Codi',
    name: 'Nom',
    status: 'Estat',
    taxId: 'NIF',
    street: 'Carrer i número',
    postalCode: 'Codi postal',
    city: 'Població',
    country: 'País',
    contact: 'Contacte',
    email: 'Correu electrònic',
    executive: 'Comercial',
    paymentTermsDays: 'Termini de pagament (dies)',
    created: 'Alta',
    updated: 'Darrer canvi',
    archived: 'Arxivat',
    statuses: customerStatusWords.ca
  },
  hu: {
    sheet: 'Ügyfelek',
    code: 'Kód',
    name: 'Név',
    status: 'Állapot',
    taxId: 'Adószám',
    street: 'Utca, házszám',
    postalCode: 'Irányítószám',
    city: 'Település',
    country: 'Ország',
    contact: 'Kapcsolattartó',
    email: 'E-mail',
    executive: 'Értékesítő',
    paymentTermsDays: 'Fizetési határidő (nap)',
    created: 'Létrehozva',
    updated: 'Utoljára módosítva',
    archived: 'Archivált',
    statuses: customerStatusWords.hu
  },
  ru: {
    sheet: 'Клиенты',
    code: 'Код',
    name: 'Наименование',
    status: 'Статус',
    taxId: 'ИНН',
    street: 'Улица и дом',
    postalCode: 'Индекс',
    city: 'Город',
    country: 'Страна',
    contact: 'Контакт',
    email: 'E-mail',
    executive: 'Менеджер',
    paymentTermsDays: 'Срок оплаты (дней)',
    created: 'Создан',
    updated: 'Изменён',
    archived: 'В архиве',
    statuses: customerStatusWords.ru
  }
}
