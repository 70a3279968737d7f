/**
 * The aged receivables export's words in the five languages (issue 12): sheet names, headings,
 * the aging buckets and the kinds of item, as the Aged receivables and Overdue screens, the
 * document types and the opening-balance import say them. `{name}` marks a value filled in.
 */
import type { Language } from '../../shared/languages'

/** The English words: their keys are the ones every language has (the table is typed by them). */
const agedEnglish = {
  /** Sheet names (Excel allows 31 characters, no []:*?/\). */
  sheetAged: 'Aged receivables',
  sheetOpen: 'Open invoices',
  customerNo: 'Customer no.',
  customer: 'Customer',
  currency: 'Currency',
  buckets: {
    current: 'Current',
    days1to30: '1–30 days',
    days31to60: '31–60 days',
    days61to90: '61–90 days',
    over90: 'Over 90 days'
  },
  totalOpen: 'Total open',
  credit: 'Credit',
  /** The totals row: "As of {date}", "Total {currency}". */
  asOf: 'As of {date}',
  totalOf: 'Total {currency}',
  kind: 'Kind',
  number: 'Number',
  date: 'Date',
  dueDate: 'Due date',
  daysOverdue: 'Days overdue',
  age: 'Age',
  total: 'Total',
  credited: 'Credited',
  paid: 'Paid',
  stillOwed: 'Still owed',
  kinds: { invoice: 'Invoice', debit_note: 'Debit note', opening_balance: 'Opening balance' }
}

export type AgedWords = typeof agedEnglish

export const agedWords: Record<Language, AgedWords> = {
  en: agedEnglish,
  es: {
    sheetAged: 'Antigüedad de saldos',
    sheetOpen: 'Facturas pendientes',
    customerNo: 'N.º de cliente',
    customer: 'Cliente',
    currency: 'Moneda',
    buckets: {
      current: 'Sin vencer',
      days1to30: '1–30 días',
      days31to60: '31–60 días',
      days61to90: '61–90 días',
      over90: 'Más de 90 días'
    },
    totalOpen: 'Total pendiente',
    credit: 'Saldo a favor',
    asOf: 'A fecha de {date}',
    totalOf: 'Total {currency}',
    kind: 'Tipo',
    number: 'Número',
    date: 'Fecha',
    dueDate: 'Vencimiento',
    daysOverdue: 'Días vencido',
    age: 'Tramo',
    total: 'Total',
    credited: 'Abonado',
    paid: 'Cobrado',
    stillOwed: 'Pendiente',
    kinds: { invoice: 'Factura', debit_note: 'Nota de cargo', opening_balance: 'Saldo inicial' }
  },
  ca: {
    sheetAged: 'Antiguitat de saldos',
    sheetOpen: 'Factures pendents',
    customerNo: 'Núm. de client',
    customer: 'Client',
    currency: 'Moneda',
    buckets: {
      current: 'No vençut',
      days1to30: '1–30 dies',
      days31to60: '31–60 dies',
      days61to90: '61–90 dies',
      over90: 'Més de 90 dies'
    },
    totalOpen: 'Total pendent',
    credit: 'Saldo a favor',
    asOf: 'A data de {date}',
    totalOf: 'Total {currency}',
    kind: 'Tipus',
    number: 'Número',
    date: 'Data',
    dueDate: 'Venciment',
    daysOverdue: 'Dies de retard',
    age: 'Tram',
    total: 'Total',
    credited: 'Abonat',
    paid: 'Cobrat',
    stillOwed: 'Pendent',
    kinds: { invoice: 'Factura', debit_note: 'Nota de càrrec', opening_balance: 'Saldo inicial' }
  },
  hu: {
    sheetAged: 'Kintlévőségek korosítása',
    sheetOpen: 'Nyitott számlák',
    customerNo: 'Ügyfélszám',
    customer: 'Ügyfél',
    currency: 'Pénznem',
    buckets: {
      current: 'Nem lejárt',
      days1to30: '1–30 nap',
      days31to60: '31–60 nap',
      days61to90: '61–90 nap',
      over90: '90 napon túl'
    },
    totalOpen: 'Összes nyitott',
    credit: 'Túlfizetés',
    asOf: 'Fordulónap: {date}',
    totalOf: 'Összesen {currency}',
    kind: 'Típus',
    number: 'Sorszám',
    date: 'Kelte',
    dueDate: 'Fizetési határidő',
    daysOverdue: 'Késés (nap)',
    age: 'Korosítási sáv',
    total: 'Végösszeg',
    credited: 'Jóváírva',
    paid: 'Fizetve',
    stillOwed: 'Még fizetendő',
    kinds: { invoice: 'Számla', debit_note: 'Terhelési értesítő', opening_balance: 'Nyitó tétel' }
  },
  ru: {
    sheetAged: 'Старение задолженности',
    sheetOpen: 'Неоплаченные счета',
    customerNo: '№ клиента',
    customer: 'Клиент',
    currency: 'Валюта',
    buckets: {
      current: 'Не просрочено',
      days1to30: '1–30 дней',
      days31to60: '31–60 дней',
      days61to90: '61–90 дней',
      over90: 'Более 90 дней'
    },
    totalOpen: 'Всего к оплате',
    credit: 'Переплата',
    asOf: 'На {date}',
    totalOf: 'Итого {currency}',
    kind: 'Вид',
    number: 'Номер',
    date: 'Дата',
    dueDate: 'Срок оплаты',
    daysOverdue: 'Дней просрочки',
    age: 'Срок просрочки',
    total: 'Итого',
    credited: 'Кредит-ноты',
    paid: 'Оплачено',
    stillOwed: 'Остаток долга',
    kinds: { invoice: 'Счёт', debit_note: 'Дебет-нота', opening_balance: 'Начальный остаток' }
  }
}
