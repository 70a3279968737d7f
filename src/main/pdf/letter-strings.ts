/**
 * Labels of the letters printed from the receivables (statement of account, payment reminders)
 * and the fixed sentences of documents (default payment instructions), in the customer's document
 * language. Same shape as the document labels (./strings.ts); the terms are those of docs/glossary.md.
 */
import type { Language } from '../../shared/languages'
import { fillLabel, printedWords } from './strings'

export const letterLabels = {
  statement: {
    en: 'Statement of account',
    es: 'Extracto de cuenta',
    ca: 'Extracte de compte',
    hu: 'Folyószámla-kivonat',
    ru: 'Акт сверки взаиморасчётов'
  },
  customer: printedWords.customer,
  period: { en: 'Period', es: 'Periodo', ca: 'Període', hu: 'Időszak', ru: 'Период' },
  upTo: { en: 'up to {date}', es: 'hasta el {date}', ca: 'fins al {date}', hu: '{date}-ig', ru: 'по {date}' },
  reference: { en: 'Reference', es: 'Referencia', ca: 'Referència', hu: 'Hivatkozás', ru: 'Документ' },
  details: { en: 'Details', es: 'Concepto', ca: 'Concepte', hu: 'Megnevezés', ru: 'Содержание' },
  debit: { en: 'Debit', es: 'Debe', ca: 'Deure', hu: 'Tartozik', ru: 'Дебет' },
  credit: { en: 'Credit', es: 'Haber', ca: 'Haver', hu: 'Követel', ru: 'Кредит' },
  balance: { en: 'Balance', es: 'Saldo', ca: 'Saldo', hu: 'Egyenleg', ru: 'Сальдо' },
  openingBalance: {
    en: 'Opening balance',
    es: 'Saldo inicial',
    ca: 'Saldo inicial',
    hu: 'Nyitó egyenleg',
    ru: 'Сальдо на начало периода'
  },
  openingBalanceIn: {
    en: 'Opening balance ({currency})',
    es: 'Saldo inicial ({currency})',
    ca: 'Saldo inicial ({currency})',
    hu: 'Nyitó egyenleg ({currency})',
    ru: 'Сальдо на начало периода ({currency})'
  },
  noEntries: {
    en: 'No entries',
    es: 'Sin movimientos',
    ca: 'Sense moviments',
    hu: 'Nincs tétel',
    ru: 'Операций нет'
  },
  balanceDueIn: {
    en: 'Balance due ({currency})',
    es: 'Saldo pendiente ({currency})',
    ca: 'Saldo pendent ({currency})',
    hu: 'Fizetendő egyenleg ({currency})',
    ru: 'Задолженность ({currency})'
  },
  invoicedAndDebited: {
    en: 'Invoiced and debited ({currency})',
    es: 'Facturado y cargado ({currency})',
    ca: 'Facturat i carregat ({currency})',
    hu: 'Számlázva és terhelve ({currency})',
    ru: 'Начислено ({currency})'
  },
  paymentsReturned: {
    en: 'Payments returned ({currency})',
    es: 'Cobros devueltos ({currency})',
    ca: 'Cobraments retornats ({currency})',
    hu: 'Visszautalt befizetések ({currency})',
    ru: 'Возвращённые платежи ({currency})'
  },
  creditedAndPaid: {
    en: 'Credited and paid ({currency})',
    es: 'Abonado y cobrado ({currency})',
    ca: 'Abonat i cobrat ({currency})',
    hu: 'Jóváírva és befizetve ({currency})',
    ru: 'Оплачено и скорректировано ({currency})'
  },
  closingBalance: {
    en: 'Closing balance ({currency})',
    es: 'Saldo final ({currency})',
    ca: 'Saldo final ({currency})',
    hu: 'Záró egyenleg ({currency})',
    ru: 'Сальдо на конец периода ({currency})'
  },
  overdueOn: {
    en: 'Of which overdue on {date}',
    es: 'De ello, vencido a {date}',
    ca: "D'això, vençut a {date}",
    hu: 'Ebből {date}-án lejárt',
    ru: 'В том числе просрочено на {date}'
  },
  entryInvoice: printedWords.invoice,
  entryOpeningBalance: {
    en: 'Invoice open at the start (previous system)',
    es: 'Factura pendiente al inicio (sistema anterior)',
    ca: 'Factura pendent a l’inici (sistema anterior)',
    hu: 'Nyitó tétel: nyitott számla (korábbi rendszer)',
    ru: 'Счёт, открытый на начало (прежняя система)'
  },
  entryCreditNote: printedWords.creditNote,
  entryCreditNoteFor: {
    en: 'Credit note for {number}',
    es: 'Factura rectificativa de {number}',
    ca: 'Factura rectificativa de {number}',
    hu: 'Helyesbítő számla ({number})',
    ru: 'Кредит-нота к {number}'
  },
  entryDebitNote: printedWords.debitNote,
  entryDebitNoteFor: {
    en: 'Debit note for {number}',
    es: 'Nota de cargo de {number}',
    ca: 'Nota de càrrec de {number}',
    hu: 'Terhelési értesítő ({number})',
    ru: 'Дебет-нота к {number}'
  },
  entryPayment: {
    en: 'Payment, {method}',
    es: 'Cobro, {method}',
    ca: 'Cobrament, {method}',
    hu: 'Befizetés, {method}',
    ru: 'Оплата, {method}'
  },
  paymentNumber: {
    en: 'Payment {id}',
    es: 'Cobro {id}',
    ca: 'Cobrament {id}',
    hu: 'Befizetés {id}',
    ru: 'Платёж {id}'
  },
  entryReturned: {
    en: 'Returned: {reason}',
    es: 'Devuelto: {reason}',
    ca: 'Retornat: {reason}',
    hu: 'Visszautalva: {reason}',
    ru: 'Возврат: {reason}'
  },
  entryDue: {
    en: '{details}, due {date}',
    es: '{details}, vence el {date}',
    ca: '{details}, venç el {date}',
    hu: '{details}, esedékes: {date}',
    ru: '{details}, срок оплаты {date}'
  },
  method_bank_transfer: {
    en: 'bank transfer',
    es: 'transferencia bancaria',
    ca: 'transferència bancària',
    hu: 'átutalás',
    ru: 'банковский перевод'
  },
  method_card: { en: 'card', es: 'tarjeta', ca: 'targeta', hu: 'bankkártya', ru: 'банковская карта' },
  method_direct_debit: {
    en: 'direct debit',
    es: 'domiciliación bancaria',
    ca: 'domiciliació bancària',
    hu: 'csoportos beszedés',
    ru: 'прямое списание'
  },
  reason_insufficient_funds: {
    en: 'Insufficient funds',
    es: 'saldo insuficiente',
    ca: 'saldo insuficient',
    hu: 'fedezethiány',
    ru: 'недостаточно средств'
  },
  reason_mandate_cancelled: {
    en: 'Mandate cancelled',
    es: 'orden de domiciliación anulada',
    ca: 'ordre de domiciliació anul·lada',
    hu: 'felhatalmazás visszavonva',
    ru: 'мандат отозван'
  },
  reason_disputed_card_charge: {
    en: 'Disputed card charge',
    es: 'cargo en tarjeta impugnado',
    ca: 'càrrec en targeta impugnat',
    hu: 'vitatott kártyaterhelés',
    ru: 'оспоренное списание с карты'
  },
  reason_wrong_account: {
    en: 'Wrong account',
    es: 'cuenta errónea',
    ca: 'compte erroni',
    hu: 'hibás számlaszám',
    ru: 'неверный счёт'
  },
  reason_account_closed: {
    en: 'Account closed',
    es: 'cuenta cancelada',
    ca: 'compte cancel·lat',
    hu: 'megszűnt számla',
    ru: 'счёт закрыт'
  },
  reason_other: { en: 'Other', es: 'otro motivo', ca: 'altre motiu', hu: 'egyéb ok', ru: 'другая причина' },
  payment: { en: 'Payment', es: 'Pago', ca: 'Pagament', hu: 'Fizetés', ru: 'Оплата' },
  howToPay: {
    en: 'How to pay',
    es: 'Forma de pago',
    ca: 'Forma de pagament',
    hu: 'Fizetési mód',
    ru: 'Порядок оплаты'
  },
  payToIban: {
    en: 'Please pay by bank transfer to {company}, IBAN {iban}, quoting your customer number and the invoice numbers.',
    es: 'Le rogamos que pague por transferencia bancaria a {company}, IBAN {iban}, indicando su número de cliente y los números de factura.',
    ca: 'Us preguem que pagueu per transferència bancària a {company}, IBAN {iban}, indicant el vostre número de client i els números de factura.',
    hu: 'Kérjük, fizessen átutalással a(z) {company} részére, IBAN: {iban}, a közleményben feltüntetve ügyfélszámát és a számlák sorszámát.',
    ru: 'Просим оплатить банковским переводом на счёт {company}, IBAN {iban}, указав в назначении платежа ваш номер клиента и номера счетов.'
  },
  payToIbanBic: {
    en: 'Please pay by bank transfer to {company}, IBAN {iban} (BIC {bic}), quoting your customer number and the invoice numbers.',
    es: 'Le rogamos que pague por transferencia bancaria a {company}, IBAN {iban} (BIC {bic}), indicando su número de cliente y los números de factura.',
    ca: 'Us preguem que pagueu per transferència bancària a {company}, IBAN {iban} (BIC {bic}), indicant el vostre número de client i els números de factura.',
    hu: 'Kérjük, fizessen átutalással a(z) {company} részére, IBAN: {iban} (BIC: {bic}), a közleményben feltüntetve ügyfélszámát és a számlák sorszámát.',
    ru: 'Просим оплатить банковским переводом на счёт {company}, IBAN {iban} (BIC {bic}), указав в назначении платежа ваш номер клиента и номера счетов.'
  },
  to: { en: 'To', es: 'Destinatario', ca: 'Destinatari', hu: 'Címzett', ru: 'Кому' },
  reminder: {
    en: 'Reminder',
    es: 'Recordatorio',
    ca: 'Recordatori',
    hu: 'Felszólítás',
    ru: 'Напоминание'
  },
  level: {
    en: 'Level {level}',
    es: 'Nivel {level}',
    ca: 'Nivell {level}',
    hu: '{level}. fokozat',
    ru: 'Уровень {level}'
  },
  reminderNo: {
    en: 'Reminder no.',
    es: 'N.º de recordatorio',
    ca: 'Núm. de recordatori',
    hu: 'Felszólítás sorszáma',
    ru: 'Номер напоминания'
  },
  levelColumn: { en: 'Level', es: 'Nivel', ca: 'Nivell', hu: 'Fokozat', ru: 'Уровень' },
  amountOverdue: {
    en: 'Amount overdue',
    es: 'Importe vencido',
    ca: 'Import vençut',
    hu: 'Lejárt tartozás',
    ru: 'Просроченная сумма'
  },
  document: { en: 'Document', es: 'Documento', ca: 'Document', hu: 'Bizonylat', ru: 'Документ' },
  due: { en: 'Due', es: 'Vencimiento', ca: 'Venciment', hu: 'Határidő', ru: 'Срок оплаты' },
  daysOverdue: {
    en: 'Days overdue',
    es: 'Días de retraso',
    ca: 'Dies de retard',
    hu: 'Késés (nap)',
    ru: 'Дней просрочки'
  },
  amount: { en: 'Amount', es: 'Importe', ca: 'Import', hu: 'Összeg', ru: 'Сумма' },
  stillOwed: {
    en: 'Still owed',
    es: 'Pendiente',
    ca: 'Pendent',
    hu: 'Fennálló tartozás',
    ru: 'Остаток долга'
  },
  totalOverdue: {
    en: 'Total overdue ({currency})',
    es: 'Total vencido ({currency})',
    ca: 'Total vençut ({currency})',
    hu: 'Lejárt összesen ({currency})',
    ru: 'Итого просрочено ({currency})'
  },
  // The one line of a credit note that credits an invoice's open freight and charges (credit-remainder.ts).
  remainderLine: {
    en: 'Freight and charges of invoice {number}',
    es: 'Portes y cargos de la factura {number}',
    ca: 'Ports i càrrecs de la factura {number}',
    hu: 'A(z) {number} számla fuvardíja és egyéb díjai',
    ru: 'Доставка и прочие начисления по счёту {number}'
  },
  // Default payment instructions frozen on an invoice at issue (the user may type their own).
  instructionsIban: {
    en: 'Please pay by bank transfer to IBAN {iban}, quoting {number}.',
    es: 'Le rogamos que pague por transferencia bancaria al IBAN {iban}, indicando {number}.',
    ca: "Us preguem que pagueu per transferència bancària a l'IBAN {iban}, indicant {number}.",
    hu: 'Kérjük, fizessen átutalással a(z) {iban} számlaszámra, a közleményben: {number}.',
    ru: 'Просим оплатить банковским переводом на IBAN {iban}, указав {number}.'
  },
  instructionsIbanBic: {
    en: 'Please pay by bank transfer to IBAN {iban} (BIC {bic}), quoting {number}.',
    es: 'Le rogamos que pague por transferencia bancaria al IBAN {iban} (BIC {bic}), indicando {number}.',
    ca: "Us preguem que pagueu per transferència bancària a l'IBAN {iban} (BIC {bic}), indicant {number}.",
    hu: 'Kérjük, fizessen átutalással a(z) {iban} számlaszámra (BIC: {bic}), a közleményben: {number}.',
    ru: 'Просим оплатить банковским переводом на IBAN {iban} (BIC {bic}), указав {number}.'
  },
  instructionsTransfer: {
    en: 'Please pay by bank transfer, quoting {number}.',
    es: 'Le rogamos que pague por transferencia bancaria, indicando {number}.',
    ca: 'Us preguem que pagueu per transferència bancària, indicant {number}.',
    hu: 'Kérjük, fizessen átutalással, a közleményben: {number}.',
    ru: 'Просим оплатить банковским переводом, указав {number}.'
  },
  instructionsDirectDebit: {
    en: 'The amount will be collected by direct debit from your account on the due date.',
    es: 'El importe se cargará en su cuenta por domiciliación bancaria en la fecha de vencimiento.',
    ca: "L'import es carregarà al vostre compte per domiciliació bancària en la data de venciment.",
    hu: 'Az összeget a fizetési határidő napján csoportos beszedéssel terheljük a számláján.',
    ru: 'Сумма будет списана с вашего счёта прямым списанием в срок оплаты.'
  },
  instructionsDirectDebitMandate: {
    en: 'The amount will be collected by direct debit on the due date from your account {iban}, under mandate {mandate}.',
    es: 'El importe se cargará en la fecha de vencimiento en su cuenta {iban}, según la orden de domiciliación {mandate}.',
    ca: "L'import es carregarà en la data de venciment al vostre compte {iban}, segons l'ordre de domiciliació {mandate}.",
    hu: 'Az összeget a fizetési határidő napján csoportos beszedéssel terheljük a(z) {iban} számláján, a(z) {mandate} felhatalmazás alapján.',
    ru: 'Сумма будет списана в срок оплаты с вашего счёта {iban} по мандату {mandate}.'
  },
  instructionsDirectDebitMandateSigned: {
    en: 'The amount will be collected by direct debit on the due date from your account {iban}, under mandate {mandate} signed on {date}.',
    es: 'El importe se cargará en la fecha de vencimiento en su cuenta {iban}, según la orden de domiciliación {mandate} firmada el {date}.',
    ca: "L'import es carregarà en la data de venciment al vostre compte {iban}, segons l'ordre de domiciliació {mandate} signada el {date}.",
    hu: 'Az összeget a fizetési határidő napján csoportos beszedéssel terheljük a(z) {iban} számláján, a(z) {date} napján aláírt {mandate} felhatalmazás alapján.',
    ru: 'Сумма будет списана в срок оплаты с вашего счёта {iban} по мандату {mandate} от {date}.'
  },
  instructionsCard: {
    en: 'Payment by card.',
    es: 'Pago con tarjeta.',
    ca: 'Pagament amb targeta.',
    hu: 'Fizetés bankkártyával.',
    ru: 'Оплата банковской картой.'
  },
  instructionsCardEnding: {
    en: 'Payment by card ({brand} ending {last4}).',
    es: 'Pago con tarjeta ({brand} terminada en {last4}).',
    ca: 'Pagament amb targeta ({brand} acabada en {last4}).',
    hu: 'Fizetés bankkártyával ({brand}, végződés: {last4}).',
    ru: 'Оплата банковской картой ({brand}, последние цифры {last4}).'
  }
} as const satisfies Record<string, Record<Language, string>>

export type LetterLabel = keyof typeof letterLabels

/** A letter label in the language, with its {placeholders} filled in. */
export function letterLabel(
  language: Language,
  key: LetterLabel,
  values: Record<string, string | number> = {}
): string {
  return fillLabel(letterLabels[key][language], values)
}

/** The translator for one language, as the builders pass it around. */
export const letterTranslator =
  (language: Language) =>
  (key: LetterLabel, values?: Record<string, string | number>): string =>
    letterLabel(language, key, values)
