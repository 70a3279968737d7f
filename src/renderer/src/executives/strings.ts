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

export const executivesStrings: Translations<typeof en> = { en, es }
