/**
 * Labels printed on documents, in the document's language (frozen at issue). A plain table
 * keyed by label, one column per language of src/shared/languages.ts (the type requires every one).
 * `{name}` marks a value filled in at print time.
 */

import type { Language } from '../../shared/languages'

/**
 * Labels that more than one printed paper shows for the same thing (an invoice, its corrections, the
 * customer, the date, the page count), written once so that the documents (below), the letters
 * (./letter-strings.ts), the weekly report (figures/report-strings.ts) and the day sheet
 * (schedule/day-sheet-strings.ts) say it alike. Each paper's table takes them under its own key
 * (`entryInvoice: printedWords.invoice`); the terms are those of docs/glossary.md.
 */
export const printedWords = {
  invoice: { en: 'Invoice', es: 'Factura', ca: 'Factura', hu: 'Számla', ru: 'Счёт' },
  /** A credit note named in a list or a statement; a credit note's own title says more (`credit_note`). */
  creditNote: {
    en: 'Credit note',
    es: 'Factura rectificativa',
    ca: 'Factura rectificativa',
    hu: 'Helyesbítő számla',
    ru: 'Кредит-нота'
  },
  debitNote: {
    en: 'Debit note',
    es: 'Nota de cargo',
    ca: 'Nota de càrrec',
    hu: 'Terhelési értesítő',
    ru: 'Дебет-нота'
  },
  correctsInvoice: {
    en: 'Corrects invoice',
    es: 'Rectifica la factura',
    ca: 'Rectifica la factura',
    hu: 'Helyesbített számla',
    ru: 'Корректирует счёт'
  },
  customer: { en: 'Customer', es: 'Cliente', ca: 'Client', hu: 'Ügyfél', ru: 'Клиент' },
  date: { en: 'Date', es: 'Fecha', ca: 'Data', hu: 'Kelt', ru: 'Дата' },
  validUntil: {
    en: 'Valid until',
    es: 'Válido hasta',
    ca: 'Vàlid fins al',
    hu: 'Érvényes',
    ru: 'Действительно до'
  },
  /** "Page 2 of 3" at the foot of a page. */
  pageOfPages: {
    en: 'Page {page} of {pages}',
    es: 'Página {page} de {pages}',
    ca: 'Pàgina {page} de {pages}',
    hu: '{page}. oldal / {pages}',
    ru: 'Страница {page} из {pages}'
  }
} as const satisfies Record<string, Record<Language, string>>

