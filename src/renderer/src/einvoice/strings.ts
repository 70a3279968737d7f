/** Strings of the e-invoice pieces (settings, document buttons, checks before issue, period export): the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  einvoice: {
    title: 'E-invoices (EN 16931)',
    intro:
      'Every issued invoice, credit note and debit note can be saved as an e-invoice: UBL (Peppol), CII, or a Factur-X PDF that carries the XML inside.',
    embedInPdf: 'Print invoices as Factur-X PDF (the e-invoice inside the PDF)',
    creditorId: 'SEPA creditor identifier (for direct debit)',
    creditorIdHint: 'Printed on invoices paid by direct debit, e.g. ES12ZZZB12345674.',
    save: 'Save e-invoice settings',
    saved: 'E-invoice settings saved.',
    document: 'E-invoice',
    ubl: 'UBL (Peppol)',
    cii: 'CII',
    facturx: 'Factur-X PDF',
    checksTitle: 'Before issuing: what the e-invoice rules will reject',
    checksNone: 'Ready for an EN 16931 e-invoice.',
    checksLoading: 'Checking the e-invoice rules…',
    rule: 'rule {{rule}}',
    batch: 'E-invoices of a period',
    batchTitle: 'Export the e-invoices of a period',
    batchType: 'Documents',
    batchFrom: 'Issued from',
    batchTo: 'Issued until',
    batchFormat: 'Format',
    batchStart: 'Export as zip',
    batchCancel: 'Cancel',
    batchClose: 'Close',
    batchProgress: '{{done}} of {{total}} documents',
    batchDone: '{{count}} e-invoices saved in {{fileName}}.',
    types: {
      all: 'Invoices, credit and debit notes',
      invoice: 'Invoices',
      credit_note: 'Credit notes',
      debit_note: 'Debit notes'
    }
  }
}

const es: Strings<typeof en> = {
  einvoice: {
    title: 'Facturas electrónicas (EN 16931)',
    intro:
      'Cada factura, factura rectificativa y nota de cargo emitida puede guardarse como factura electrónica: UBL (Peppol), CII o un PDF Factur-X que lleva el XML dentro.',
    embedInPdf: 'Imprimir las facturas como PDF Factur-X (la factura electrónica dentro del PDF)',
    creditorId: 'Identificador de acreedor SEPA (para domiciliaciones)',
    creditorIdHint: 'Se indica en las facturas cobradas por domiciliación, p. ej. ES12ZZZB12345674.',
    save: 'Guardar ajustes de factura electrónica',
    saved: 'Ajustes de factura electrónica guardados.',
    document: 'Factura electrónica',
    ubl: 'UBL (Peppol)',
    cii: 'CII',
    facturx: 'PDF Factur-X',
    checksTitle: 'Antes de emitir: lo que rechazarán las reglas de factura electrónica',
    checksNone: 'Lista para una factura electrónica EN 16931.',
    checksLoading: 'Comprobando las reglas de factura electrónica…',
    rule: 'regla {{rule}}',
    batch: 'Facturas electrónicas de un periodo',
    batchTitle: 'Exportar las facturas electrónicas de un periodo',
    batchType: 'Documentos',
    batchFrom: 'Emitidas desde',
    batchTo: 'Emitidas hasta',
    batchFormat: 'Formato',
    batchStart: 'Exportar en zip',
    batchCancel: 'Cancelar',
    batchClose: 'Cerrar',
    batchProgress: '{{done}} de {{total}} documentos',
    batchDone: '{{count}} facturas electrónicas guardadas en {{fileName}}.',
    types: {
      all: 'Facturas, rectificativas y notas de cargo',
      invoice: 'Facturas',
      credit_note: 'Facturas rectificativas',
      debit_note: 'Notas de cargo'
    }
  }
}

const ca: Strings<typeof en> = {
  einvoice: {
    title: 'Factures electròniques (EN 16931)',
    intro:
      "Cada factura, factura rectificativa i nota de càrrec emesa es pot desar com a factura electrònica: UBL (Peppol), CII o un PDF Factur-X que porta l'XML a dins.",
    embedInPdf: 'Imprimir les factures com a PDF Factur-X (la factura electrònica dins del PDF)',
    creditorId: 'Identificador de creditor SEPA (per a domiciliacions)',
    creditorIdHint: 'Consta a les factures cobrades per domiciliació, p. ex. ES12ZZZB12345674.',
    save: 'Desar la configuració de factura electrònica',
    saved: 'Configuració de factura electrònica desada.',
    document: 'Factura electrònica',
    ubl: 'UBL (Peppol)',
    cii: 'CII',
    facturx: 'PDF Factur-X',
    checksTitle: "Abans d'emetre: el que rebutjaran les regles de factura electrònica",
    checksNone: 'A punt per a una factura electrònica EN 16931.',
    checksLoading: 'Comprovant les regles de factura electrònica…',
    rule: 'regla {{rule}}',
    batch: "Factures electròniques d'un període",
    batchTitle: "Exportar les factures electròniques d'un període",
    batchType: 'Documents',
    batchFrom: 'Emeses des de',
    batchTo: 'Emeses fins a',
    batchFormat: 'Format',
    batchStart: 'Exportar en zip',
    batchCancel: 'Cancel·lar',
    batchClose: 'Tancar',
    batchProgress: '{{done}} de {{total}} documents',
    batchDone: '{{count}} factures electròniques desades a {{fileName}}.',
    types: {
      all: 'Factures, rectificatives i notes de càrrec',
      invoice: 'Factures',
      credit_note: 'Factures rectificatives',
      debit_note: 'Notes de càrrec'
    }
  }
}

const hu: Strings<typeof en> = {
  einvoice: {
    title: 'E-számlák (EN 16931)',
    intro:
      'Minden kiállított számla, helyesbítő számla és terhelési értesítő elmenthető e-számlaként: UBL (Peppol), CII vagy Factur-X PDF, amely az XML-t is tartalmazza.',
    embedInPdf: 'A számlák nyomtatása Factur-X PDF-ként (az e-számla a PDF-ben)',
    creditorId: 'SEPA hitelezőazonosító (csoportos beszedéshez)',
    creditorIdHint: 'A csoportos beszedéssel fizetett számlákon szerepel, pl. ES12ZZZB12345674.',
    save: 'E-számla beállítások mentése',
    saved: 'Az e-számla beállítások mentve.',
    document: 'E-számla',
    ubl: 'UBL (Peppol)',
    cii: 'CII',
    facturx: 'Factur-X PDF',
    checksTitle: 'Kiállítás előtt: amit az e-számla szabályai elutasítanak',
    checksNone: 'Kész egy EN 16931 e-számlához.',
    checksLoading: 'Az e-számla szabályainak ellenőrzése…',
    rule: '{{rule}} szabály',
    batch: 'Egy időszak e-számlái',
    batchTitle: 'Egy időszak e-számláinak exportálása',
    batchType: 'Bizonylatok',
    batchFrom: 'Kiállítva ettől',
    batchTo: 'Kiállítva eddig',
    batchFormat: 'Formátum',
    batchStart: 'Exportálás zip-be',
    batchCancel: 'Mégse',
    batchClose: 'Bezárás',
    batchProgress: '{{done}} / {{total}} bizonylat',
    batchDone: '{{count}} e-számla mentve ide: {{fileName}}.',
    types: {
      all: 'Számlák, helyesbítő számlák és terhelési értesítők',
      invoice: 'Számlák',
      credit_note: 'Helyesbítő számlák',
      debit_note: 'Terhelési értesítők'
    }
  }
}

const ru: Strings<typeof en> = {
  einvoice: {
    title: 'Электронные счета (EN 16931)',
    intro:
      'Каждый выставленный счёт, кредит-ноту и дебет-ноту можно сохранить как электронный счёт: UBL (Peppol), CII или PDF Factur-X с XML внутри.',
    embedInPdf: 'Печатать счета как PDF Factur-X (электронный счёт внутри PDF)',
    creditorId: 'Идентификатор кредитора SEPA (для прямого дебета)',
    creditorIdHint: 'Указывается в счетах, оплачиваемых прямым дебетом, напр. ES12ZZZB12345674.',
    save: 'Сохранить настройки электронных счетов',
    saved: 'Настройки электронных счетов сохранены.',
    document: 'Электронный счёт',
    ubl: 'UBL (Peppol)',
    cii: 'CII',
    facturx: 'PDF Factur-X',
    checksTitle: 'Перед выставлением: что отклонят правила электронного счёта',
    checksNone: 'Готов к выставлению электронного счёта EN 16931.',
    checksLoading: 'Проверка правил электронного счёта…',
    rule: 'правило {{rule}}',
    batch: 'Электронные счета за период',
    batchTitle: 'Экспорт электронных счетов за период',
    batchType: 'Документы',
    batchFrom: 'Выставлены с',
    batchTo: 'Выставлены по',
    batchFormat: 'Формат',
    batchStart: 'Экспорт в zip',
    batchCancel: 'Отмена',
    batchClose: 'Закрыть',
    batchProgress: '{{done}} из {{total}} документов',
    batchDone: 'Электронных счетов сохранено: {{count}}, файл {{fileName}}.',
    types: {
      all: 'Счета, кредит-ноты и дебет-ноты',
      invoice: 'Счета',
      credit_note: 'Кредит-ноты',
      debit_note: 'Дебет-ноты'
    }
  }
}

export const einvoiceStrings: Translations<typeof en> = { en, es, ca, hu, ru }
