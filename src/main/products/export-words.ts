/**
 * The product list's Excel export in the five languages (issue 14), with the words of the list
 * and product form on screen (renderer products/strings.ts).
 */
import type { Language } from '../../shared/languages'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Products',
  sku: 'SKU',
  name: 'Name',
  description: 'Description',
  unit: 'Unit',
  unitPrice: 'Unit price',
  vatRate: 'VAT rate',
  active: 'Active'
}

export const productExportWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Productos',
    sku: 'SKU',
    name: 'Nombre',
    description: 'Descripción',
    unit: 'Unidad',
    unitPrice: 'Precio unitario',
    vatRate: 'Tipo de IVA',
    active: 'Activo'
  },
  ca: {
    sheet: 'Productes',
    sku: 'Codi d’article',
    name: 'Nom',
    description: 'Descripció',
    unit: 'Unitat',
    unitPrice: 'Preu unitari',
    vatRate: 'Tipus d’IVA',
    active: 'Actiu'
  },
  hu: {
    sheet: 'Termékek',
    sku: 'Cikkszám',
    name: 'Név',
    description: 'Leírás',
    unit: 'Egység',
    unitPrice: 'Egységár',
    vatRate: 'ÁFA-kulcs',
    active: 'Aktív'
  },
  ru: {
    sheet: 'Товары',
    sku: 'Артикул',
    name: 'Наименование',
    description: 'Описание',
    unit: 'Ед. изм.',
    unitPrice: 'Цена за ед.',
    vatRate: 'Ставка НДС',
    active: 'Активен'
  }
}
