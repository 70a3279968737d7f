/** Strings of the sales executive list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  executives: {
    title: 'Sales executives',
    count_one: '{{formatted}} sales executive',
    count_other: '{{formatted}} sales executives',
    searchLabel: 'Search sales executives',
    searchPlaceholder: 'Name, e-mail…',
    new: 'New sales executive',
    newTitle: 'New sales executive',
    listLabel: 'Sales executive list',
    filterActive: 'Show',
    col: {
      name: 'Name',
      email: 'E-mail',
      phone: 'Phone',
      customerCount: 'Customers',
      active: 'Active'
    }
  },
  executive: {
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    active: 'Active (can be given new customers)',
    customerCount_one: 'Looks after {{count}} customer.',
    customerCount_other: 'Looks after {{count}} customers.',
    deleteConfirm: 'Delete {{name}}? If customers are assigned, the executive is deactivated instead.',
    deleted: 'The sales executive {{name}} was deleted.',
    deactivated: '{{name}} still has customers, so the executive was deactivated instead of deleted.',
    created: 'The sales executive was added.'
  }
}

const es: Strings<typeof en> = {
  executives: {
    title: 'Comerciales',
    count_one: '{{formatted}} comercial',
    count_other: '{{formatted}} comerciales',
    searchLabel: 'Buscar comerciales',
    searchPlaceholder: 'Nombre, correo…',
    new: 'Nuevo comercial',
    newTitle: 'Nuevo comercial',
    listLabel: 'Lista de comerciales',
    filterActive: 'Mostrar',
    col: {
      name: 'Nombre',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      customerCount: 'Clientes',
      active: 'Activo'
    },
    count_many: '{{formatted}} comerciales'
  },
  executive: {
    name: 'Nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    active: 'Activo (se le pueden asignar clientes nuevos)',
    customerCount_one: 'Atiende a {{count}} cliente.',
    customerCount_other: 'Atiende a {{count}} clientes.',
    deleteConfirm: '¿Eliminar a {{name}}? Si tiene clientes asignados, se desactiva en su lugar.',
    deleted: 'Se ha eliminado al comercial {{name}}.',
    deactivated: '{{name}} todavía tiene clientes, así que se ha desactivado en lugar de eliminarlo.',
    created: 'Se ha añadido el comercial.',
    customerCount_many: 'Atiende a {{count}} clientes.'
  }
}

const ca: Strings<typeof en> = {
  executives: {
    title: 'Comercials',
    count_one: '{{formatted}} comercial',
    count_many: '{{formatted}} de comercials',
    count_other: '{{formatted}} comercials',
    searchLabel: 'Cerca comercials',
    searchPlaceholder: 'Nom, correu…',
    new: 'Comercial nou',
    newTitle: 'Comercial nou',
    listLabel: 'Llista de comercials',
    filterActive: 'Mostra',
    col: {
      name: 'Nom',
      email: 'Correu electrònic',
      phone: 'Telèfon',
      customerCount: 'Clients',
      active: 'Actiu'
    }
  },
  executive: {
    name: 'Nom',
    email: 'Correu electrònic',
    phone: 'Telèfon',
    active: 'Actiu (se li poden assignar clients nous)',
    customerCount_one: 'Porta {{count}} client.',
    customerCount_many: 'Porta {{count}} de clients.',
    customerCount_other: 'Porta {{count}} clients.',
    deleteConfirm: 'Voleu suprimir {{name}}? Si té clients assignats, es desactiva.',
    deleted: 'S’ha suprimit el comercial {{name}}.',
    deactivated: '{{name}} encara té clients; s’ha desactivat en lloc de suprimir-lo.',
    created: 'S’ha afegit el comercial.'
  }
}

const hu: Strings<typeof en> = {
  executives: {
    title: 'Értékesítők',
    count_one: '{{formatted}} értékesítő',
    count_other: '{{formatted}} értékesítő',
    searchLabel: 'Értékesítők keresése',
    searchPlaceholder: 'Név, e-mail…',
    new: 'Új értékesítő',
    newTitle: 'Új értékesítő',
    listLabel: 'Értékesítők listája',
    filterActive: 'Megjelenítés',
    col: { name: 'Név', email: 'E-mail', phone: 'Telefon', customerCount: 'Ügyfelek', active: 'Aktív' }
  },
  executive: {
    name: 'Név',
    email: 'E-mail',
    phone: 'Telefon',
    active: 'Aktív (kaphat új ügyfeleket)',
    customerCount_one: '{{count}} ügyfelet gondoz.',
    customerCount_other: '{{count}} ügyfelet gondoz.',
    deleteConfirm: 'Törli: {{name}}? Ha vannak hozzárendelt ügyfelei, inaktiválja helyette.',
    deleted: '{{name}} értékesítő törölve.',
    deactivated: '{{name}} még gondoz ügyfeleket, ezért törlés helyett inaktiváltuk.',
    created: 'Az értékesítő felvéve.'
  }
}

const ru: Strings<typeof en> = {
  executives: {
    title: 'Менеджеры по продажам',
    count_one: '{{formatted}} менеджер',
    count_few: '{{formatted}} менеджера',
    count_many: '{{formatted}} менеджеров',
    count_other: '{{formatted}} менеджера',
    searchLabel: 'Поиск менеджеров',
    searchPlaceholder: 'Имя, e-mail…',
    new: 'Новый менеджер',
    newTitle: 'Новый менеджер',
    listLabel: 'Список менеджеров',
    filterActive: 'Показать',
    col: { name: 'Имя', email: 'E-mail', phone: 'Телефон', customerCount: 'Клиенты', active: 'Активен' }
  },
  executive: {
    name: 'Имя',
    email: 'E-mail',
    phone: 'Телефон',
    active: 'Активен (можно назначать новых клиентов)',
    customerCount_one: 'Ведёт {{count}} клиента.',
    customerCount_few: 'Ведёт {{count}} клиентов.',
    customerCount_many: 'Ведёт {{count}} клиентов.',
    customerCount_other: 'Ведёт {{count}} клиента.',
    deleteConfirm: 'Удалить {{name}}? Если за менеджером закреплены клиенты, он будет деактивирован.',
    deleted: 'Менеджер {{name}} удалён.',
    deactivated: 'У менеджера {{name}} ещё есть клиенты, поэтому он деактивирован, а не удалён.',
    created: 'Менеджер добавлен.'
  }
}

export const executivesStrings: Translations<typeof en> = { en, es, ca, hu, ru }
