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
    categories: {
      S: 'standard rate',
      Z: 'zero rated',
      E: 'exempt',
      AE: 'reverse charge',
      K: 'intra-community supply',
      G: 'export outside the EU',
      O: 'not subject to VAT'
    },
    problems: {
      noLines: 'The document has no lines.',
      sellerName: "The company's legal name is missing (Settings → Company).",
      sellerCountry: "The company's country is missing (Settings → Company).",
      sellerVatId: "The company's VAT number is missing (Settings → Company).",
      buyerName: "The customer's name is missing.",
      buyerCountry: "The customer's billing country is missing.",
      buyerVatId: "Lines under {{category}} need the customer's VAT number.",
      supplyDate: 'An intra-community supply needs the date of supply.',
      deliverTo: 'An intra-community supply needs the country it was delivered to.',
      exemptionReason: 'Lines under {{category}} need the reason for the exemption.',
      notSubjectMixed: 'Lines not subject to VAT cannot share a document with taxed lines.',
      iban: "The company's IBAN is missing (Settings → Company).",
      dueDate: 'An amount is due: give a due date or payment terms.',
      preceding: 'A credit or debit note names the invoice it corrects.'
    },
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
    categories: {
      S: 'tipo general',
      Z: 'tipo cero',
      E: 'exento',
      AE: 'inversión del sujeto pasivo',
      K: 'entrega intracomunitaria',
      G: 'exportación fuera de la UE',
      O: 'no sujeto a IVA'
    },
    problems: {
      noLines: 'El documento no tiene líneas.',
      sellerName: 'Falta la razón social de la empresa (Ajustes → Empresa).',
      sellerCountry: 'Falta el país de la empresa (Ajustes → Empresa).',
      sellerVatId: 'Falta el NIF-IVA de la empresa (Ajustes → Empresa).',
      buyerName: 'Falta el nombre del cliente.',
      buyerCountry: 'Falta el país de facturación del cliente.',
      buyerVatId: 'Las líneas con {{category}} necesitan el NIF-IVA del cliente.',
      supplyDate: 'Una entrega intracomunitaria necesita la fecha de entrega.',
      deliverTo: 'Una entrega intracomunitaria necesita el país de destino.',
      exemptionReason: 'Las líneas con {{category}} necesitan la causa de exención.',
      notSubjectMixed: 'Las líneas no sujetas a IVA no pueden ir en el mismo documento que líneas gravadas.',
      iban: 'Falta el IBAN de la empresa (Ajustes → Empresa).',
      dueDate: 'Hay un importe pendiente: indique un vencimiento o unas condiciones de pago.',
      preceding: 'Una factura rectificativa o nota de cargo indica la factura que corrige.'
    },
    types: {
      all: 'Facturas, rectificativas y notas de cargo',
      invoice: 'Facturas',
      credit_note: 'Facturas rectificativas',
      debit_note: 'Notas de cargo'
    }
  }
}

export const einvoiceStrings: Translations<typeof en> = { en, es }
