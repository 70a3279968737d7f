/** Strings of the search box, Ctrl+K (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  search: {
    button: 'Search',
    shortcut: 'Ctrl+K',
    title: 'Search Salesdesk',
    label: 'Search customers, documents, products, contacts and pages',
    placeholder: 'Customer, document number, product, contact or page…',
    results: 'Results',
    hint: 'Type a name, a code, a document number or the name of a page.',
    searching: 'Searching…',
    nothing: 'Nothing found.',
    found_one: '{{count}} result. Arrow keys to choose, Enter to open.',
    found_other: '{{count}} results. Arrow keys to choose, Enter to open.',
    archived: 'archived',
    inactive: 'inactive',
    keys: '↑ ↓ choose · Enter open · Esc close',
    groups: {
      customers: 'Customers',
      documents: 'Documents',
      products: 'Products',
      contacts: 'Contacts',
      pages: 'Pages'
    }
  }
}

const es: Strings<typeof en> = {
  search: {
    button: 'Buscar',
    shortcut: 'Ctrl+K',
    title: 'Buscar en Salesdesk',
    label: 'Buscar clientes, documentos, productos, contactos y páginas',
    placeholder: 'Cliente, número de documento, producto, contacto o página…',
    results: 'Resultados',
    hint: 'Escriba un nombre, un código, un número de documento o el nombre de una página.',
    searching: 'Buscando…',
    nothing: 'No se ha encontrado nada.',
    found_one: '{{count}} resultado. Flechas para elegir, Intro para abrir.',
    found_many: '{{count}} resultados. Flechas para elegir, Intro para abrir.',
    found_other: '{{count}} resultados. Flechas para elegir, Intro para abrir.',
    archived: 'archivado',
    inactive: 'inactivo',
    keys: '↑ ↓ elegir · Intro abrir · Esc cerrar',
    groups: {
      customers: 'Clientes',
      documents: 'Documentos',
      products: 'Productos',
      contacts: 'Contactos',
      pages: 'Páginas'
    }
  }
}

const ca: Strings<typeof en> = {
  search: {
    button: 'Cerca',
    shortcut: 'Ctrl+K',
    title: 'Cerca a Salesdesk',
    label: 'Cerca clients, documents, productes, contactes i pàgines',
    placeholder: 'Client, número de document, producte, contacte o pàgina…',
    results: 'Resultats',
    hint: "Escriviu un nom, un codi, un número de document o el nom d'una pàgina.",
    searching: 'Cercant…',
    nothing: "No s'ha trobat res.",
    found_one: '{{count}} resultat. Fletxes per triar, Retorn per obrir.',
    found_many: '{{count}} resultats. Fletxes per triar, Retorn per obrir.',
    found_other: '{{count}} resultats. Fletxes per triar, Retorn per obrir.',
    archived: 'arxivat',
    inactive: 'inactiu',
    keys: '↑ ↓ triar · Retorn obrir · Esc tancar',
    groups: {
      customers: 'Clients',
      documents: 'Documents',
      products: 'Productes',
      contacts: 'Contactes',
      pages: 'Pàgines'
    }
  }
}

const hu: Strings<typeof en> = {
  search: {
    button: 'Keresés',
    shortcut: 'Ctrl+K',
    title: 'Keresés a Salesdeskben',
    label: 'Ügyfelek, bizonylatok, termékek, kapcsolattartók és oldalak keresése',
    placeholder: 'Ügyfél, bizonylatszám, termék, kapcsolattartó vagy oldal…',
    results: 'Találatok',
    hint: 'Írjon be egy nevet, kódot, bizonylatszámot vagy egy oldal nevét.',
    searching: 'Keresés…',
    nothing: 'Nincs találat.',
    found_one: '{{count}} találat. Nyilakkal válasszon, Enterrel nyissa meg.',
    found_other: '{{count}} találat. Nyilakkal válasszon, Enterrel nyissa meg.',
    archived: 'archivált',
    inactive: 'inaktív',
    keys: '↑ ↓ választás · Enter megnyitás · Esc bezárás',
    groups: {
      customers: 'Ügyfelek',
      documents: 'Bizonylatok',
      products: 'Termékek',
      contacts: 'Kapcsolattartók',
      pages: 'Oldalak'
    }
  }
}

const ru: Strings<typeof en> = {
  search: {
    button: 'Поиск',
    shortcut: 'Ctrl+K',
    title: 'Поиск в Salesdesk',
    label: 'Поиск клиентов, документов, товаров, контактов и страниц',
    placeholder: 'Клиент, номер документа, товар, контакт или страница…',
    results: 'Результаты',
    hint: 'Введите имя, код, номер документа или название страницы.',
    searching: 'Поиск…',
    nothing: 'Ничего не найдено.',
    found_one: '{{count}} результат. Стрелками выберите, Enter — открыть.',
    found_few: '{{count}} результата. Стрелками выберите, Enter — открыть.',
    found_many: '{{count}} результатов. Стрелками выберите, Enter — открыть.',
    found_other: '{{count}} результата. Стрелками выберите, Enter — открыть.',
    archived: 'в архиве',
    inactive: 'неактивен',
    keys: '↑ ↓ выбрать · Enter открыть · Esc закрыть',
    groups: {
      customers: 'Клиенты',
      documents: 'Документы',
      products: 'Товары',
      contacts: 'Контакты',
      pages: 'Страницы'
    }
  }
}

export const searchStrings: Translations<typeof en> = { en, es, ca, hu, ru }
