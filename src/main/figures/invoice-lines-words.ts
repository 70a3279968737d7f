/**
 * The invoice lines export's headings in the five languages (issue 14), with the glossary's terms
 * (invoice, sales executive, VAT, net).
 */
import type { Language } from '../../shared/languages'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const en = {
  sheet: 'Invoice lines',
  invoice: 'Invoice',
  date: 'Date',
  customerCode: 'Customer no.',
  customer: 'Customer',
  executive: 'Sales executive',
  line: 'Line',
  sku: 'SKU',
  description: 'Description',
  quantity: 'Quantity',
  unit: 'Unit',
  unitPrice: 'Unit price',
  discount: 'Discount',
  vatRate: 'VAT rate',
  net: 'Net'
}

export const invoiceLineWords: Record<Language, typeof en> = {
  en,
  es: {
    sheet: 'Líneas de factura',
    invoice: 'Factura',
    date: 'Fecha de expedición',
    customerCode: 'N.º de cliente',
    customer: 'Cliente',
    executive: 'Comercial',
    line: 'Línea',
    sku: 'SKU',
    description: 'Descripción',
    quantity: 'Cantidad',
    unit: 'Unidad',
    unitPrice: 'Precio unitario',
    discount: 'Descuento',
    vatRate: 'Tipo de IVA',
    net: 'Base'
  },
  ca: {
    sheet: 'Línies de factura',
    invoice: 'Factura',
    date: 'Data d’expedició',
    customerCode: 'Núm. de client',
    customer: 'Client',
    executive: 'Comercial',
    line: 'Línia',
    sku: 'Codi d’article',
    description: 'Descripció',
    quantity: 'Quantitat',
    unit: 'Unitat',
    unitPrice: 'Preu unitari',
    discount: 'Descompte',
    vatRate: 'Tipus d’IVA',
    net: 'Base'
  },
  hu: {
    sheet: 'Számlatételek',
    invoice: 'Számla',
    date: 'Kiállítás dátuma',
    customerCode: 'Ügyfélkód',
    customer: 'Ügyfél',
    executive: 'Értékesítő',
    line: 'Tétel',
    sku: 'Cikkszám',
    description: 'Megnevezés',
    quantity: 'Mennyiség',
    unit: 'Egység',
    unitPrice: 'Egységár',
    discount: 'Engedmény',
    vatRate: 'ÁFA-kulcs',
    net: 'Nettó'
  },
  ru: {
    sheet: 'Строки счетов',
    invoice: 'Счёт',
    date: 'Дата',
    customerCode: 'Код клиента',
    customer: 'Клиент',
    executive: 'Менеджер',
    line: 'Строка',
    sku: 'Артикул',
    description: 'Наименование',
    quantity: 'Количество',
    unit: 'Ед. изм.',
    unitPrice: 'Цена за ед.',
    discount: 'Скидка',
    vatRate: 'Ставка НДС',
    net: 'Без НДС'
  }
}
