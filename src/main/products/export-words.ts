/**
 * The product list's Excel export in the five languages (issue 14), with the words of the list
 * and product form on screen (renderer products/strings.ts).
 */
import type { Language } from '../../shared/languages'

interface ProductExportWords {
  sheet: string
  sku: string
  name: string
  description: string
  unit: string
  unitPrice: string
  vatRate: string
  active: string
}

export const productExportWords: Record<Language, ProductExportWords> = {
  en: {
    sheet: 'Products',
    sku: 'SKU',
    name: 'Name',
    description: 'Description',
    unit: 'Unit',
    unitPrice: 'Unit price',
    vatRate: 'VAT rate',
    active: 'Active'
  },
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
