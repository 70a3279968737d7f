/** Strings of the product list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  products: {
    title: 'Products',
    count_one: '{{formatted}} product',
    count_other: '{{formatted}} products',
    searchLabel: 'Search products',
    searchPlaceholder: 'SKU, name, description…',
    new: 'New product',
    newTitle: 'New product',
    listLabel: 'Product list',
    filterActive: 'Show',
    col: {
      sku: 'SKU',
      name: 'Name',
      unit: 'Unit',
      unitPriceCents: 'Unit price',
      vatRateBp: 'VAT',
      active: 'Active'
    }
  },
  product: {
    sku: 'SKU',
    name: 'Name',
    description: 'Description',
    unit: 'Unit',
    unitHint: 'e.g. pc, kg, h, m²',
    price: 'Unit price (excl. VAT)',
    priceHint: 'e.g. 12,50 or 1.234,50',
    vatRate: 'VAT rate (%)',
    vatHint: 'e.g. 21 or 5,5',
    active: 'Active (can be used on new documents)',
    badPrice: 'Enter an amount, e.g. 12,50',
    badVat: 'Enter a rate in percent, e.g. 21 or 5,5',
    deleteConfirm: 'Delete {{name}}? If it is already used, it is deactivated instead.',
    deleted: 'The product {{name}} was deleted.',
    deactivated: 'The product {{name}} is already in use, so it was deactivated instead of deleted.',
    created: 'The product was created.'
  }
}

const es: Strings<typeof en> = {
  products: {
    title: 'Productos',
    count_one: '{{formatted}} producto',
    count_other: '{{formatted}} productos',
    searchLabel: 'Buscar productos',
    searchPlaceholder: 'SKU, nombre, descripción…',
    new: 'Nuevo producto',
    newTitle: 'Nuevo producto',
    listLabel: 'Lista de productos',
    filterActive: 'Mostrar',
    col: {
      sku: 'SKU',
      name: 'Nombre',
      unit: 'Unidad',
      unitPriceCents: 'Precio unitario',
      vatRateBp: 'IVA',
      active: 'Activo'
    },
    count_many: '{{formatted}} productos'
  },
  product: {
    sku: 'SKU',
    name: 'Nombre',
    description: 'Descripción',
    unit: 'Unidad',
    unitHint: 'p. ej. ud, kg, h, m²',
    price: 'Precio unitario (sin IVA)',
    priceHint: 'p. ej. 12,50 o 1.234,50',
    vatRate: 'Tipo de IVA (%)',
    vatHint: 'p. ej. 21 o 5,5',
    active: 'Activo (se puede usar en documentos nuevos)',
    badPrice: 'Escriba un importe, p. ej. 12,50',
    badVat: 'Escriba un porcentaje, p. ej. 21 o 5,5',
    deleteConfirm: '¿Eliminar {{name}}? Si ya se ha usado, se desactiva en su lugar.',
    deleted: 'Se ha eliminado el producto {{name}}.',
    deactivated: 'El producto {{name}} ya se ha usado, así que se ha desactivado en lugar de eliminarlo.',
    created: 'El producto se ha creado.'
  }
}

export const productsStrings: Translations<typeof en> = { en, es }
