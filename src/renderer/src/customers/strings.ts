/** Strings of the customer list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  customers: {
    title: 'Customers',
    count_one: '{{formatted}} customer',
    count_other: '{{formatted}} customers',
    searchLabel: 'Search customers',
    searchPlaceholder: 'Name, code, tax id, city, contact…',
    new: 'New customer',
    newTitle: 'New customer',
    listLabel: 'Customer list',
    filterStatus: 'Status',
    filterArchived: 'Archived',
    filterExecutive: 'Sales executive',
    anyExecutive: 'Any executive',
    archivedExclude: 'Hide archived',
    archivedInclude: 'Show archived too',
    archivedOnly: 'Archived only',
    archivedBadge: 'Archived',
    col: {
      code: 'Code',
      name: 'Name',
      city: 'City',
      country: 'Country',
      status: 'Status',
      executiveName: 'Sales executive',
      contact: 'Contact',
      updatedAt: 'Last changed'
    },
    status: {
      prospect: 'Prospect',
      active: 'Active',
      inactive: 'Inactive'
    },
    paymentMethod: {
      bank_transfer: 'Bank transfer',
      card: 'Card',
      direct_debit: 'Direct debit'
    }
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Billing address',
      mailing: 'Mailing address',
      delivery: 'Delivery address',
      contacts: 'Contacts',
      payment: 'Payment',
      products: 'Product preferences',
      notes: 'Notes',
      activity: 'Activity'
    },
    code: 'Customer code',
    codeHint: 'Leave blank to get the next free code automatically.',
    name: 'Name',
    status: 'Status',
    taxId: 'Tax id',
    executive: 'Sales executive',
    noExecutive: 'No sales executive',
    inactiveExecutive: '{{name}} (inactive)',
    address: {
      line1: 'Street and number',
      line2: 'Address line 2',
      postalCode: 'Postal code',
      city: 'City',
      region: 'Region / province',
      country: 'Country (2 letters)'
    },
    sameAsBilling: 'Same as billing address',
    contact: {
      name: 'Contact name',
      role: 'Role',
      phone: 'Phone',
      email: 'E-mail',
      add: 'Add contact',
      remove: 'Remove contact {{number}}',
      none: 'No contacts yet.',
      number: 'Contact {{number}}'
    },
    paymentTermsDays: 'Payment terms (days)',
    preferredPaymentMethod: 'Preferred payment method',
    productPicker: 'Add a product',
    productPickerPlaceholder: 'Type a product name or SKU…',
    productNone: 'No preferred products yet.',
    productRemove: 'Remove {{name}}',
    productNoMatch: 'No active product matches.',
    productNotes: 'Notes on product preferences',
    notes: 'Notes',
    archivedNotice: 'This customer is archived: it is hidden from the customer list and from new documents.',
    archiveConfirm:
      'Archive {{name}}? It disappears from the customer list but keeps all its history. You can restore it later.',
    deleteConfirm:
      'Delete {{name}} for good? This only works for a customer with no history; otherwise archive it.',
    deleted: 'The customer {{name}} was deleted.',
    archived: 'The customer was archived.',
    restored: 'The customer was restored.',
    created: 'The customer was created with code {{code}}.',
    noActivity: 'No activity recorded yet.'
  }
}

const es: Strings<typeof en> = {
  customers: {
    title: 'Clientes',
    count_one: '{{formatted}} cliente',
    count_other: '{{formatted}} clientes',
    searchLabel: 'Buscar clientes',
    searchPlaceholder: 'Nombre, código, NIF, ciudad, contacto…',
    new: 'Nuevo cliente',
    newTitle: 'Nuevo cliente',
    listLabel: 'Lista de clientes',
    filterStatus: 'Estado',
    filterArchived: 'Archivados',
    filterExecutive: 'Comercial',
    anyExecutive: 'Cualquier comercial',
    archivedExclude: 'Ocultar archivados',
    archivedInclude: 'Mostrar también archivados',
    archivedOnly: 'Solo archivados',
    archivedBadge: 'Archivado',
    col: {
      code: 'Código',
      name: 'Nombre',
      city: 'Ciudad',
      country: 'País',
      status: 'Estado',
      executiveName: 'Comercial',
      contact: 'Contacto',
      updatedAt: 'Último cambio'
    },
    status: {
      prospect: 'Potencial',
      active: 'Activo',
      inactive: 'Inactivo'
    },
    paymentMethod: {
      bank_transfer: 'Transferencia',
      card: 'Tarjeta',
      direct_debit: 'Domiciliación'
    },
    count_many: '{{formatted}} clientes'
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Dirección de facturación',
      mailing: 'Dirección postal',
      delivery: 'Dirección de entrega',
      contacts: 'Contactos',
      payment: 'Pago',
      products: 'Preferencias de productos',
      notes: 'Notas',
      activity: 'Actividad'
    },
    code: 'Código de cliente',
    codeHint: 'Déjelo en blanco para asignar automáticamente el siguiente código libre.',
    name: 'Nombre',
    status: 'Estado',
    taxId: 'NIF / CIF',
    executive: 'Comercial',
    noExecutive: 'Sin comercial',
    inactiveExecutive: '{{name}} (inactivo)',
    address: {
      line1: 'Calle y número',
      line2: 'Dirección, línea 2',
      postalCode: 'Código postal',
      city: 'Ciudad',
      region: 'Provincia / región',
      country: 'País (2 letras)'
    },
    sameAsBilling: 'Igual que la dirección de facturación',
    contact: {
      name: 'Nombre del contacto',
      role: 'Cargo',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      add: 'Añadir contacto',
      remove: 'Quitar el contacto {{number}}',
      none: 'Todavía no hay contactos.',
      number: 'Contacto {{number}}'
    },
    paymentTermsDays: 'Plazo de pago (días)',
    preferredPaymentMethod: 'Forma de pago preferida',
    productPicker: 'Añadir un producto',
    productPickerPlaceholder: 'Escriba un nombre de producto o SKU…',
    productNone: 'Todavía no hay productos preferidos.',
    productRemove: 'Quitar {{name}}',
    productNoMatch: 'Ningún producto activo coincide.',
    productNotes: 'Notas sobre preferencias de productos',
    notes: 'Notas',
    archivedNotice:
      'Este cliente está archivado: no aparece en la lista de clientes ni en documentos nuevos.',
    archiveConfirm:
      '¿Archivar {{name}}? Desaparece de la lista de clientes pero conserva todo su historial. Puede restaurarlo más tarde.',
    deleteConfirm:
      '¿Eliminar {{name}} definitivamente? Solo es posible si el cliente no tiene historial; si no, archívelo.',
    deleted: 'Se ha eliminado el cliente {{name}}.',
    archived: 'El cliente se ha archivado.',
    restored: 'El cliente se ha restaurado.',
    created: 'El cliente se ha creado con el código {{code}}.',
    noActivity: 'Todavía no hay actividad registrada.'
  }
}

export const customersStrings: Translations<typeof en> = { en, es }