/** The labels of the documents themselves: estimates, orders, invoices, notes, delivery notes. */
export const documentLabels = {
  estimate: {
    en: 'Estimate',
    es: 'Presupuesto',
    ca: 'Pressupost',
    hu: 'Árajánlat',
    ru: 'Коммерческое предложение'
  },
  order: {
    en: 'Order confirmation',
    es: 'Confirmación de pedido',
    ca: 'Confirmació de comanda',
    hu: 'Rendelés-visszaigazolás',
    ru: 'Подтверждение заказа'
  },
  invoice: printedWords.invoice,
  credit_note: {
    en: 'Credit note',
    es: 'Factura rectificativa (abono)',
    ca: 'Factura rectificativa (abonament)',
    hu: 'Helyesbítő számla',
    ru: 'Кредит-нота (корректировочный счёт)'
  },
  debit_note: printedWords.debitNote,
  deliveryNote: {
    en: 'Delivery note',
    es: 'Albarán',
    ca: 'Albarà',
    hu: 'Szállítólevél',
    ru: 'Товарная накладная'
  },
  draftSuffix: {
    en: '{title} (draft)',
    es: '{title} (borrador)',
    ca: '{title} (esborrany)',
    hu: '{title} (piszkozat)',
    ru: '{title} (черновик)'
  },
  draftNumber: {
    en: 'Draft — not valid as a document',
    es: 'Borrador — sin validez como documento',
    ca: 'Esborrany — sense validesa com a document',
    hu: 'Piszkozat — bizonylatként nem érvényes',
    ru: 'Черновик — не является документом'
  },
  date: printedWords.date,
  notIssued: {
    en: 'not issued yet',
    es: 'aún no emitido',
    ca: 'encara no emès',
    hu: 'még nincs kiállítva',
    ru: 'ещё не выставлен'
  },
  validUntil: printedWords.validUntil,
  promisedDelivery: {
    en: 'Promised delivery',
    es: 'Entrega prevista',
    ca: 'Lliurament previst',
    hu: 'Vállalt szállítási dátum',
    ru: 'Срок поставки'
  },
  dueDate: { en: 'Due date', es: 'Vencimiento', ca: 'Venciment', hu: 'Fizetési határidő', ru: 'Срок оплаты' },
  supplyDate: {
    en: 'Date of supply',
    es: 'Fecha de la operación',
    ca: 'Data de l’operació',
    hu: 'Teljesítés dátuma',
    ru: 'Дата отгрузки'
  },
  supplyPeriod: {
    en: 'Period of supply',
    es: 'Periodo de la operación',
    ca: 'Període de l’operació',
    hu: 'Teljesítési időszak',
    ru: 'Период поставки'
  },
  customerNo: {
    en: 'Customer no.',
    es: 'N.º de cliente',
    ca: 'Núm. de client',
    hu: 'Vevőkód',
    ru: 'Код клиента'
  },
  ourOrder: {
    en: 'Our order',
    es: 'Nuestro pedido',
    ca: 'La nostra comanda',
    hu: 'Megrendelésünk',
    ru: 'Наш заказ'
  },
  ourEstimate: {
    en: 'Our estimate',
    es: 'Nuestro presupuesto',
    ca: 'El nostre pressupost',
    hu: 'Árajánlatunk',
    ru: 'Наше КП'
  },
  yourReference: {
    en: 'Your reference',
    es: 'Su referencia',
    ca: 'La vostra referència',
    hu: 'Az Ön hivatkozása',
    ru: 'Ваша ссылка'
  },
  yourOrder: {
    en: 'Your order',
    es: 'Su pedido',
    ca: 'La vostra comanda',
    hu: 'Az Ön megrendelése',
    ru: 'Ваш заказ'
  },
  correctsInvoice: printedWords.correctsInvoice,
  correctedInvoiceDate: {
    en: 'Invoice date',
    es: 'Fecha de la factura',
    ca: 'Data de la factura',
    hu: 'A számla kelte',
    ru: 'Дата счёта'
  },
  replaces: { en: 'Replaces', es: 'Sustituye a', ca: 'Substitueix', hu: 'Helyettesíti', ru: 'Заменяет' },
  yourContact: {
    en: 'Your contact',
    es: 'Su contacto',
    ca: 'La vostra persona de contacte',
    hu: 'Kapcsolattartója',
    ru: 'Ваш менеджер'
  },
  payment: {
    en: 'Payment',
    es: 'Forma de pago',
    ca: 'Forma de pagament',
    hu: 'Fizetési mód',
    ru: 'Способ оплаты'
  },
  bank_transfer: {
    en: 'Bank transfer',
    es: 'Transferencia bancaria',
    ca: 'Transferència bancària',
    hu: 'Átutalás',
    ru: 'Банковский перевод'
  },
  card: { en: 'Card', es: 'Tarjeta', ca: 'Targeta', hu: 'Bankkártya', ru: 'Банковская карта' },
  direct_debit: {
    en: 'Direct debit',
    es: 'Domiciliación bancaria',
    ca: 'Domiciliació bancària',
    hu: 'Csoportos beszedés',
    ru: 'Прямое списание'
  },
  preparedFor: {
    en: 'Prepared for',
    es: 'Preparado para',
    ca: 'Preparat per a',
    hu: 'Címzett',
    ru: 'Подготовлено для'
  },
  billTo: { en: 'Bill to', es: 'Facturar a', ca: 'Facturar a', hu: 'Vevő', ru: 'Покупатель' },
  deliverTo: {
    en: 'Deliver to',
    es: 'Entregar en',
    ca: 'Lliurar a',
    hu: 'Szállítási cím',
    ru: 'Грузополучатель'
  },
  from: { en: 'From', es: 'Emisor', ca: 'Emissor', hu: 'Eladó', ru: 'Поставщик' },
  taxId: { en: 'Tax id: {id}', es: 'NIF: {id}', ca: 'NIF: {id}', hu: 'Adószám: {id}', ru: 'ИНН: {id}' },
  vatId: {
    en: 'VAT id: {id}',
    es: 'NIF-IVA: {id}',
    ca: 'NIF-IVA: {id}',
    hu: 'Közösségi adószám: {id}',
    ru: 'НДС-номер: {id}'
  },
  description: {
    en: 'Description',
    es: 'Descripción',
    ca: 'Descripció',
    hu: 'Megnevezés',
    ru: 'Наименование'
  },
  qty: { en: 'Qty', es: 'Cant.', ca: 'Quant.', hu: 'Menny.', ru: 'Кол-во' },
  unit: { en: 'Unit', es: 'Ud.', ca: 'Unitat', hu: 'Egys.', ru: 'Ед.' },
  unitPrice: { en: 'Unit price', es: 'Precio', ca: 'Preu', hu: 'Egységár', ru: 'Цена' },
  discount: { en: 'Disc.', es: 'Dto.', ca: 'Dte.', hu: 'Kedv.', ru: 'Скидка' },
  vat: { en: 'VAT', es: 'IVA', ca: 'IVA', hu: 'ÁFA', ru: 'НДС' },
  net: { en: 'Net', es: 'Importe', ca: 'Import', hu: 'Nettó', ru: 'Сумма' },
  ordered: { en: 'Ordered', es: 'Pedido', ca: 'Demanat', hu: 'Megrendelve', ru: 'Заказано' },
  delivered: { en: 'Delivered', es: 'Entregado', ca: 'Lliurat', hu: 'Szállítva', ru: 'Отгружено' },
  deliveryDate: {
    en: 'Delivery date',
    es: 'Fecha de entrega',
    ca: 'Data de lliurament',
    hu: 'Szállítás dátuma',
    ru: 'Дата отгрузки'
  },
  orderDate: {
    en: 'Order date',
    es: 'Fecha del pedido',
    ca: 'Data de la comanda',
    hu: 'Megrendelés dátuma',
    ru: 'Дата заказа'
  },
  lineDelivery: {
    en: 'Delivery: {date}',
    es: 'Entrega: {date}',
    ca: 'Lliurament: {date}',
    hu: 'Szállítás: {date}',
    ru: 'Поставка: {date}'
  },
  perBase: {
    en: 'per {quantity}',
    es: 'por {quantity}',
    ca: 'per {quantity}',
    hu: '/ {quantity}',
    ru: 'за {quantity}'
  },
  grossPrice: {
    en: 'List price {price} less {discount}',
    es: 'Precio de lista {price} menos {discount}',
    ca: 'Preu de llista {price} menys {discount}',
    hu: 'Listaár {price}, kedvezmény {discount}',
    ru: 'Цена по прайсу {price} минус {discount}'
  },
  lineAllowance: {
    en: 'Allowance {amount}',
    es: 'Descuento {amount}',
    ca: 'Descompte {amount}',
    hu: 'Engedmény {amount}',
    ru: 'Скидка {amount}'
  },
  lineCharge: {
    en: 'Charge {amount}',
    es: 'Recargo {amount}',
    ca: 'Recàrrec {amount}',
    hu: 'Felár {amount}',
    ru: 'Надбавка {amount}'
  },
  lineNetTotal: {
    en: 'Sum of lines ({currency})',
    es: 'Suma de líneas ({currency})',
    ca: 'Suma de línies ({currency})',
    hu: 'Tételek összege ({currency})',
    ru: 'Сумма строк ({currency})'
  },
  allowance: {
    en: 'Less: {reason}',
    es: 'Descuento: {reason}',
    ca: 'Descompte: {reason}',
    hu: 'Engedmény: {reason}',
    ru: 'Скидка: {reason}'
  },
  charge: {
    en: 'Plus: {reason}',
    es: 'Recargo: {reason}',
    ca: 'Recàrrec: {reason}',
    hu: 'Felár: {reason}',
    ru: 'Надбавка: {reason}'
  },
  netTotal: {
    en: 'Net ({currency})',
    es: 'Base imponible ({currency})',
    ca: 'Base imposable ({currency})',
    hu: 'Nettó összesen ({currency})',
    ru: 'Итого без НДС ({currency})'
  },
  vatRow: {
    en: 'VAT {category} {rate} on {base}',
    es: 'IVA {category} {rate} sobre {base}',
    ca: 'IVA {category} {rate} sobre {base}',
    hu: 'ÁFA {category} {rate}, alap: {base}',
    ru: 'НДС {category} {rate} с {base}'
  },
  total: {
    en: 'Total ({currency})',
    es: 'Total ({currency})',
    ca: 'Total ({currency})',
    hu: 'Bruttó végösszeg ({currency})',
    ru: 'Всего к оплате ({currency})'
  },
  prepaid: { en: 'Paid in advance', es: 'Anticipos', ca: 'Bestretes', hu: 'Előleg', ru: 'Аванс' },
  rounding: { en: 'Rounding', es: 'Redondeo', ca: 'Arrodoniment', hu: 'Kerekítés', ru: 'Округление' },
  amountDue: {
    en: 'Amount due ({currency})',
    es: 'Importe a pagar ({currency})',
    ca: 'Import a pagar ({currency})',
    hu: 'Fizetendő ({currency})',
    ru: 'К оплате ({currency})'
  },
  paidToDate: {
    en: 'Paid to date',
    es: 'Pagado hasta la fecha',
    ca: 'Pagat fins ara',
    hu: 'Eddig kifizetve',
    ru: 'Оплачено'
  },
  balanceDue: {
    en: 'Balance due ({currency})',
    es: 'Saldo pendiente ({currency})',
    ca: 'Saldo pendent ({currency})',
    hu: 'Fennmaradó tartozás ({currency})',
    ru: 'Остаток к оплате ({currency})'
  },
  exchangeRate: {
    en: 'Exchange rate {date} ({currency} per {accountingCurrency})',
    es: 'Tipo de cambio {date} ({currency} por {accountingCurrency})',
    ca: 'Tipus de canvi {date} ({currency} per {accountingCurrency})',
    hu: 'Árfolyam {date} ({currency} / {accountingCurrency})',
    ru: 'Курс {date} ({currency} за {accountingCurrency})'
  },
  vatInAccountingCurrency: {
    en: 'VAT in {currency}',
    es: 'IVA en {currency}',
    ca: 'IVA en {currency}',
    hu: 'ÁFA {currency} pénznemben',
    ru: 'НДС в {currency}'
  },
  reason: { en: 'Reason', es: 'Motivo', ca: 'Motiu', hu: 'Indok', ru: 'Основание' },
  notes: { en: 'Notes', es: 'Observaciones', ca: 'Observacions', hu: 'Megjegyzések', ru: 'Примечания' },
  terms: { en: 'Terms', es: 'Condiciones', ca: 'Condicions', hu: 'Feltételek', ru: 'Условия' },
  note: { en: 'Note', es: 'Nota', ca: 'Nota', hu: 'Megjegyzés', ru: 'Примечание' },
  vatNotes: { en: 'VAT', es: 'IVA', ca: 'IVA', hu: 'ÁFA', ru: 'НДС' },
  paymentDetails: {
    en: 'Payment details',
    es: 'Datos de pago',
    ca: 'Dades de pagament',
    hu: 'Fizetési adatok',
    ru: 'Платёжные реквизиты'
  },
  iban: {
    en: 'IBAN: {iban}',
    es: 'IBAN: {iban}',
    ca: 'IBAN: {iban}',
    hu: 'IBAN: {iban}',
    ru: 'IBAN: {iban}'
  },
  bic: { en: 'BIC: {bic}', es: 'BIC: {bic}', ca: 'BIC: {bic}', hu: 'BIC: {bic}', ru: 'BIC: {bic}' },
  quoteReference: {
    en: 'Reference to quote: {reference}',
    es: 'Indique la referencia: {reference}',
    ca: 'Indiqueu la referència: {reference}',
    hu: 'Közlemény: {reference}',
    ru: 'В назначении платежа укажите: {reference}'
  },
  page: printedWords.pageOfPages,
  // VAT categories and the wording the law asks for under the breakdown.
  vatCategoryS: {
    en: 'Standard rate',
    es: 'Tipo general',
    ca: 'Tipus general',
    hu: 'Általános adókulcs',
    ru: 'Общая ставка'
  },
  vatCategoryZ: { en: 'Zero rated', es: 'Tipo cero', ca: 'Tipus zero', hu: 'Nulla kulcs', ru: 'Ставка 0 %' },
  vatCategoryE: {
    en: 'Exempt from VAT',
    es: 'Exento de IVA',
    ca: 'Exempt d’IVA',
    hu: 'Adómentes',
    ru: 'Освобождено от НДС'
  },
  vatCategoryAE: {
    en: 'Reverse charge: VAT to be accounted for by the customer (Art. 196 Directive 2006/112/EC)',
    es: 'Inversión del sujeto pasivo: el IVA lo declara el destinatario (art. 196 Directiva 2006/112/CE; art. 84 LIVA)',
    ca: 'Inversió del subjecte passiu: l’IVA el declara el destinatari (art. 196 Directiva 2006/112/CE; art. 84 LIVA)',
    hu: 'Fordított adózás: az áfát a vevő fizeti (2006/112/EK irányelv 196. cikk; Áfa tv. 142. §)',
    ru: 'Обратное начисление: НДС уплачивает покупатель (ст. 196 Директивы 2006/112/ЕС)'
  },
  vatCategoryK: {
    en: 'Intra-community supply exempt from VAT (Art. 138 Directive 2006/112/EC)',
    es: 'Entrega intracomunitaria exenta de IVA (art. 138 Directiva 2006/112/CE; art. 25 LIVA)',
    ca: 'Lliurament intracomunitari exempt d’IVA (art. 138 Directiva 2006/112/CE; art. 25 LIVA)',
    hu: 'Közösségen belüli adómentes termékértékesítés (2006/112/EK irányelv 138. cikk; Áfa tv. 89. §)',
    ru: 'Поставка внутри ЕС, освобождённая от НДС (ст. 138 Директивы 2006/112/ЕС)'
  },
  vatCategoryG: {
    en: 'Export outside the EU exempt from VAT (Art. 146 Directive 2006/112/EC)',
    es: 'Exportación exenta de IVA (art. 146 Directiva 2006/112/CE; art. 21 LIVA)',
    ca: 'Exportació exempta d’IVA (art. 146 Directiva 2006/112/CE; art. 21 LIVA)',
    hu: 'Adómentes termékexport (2006/112/EK irányelv 146. cikk; Áfa tv. 98. §)',
    ru: 'Экспорт за пределы ЕС, освобождённый от НДС (ст. 146 Директивы 2006/112/ЕС)'
  },
  vatCategoryB: {
    en: 'Split payment: VAT paid by the public buyer to the treasury (Art. 17-ter DPR 633/1972)',
    es: 'Pago dividido (split payment): el IVA lo ingresa el comprador público al Tesoro (art. 17-ter DPR 633/1972)',
    ca: 'Pagament dividit (split payment): l’IVA l’ingressa el comprador públic al Tresor (art. 17-ter DPR 633/1972)',
    hu: 'Megosztott fizetés (split payment): az áfát a közintézmény vevő fizeti az államkincstárnak (DPR 633/1972, 17-ter. cikk)',
    ru: 'Раздельная оплата (split payment): НДС уплачивает в казну государственный покупатель (ст. 17-ter DPR 633/1972)'
  },
  vatCategoryO: {
    en: 'Not subject to VAT',
    es: 'Operación no sujeta a IVA',
    ca: 'Operació no subjecta a IVA',
    hu: 'Az áfa hatályán kívüli ügylet',
    ru: 'Не облагается НДС'
  },
  // OSS distance sales (Art. 33 and 59c Directive 2006/112/EC): whose VAT is charged, and why.
  distanceSale: {
    en: 'Distance sale to a consumer in {country}: VAT of {country} charged at the rates of {country} and declared through the One-Stop Shop (OSS) (Art. 33 and 59c Directive 2006/112/EC).',
    es: 'Venta a distancia a un consumidor en {country}: IVA de {country} a los tipos de {country}, declarado en la ventanilla única (OSS) (arts. 33 y 59 quater Directiva 2006/112/CE).',
    ca: 'Venda a distància a un consumidor a {country}: IVA de {country} als tipus de {country}, declarat a la finestreta única (OSS) (arts. 33 i 59 quater Directiva 2006/112/CE).',
    hu: 'Távértékesítés fogyasztó részére, teljesítési hely: {country}. Az áfa {country} szerinti kulccsal, egyablakos ügyintézésben (OSS) kerül bevallásra (2006/112/EK irányelv 33. és 59c. cikk).',
    ru: 'Дистанционная продажа потребителю, место поставки: {country}. НДС страны {country} по её ставкам, декларируется через единое окно (OSS) (ст. 33 и 59c Директивы 2006/112/ЕС).'
  },
  exemptionReason: {
    en: 'Exemption: {text}',
    es: 'Exención: {text}',
    ca: 'Exempció: {text}',
    hu: 'Mentesség: {text}',
    ru: 'Освобождение: {text}'
  },
  // Day sheet and letters that go with documents.
  openInvoices: {
    en: 'Open invoices',
    es: 'Facturas pendientes',
    ca: 'Factures pendents',
    hu: 'Nyitott számlák',
    ru: 'Неоплаченные счета'
  }
} as const satisfies Record<string, Record<Language, string>>

export type DocumentLabel = keyof typeof documentLabels

/** A label in the language, with its {placeholders} filled in. */
export function label(
  language: string,
  key: DocumentLabel,
  values: Record<string, string | number> = {}
): string {
  const row = documentLabels[key] as Record<string, string>
  return fillLabel(row[language] ?? row.en, values)
}

/** A label's {placeholders} filled in (an unknown one stays visible rather than printing nothing). */
export function fillLabel(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** The document language for a print locale ("es-ES" -> "es"); English when Salesdesk does not speak it. */
export { languageOfLocale as documentLanguageFor } from '../../shared/languages'
