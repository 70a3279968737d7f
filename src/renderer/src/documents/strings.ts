/** Strings of the sales document screens (estimates, orders, invoices, credit and debit notes) and the company/document settings: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  documents: {
    count_one: '{{formatted}} document',
    count_other: '{{formatted}} documents',
    searchLabel: 'Search',
    searchPlaceholder: 'Number or customer…',
    filterType: 'Show',
    filterStatus: 'Status',
    filterExecutive: 'Sales executive',
    dateFrom: 'Issued from',
    dateTo: 'Issued until',
    onlyCustomer: 'Only documents of {{name}}.',
    openCustomer: 'Open the customer',
    allCustomers: 'Show all customers',
    noNumber: 'Draft',
    type: {
      estimate: 'Estimate',
      order: 'Order',
      invoice: 'Invoice',
      credit_note: 'Credit note',
      debit_note: 'Debit note'
    },
    typePlural: {
      estimate: 'Estimates',
      order: 'Orders',
      invoice: 'Invoices',
      credit_note: 'Credit notes',
      debit_note: 'Debit notes'
    },
    draftOf: {
      estimate: 'Draft estimate',
      order: 'Draft order',
      invoice: 'Draft invoice',
      credit_note: 'Draft credit note',
      debit_note: 'Draft debit note'
    },
    new: {
      estimate: 'New estimate',
      order: 'New order',
      invoice: 'New invoice',
      credit_note: 'New credit note',
      debit_note: 'New debit note'
    },
    status: {
      draft: 'Draft',
      sent: 'Sent',
      accepted: 'Accepted',
      declined: 'Declined',
      converted: 'Converted to order',
      confirmed: 'Confirmed',
      partially_delivered: 'Partly delivered',
      delivered: 'Delivered',
      cancelled: 'Cancelled',
      issued: 'Issued'
    },
    expired: 'Expired',
    late: 'Late',
    paymentStatus: {
      unpaid: 'Unpaid',
      part_paid: 'Part paid',
      paid: 'Paid',
      overdue: 'Overdue',
      credited: 'Credited'
    },
    filterPayment: 'Payment',
    colPayment: 'Payment',
    colOpen: 'Open',
    openTotals: 'Open in this list: {{amounts}}',
    expiredNotice:
      'This estimate expired on {{date}} without an answer: it can no longer be accepted. Revise it to send a new one.',
    lateNotice: 'This order was promised for {{date}} and is not fully delivered yet.',
    statusReason: {
      declined: 'Declined because',
      cancelled: 'Cancelled because'
    },
    keyDate: {
      estimate: 'Valid until',
      order: 'Promised',
      invoice: 'Due',
      credit_note: 'Due',
      debit_note: 'Due'
    },
    col: {
      number: 'Number',
      issueDate: 'Date',
      customer: 'Customer',
      status: 'Status',
      executive: 'Sales executive',
      total: 'Total'
    },
    details: 'Details',
    customer: 'Customer',
    customerPlaceholder: 'Type a name, code or tax id…',
    noCustomerMatch: 'No customer matches.',
    executive: 'Sales executive',
    issueDate: 'Date',
    issueDateHint: 'Leave empty: the day it is issued.',
    validUntil: 'Valid until',
    validUntilHint: 'Leave empty: {{days}} days after the date.',
    promisedDate: 'Promised delivery',
    dueDate: 'Due date',
    supplyDate: 'Date of supply',
    supplyDateHint: 'Leave empty: the delivery dates of the order, else the invoice date.',
    duePreview: 'Due on {{date}}: the customer pays within {{days}} days.',
    currency: 'Currency',
    paymentMethod: 'Payment method',
    paymentInstructions: 'Payment instructions',
    texts: 'Notes and terms',
    notes: 'Notes',
    terms: 'Terms',
    reason: 'Reason',
    lines: 'Lines',
    addLine: 'Add line',
    addLineHint: 'Alt+N adds a line from anywhere in the document; Ctrl+Delete removes the line you are in',
    noLines: 'No lines yet. Press Alt+N or “Add line”, then type a product name.',
    linesNotCounted_one: '{{count}} line is not counted in the totals until its numbers are complete.',
    linesNotCounted_other: '{{count}} lines are not counted in the totals until their numbers are complete.',
    removeLine: 'Remove line {{number}}',
    removeLineHint: 'Ctrl+Delete in a line removes it',
    productMatches: 'Matching products',
    freeTextLine: 'No product matches: the line is kept as free text.',
    line: {
      description: 'Product or description',
      descriptionPlaceholder: 'Type a product or a description…',
      descriptionOf: 'Line {{number}}: product or description',
      quantity: 'Quantity',
      quantityOf: 'Line {{number}}: quantity',
      unit: 'Unit',
      unitOf: 'Line {{number}}: unit',
      price: 'Unit price',
      priceOf: 'Line {{number}}: unit price',
      discount: 'Discount %',
      discountOf: 'Line {{number}}: discount %',
      vat: 'VAT',
      vatOf: 'Line {{number}}: VAT rate',
      net: 'Net',
      promised: 'Promised',
      promisedOf: 'Line {{number}}: promised delivery',
      promisedHint: 'Only when this line is delivered on another day than the order',
      delivered: 'Delivered',
      invoiced: 'Invoiced',
      credited: 'Credited'
    },
    vatRate: 'VAT rate',
    vatBase: 'Taxable',
    vatAmount: 'VAT',
    net: 'Net',
    vat: 'VAT',
    total: 'Total',
    saveDraft: 'Save draft',
    draftSaved: 'The draft was saved.',
    changedElsewhere:
      'This document was issued or changed elsewhere in the meantime; this is the stored version.',
    draftCreated: 'A new draft was made. Check it and issue it when ready.',
    actions: 'What you can do with this document',
    issueAction: {
      estimate: 'Send estimate',
      order: 'Confirm order',
      invoice: 'Issue invoice',
      credit_note: 'Issue credit note',
      debit_note: 'Issue debit note'
    },
    issueConfirm: {
      estimate:
        'The estimate gets its number and is marked as sent. It can no longer be edited; you can still revise it later.',
      order: 'The order gets its number and is confirmed. It can no longer be edited.',
      invoice:
        'The invoice gets the next invoice number. An issued invoice can never be changed or deleted; mistakes are corrected with a credit note.',
      credit_note:
        'The credit note gets the next number and corrects the invoice for good. It can never be changed or deleted.',
      debit_note:
        'The debit note gets the next number and is added to the invoice for good. It can never be changed or deleted.'
    },
    issued: '{{label}} is issued.',
    accepted: 'The estimate is accepted. You can now turn it into an order or invoice it.',
    action: {
      accept: 'Accepted by the customer',
      decline: 'Declined by the customer',
      duplicate: 'Duplicate',
      revise: 'Revise',
      convertToOrder: 'Turn into an order',
      invoice: 'Make an invoice',
      recordDelivery: 'Record a delivery',
      cancel: 'Cancel order',
      creditNote: 'Credit note',
      debitNote: 'Debit note'
    },
    declineExplain: 'Why did the customer decline? The reason stays with the estimate.',
    cancelExplain: 'Why is the order cancelled? What was delivered stays recorded.',
    creditNoteExplain:
      'Pick the quantities to credit from each invoice line. The credit note is made as a draft for you to check and issue.',
    creditRemainderExplain:
      'Every line of this invoice is credited; its freight, charges or allowances are not. The credit note credits them as they were on the invoice, with one line of 0.00 that names the invoice. It is made as a draft for you to check and issue.',
    debitNoteExplain:
      'Pick the quantities to charge again from each invoice line. The debit note is made as a draft for you to check and issue.',
    creditable: 'Can be credited',
    invoiced: 'Invoiced',
    make: {
      creditNote: 'Make the credit note',
      debitNote: 'Make the debit note'
    },
    deliveryExplain: 'Enter what was delivered on each line; leave a line empty when nothing of it went out.',
    deliveryDate: 'Delivery date',
    deliveryNote: 'Note for the delivery note',
    toDeliver: 'Still to deliver',
    deliveryRecorded: 'The delivery was recorded.',
    invoiceWhat: 'What should the invoice include?',
    invoiceQuantities: {
      delivered: 'Only what has been delivered and not invoiced yet',
      all: 'Everything ordered that is not invoiced yet'
    },
    makeInvoice: 'Make the draft invoice',
    deleteDraft: 'Delete draft',
    deleteConfirm: 'Delete this draft? It has no number yet, so nothing is left behind.',
    deleted: 'The draft was deleted.',
    pdf: {
      preview: 'Preview PDF',
      download: 'Save PDF',
      print: 'Print',
      printHint: 'The PDF opened in a new tab: print it from there with Ctrl+P or the printer button.',
      savedBrowser: 'Saved as {{fileName}} in your browser’s downloads folder (Ctrl+J lists the downloads).',
      savedApp: 'Saved as {{fileName}} in the folder you chose.',
      deliveryNote: 'Delivery note PDF'
    },
    related: 'Linked documents',
    madeFrom: 'Made from',
    corrects: 'Corrects',
    replaces: 'Replaces',
    madeFromThis: 'Made from this document',
    issuedAt: 'Issued',
    deliveries: 'Deliveries',
    customerDocuments: 'Estimates, orders, invoices',
    noneYet: 'None yet.',
    showAll: 'Show all {{count}}'
  },
  vat: {
    category: {
      S: 'Standard rate',
      Z: 'Zero rated',
      E: 'Exempt',
      AE: 'Reverse charge',
      K: 'Intra-EU supply',
      G: 'Export outside the EU',
      O: 'Not subject to VAT',
      B: 'Split payment'
    },
    productCategory: 'VAT category',
    productCategoryHint:
      'Exempt or zero-rated products get 0 %; the exemption reason is given on the document line.',
    treatment: 'VAT treatment',
    treatmentRule: 'Automatic: {{category}}',
    treatmentHint:
      'Automatic: standard VAT in your country, intra-EU supply for EU businesses with a VAT id, export outside the EU. Choose reverse charge, exempt or not subject when that applies.',
    editorTreatment: 'VAT treatment of this customer: {{category}}. New lines get it.',
    applyTreatment: 'Apply to all lines',
    ossApplies:
      'Distance sale to a consumer in {{country}}: such sales came to {{current}} this year and {{previous}} last year, over the EU threshold of {{threshold}}, so the VAT of {{country}} applies (OSS).',
    ossBelow:
      'Distance sale to a consumer in {{country}}: such sales came to {{current}} this year and {{previous}} last year, within the EU threshold of {{threshold}}, so the VAT of {{seller}} applies.',
    ossOption:
      'Distance sale to a consumer in {{country}}: the company charges the VAT of the consumer’s country on all such sales (OSS option, Settings → Company); they came to {{current}} this year and {{previous}} last year, threshold {{threshold}}. The VAT of {{country}} applies.',
    ossCharged: 'VAT charged (OSS)',
    ossChargedValue: 'of {{country}}, not of {{seller}}',
    ossThisYear: 'Distance sales this year, with this one',
    ossLastYear: 'Distance sales last year',
    ossThreshold: 'EU threshold',
    ossThresholdOption: '{{threshold}} (not reached: company’s OSS option)',
    reason: 'VAT exemption reason of line {{number}}',
    reasonCode: 'Reason code',
    reasonCodeOf: 'Line {{number}}: exemption reason code',
    noCode: 'No code',
    reasonText: 'Reason as printed',
    reasonTextOf: 'Line {{number}}: exemption reason as printed',
    reasonTextPlaceholder: 'e.g. Exempt under Article 20 of the VAT law',
    warnForeign:
      'Line {{line}} charges {{rate}} VAT to a business in {{country}}: a supply to an EU business with a VAT id is usually an intra-EU supply (K) or reverse charge (AE).',
    warnRate: 'Line {{line}}: {{rate}} is not a VAT rate of {{country}}.',
    countryRates: 'Use the rates of {{country}}: {{rates}}'
  },
  vatRates: {
    title: 'VAT rates by country',
    intro:
      'New document lines are offered the rates of your company’s country in force on the document’s date. A rate that changes on a date leaves documents already issued as they are.',
    show: 'Country shown',
    row: 'Row',
    allCountries: 'All countries',
    inForce: 'In force today in {{country}}: {{rates}}',
    noneInForce: 'No rate of {{country}} is in force today.',
    country: 'Country',
    kind: 'Kind',
    rate: 'Rate (%)',
    validFrom: 'From',
    validTo: 'Until',
    actions: 'Actions',
    cell: 'Row {{row}}: {{field}}',
    remove: 'Remove row {{row}}',
    add: 'Add a rate',
    save: 'Save the VAT rates',
    ratePercent: 'Enter the rate as a percentage, e.g. 21 or 5.5',
    kinds: {
      standard: 'Standard',
      reduced: 'Reduced',
      superReduced: 'Super-reduced',
      zero: 'Zero'
    }
  },
  docSettings: {
    company: {
      ossVoluntary:
        'Charge the VAT of the consumer’s country on all EU distance sales, below the €10 000 threshold too (OSS option, Art. 59c(3) VAT Directive; binds for two calendar years)',
      title: 'Your company on documents',
      intro: 'Printed on every estimate, order, delivery note and invoice.',
      legalName: 'Legal name',
      taxId: 'Tax id',
      phone: 'Phone',
      email: 'E-mail',
      website: 'Website',
      iban: 'Bank account (IBAN)',
      bic: 'BIC',
      logo: 'Logo',
      logoAlt: 'Your logo',
      noLogo: 'No logo yet (PNG or JPEG, at most 512 KB).',
      logoChoose: 'Choose a logo…',
      logoRemove: 'Remove the logo',
      defaultTerms: 'Default terms for new documents',
      documentFooter: 'Document footer',
      languageTexts: 'Terms and footer per language',
      textLanguage: 'Document language',
      languageTextsHint:
        'Documents in a language whose fields are left empty print the default terms and footer above.',
      languageTerms: 'Terms for documents in this language',
      languageFooter: 'Footer for documents in this language'
    },
    documents: {
      title: 'Numbering and defaults',
      prefix: 'Prefix for {{type}}',
      defaultCurrency: 'Default currency',
      accountingCurrency: 'Accounting currency',
      accountingCurrencyHint:
        'The currency of your books: exchange rates are quoted against it and weekly figures are converted to it',
      vatRates: 'VAT rates (%)',
      vatRatesHint: 'Separated by “;”; the first one is the default for new lines.',
      paperSize: 'Paper size',
      paperInRegion: 'change under Region',
      estimateValidityDays: 'Estimates valid for (days)',
      printLocale: 'Numbers and dates on documents',
      printLocaleHint: 'A locale such as es-ES, en-GB or hu-HU.'
    }
  }
}

const es: Strings<typeof en> = {
  documents: {
    count_one: '{{formatted}} documento',
    count_other: '{{formatted}} documentos',
    searchLabel: 'Buscar',
    searchPlaceholder: 'Número o cliente…',
    filterType: 'Mostrar',
    filterStatus: 'Estado',
    filterExecutive: 'Comercial',
    dateFrom: 'Emitidos desde',
    dateTo: 'Emitidos hasta',
    onlyCustomer: 'Solo documentos de {{name}}.',
    openCustomer: 'Abrir el cliente',
    allCustomers: 'Ver todos los clientes',
    noNumber: 'Borrador',
    type: {
      estimate: 'Presupuesto',
      order: 'Pedido',
      invoice: 'Factura',
      credit_note: 'Factura rectificativa',
      debit_note: 'Nota de cargo'
    },
    typePlural: {
      estimate: 'Presupuestos',
      order: 'Pedidos',
      invoice: 'Facturas',
      credit_note: 'Facturas rectificativas',
      debit_note: 'Notas de cargo'
    },
    draftOf: {
      estimate: 'Borrador de presupuesto',
      order: 'Borrador de pedido',
      invoice: 'Borrador de factura',
      credit_note: 'Borrador de rectificativa',
      debit_note: 'Borrador de nota de cargo'
    },
    new: {
      estimate: 'Nuevo presupuesto',
      order: 'Nuevo pedido',
      invoice: 'Nueva factura',
      credit_note: 'Nueva rectificativa',
      debit_note: 'Nueva nota de cargo'
    },
    status: {
      draft: 'Borrador',
      sent: 'Enviado',
      accepted: 'Aceptado',
      declined: 'Rechazado',
      converted: 'Convertido en pedido',
      confirmed: 'Confirmado',
      partially_delivered: 'Entregado en parte',
      delivered: 'Entregado',
      cancelled: 'Anulado',
      issued: 'Emitida'
    },
    expired: 'Caducado',
    late: 'Con retraso',
    paymentStatus: {
      unpaid: 'Pendiente',
      part_paid: 'Pagada en parte',
      paid: 'Pagada',
      overdue: 'Vencida',
      credited: 'Abonada'
    },
    filterPayment: 'Cobro',
    colPayment: 'Cobro',
    colOpen: 'Importe pendiente',
    openTotals: 'Pendiente en esta lista: {{amounts}}',
    expiredNotice:
      'Este presupuesto caducó el {{date}} sin respuesta: ya no se puede aceptar. Revíselo para enviar uno nuevo.',
    lateNotice: 'Este pedido se prometió para el {{date}} y aún no está entregado del todo.',
    statusReason: {
      declined: 'Rechazado porque',
      cancelled: 'Anulado porque'
    },
    keyDate: {
      estimate: 'Válido hasta',
      order: 'Prometido',
      invoice: 'Vence',
      credit_note: 'Vence',
      debit_note: 'Vence'
    },
    col: {
      number: 'Número',
      issueDate: 'Fecha',
      customer: 'Cliente',
      status: 'Estado',
      executive: 'Comercial',
      total: 'Total'
    },
    details: 'Datos',
    customer: 'Cliente',
    customerPlaceholder: 'Escriba un nombre, código o NIF…',
    noCustomerMatch: 'Ningún cliente coincide.',
    executive: 'Comercial',
    issueDate: 'Fecha',
    issueDateHint: 'Vacía: el día en que se emita.',
    validUntil: 'Válido hasta',
    validUntilHint: 'Vacía: {{days}} días después de la fecha.',
    promisedDate: 'Entrega prometida',
    dueDate: 'Vencimiento',
    supplyDate: 'Fecha de la operación',
    supplyDateHint: 'Vacía: las fechas de entrega del pedido o, si no, la fecha de la factura.',
    duePreview: 'Vence el {{date}}: el cliente paga a {{days}} días.',
    currency: 'Moneda',
    paymentMethod: 'Forma de pago',
    paymentInstructions: 'Instrucciones de pago',
    texts: 'Notas y condiciones',
    notes: 'Notas',
    terms: 'Condiciones',
    reason: 'Motivo',
    lines: 'Líneas',
    addLine: 'Añadir línea',
    addLineHint:
      'Alt+N añade una línea desde cualquier parte del documento; Ctrl+Supr quita la línea en la que está',
    noLines: 'Aún no hay líneas. Pulse Alt+N o «Añadir línea» y escriba el nombre de un producto.',
    linesNotCounted_one: '{{count}} línea no cuenta en los totales hasta que sus cifras estén completas.',
    linesNotCounted_other: '{{count}} líneas no cuentan en los totales hasta que sus cifras estén completas.',
    removeLine: 'Quitar la línea {{number}}',
    removeLineHint: 'Ctrl+Supr en una línea la quita',
    productMatches: 'Productos que coinciden',
    freeTextLine: 'Ningún producto coincide: la línea queda como texto libre.',
    line: {
      description: 'Producto o descripción',
      descriptionPlaceholder: 'Escriba un producto o una descripción…',
      descriptionOf: 'Línea {{number}}: producto o descripción',
      quantity: 'Cantidad',
      quantityOf: 'Línea {{number}}: cantidad',
      unit: 'Unidad',
      unitOf: 'Línea {{number}}: unidad',
      price: 'Precio unitario',
      priceOf: 'Línea {{number}}: precio unitario',
      discount: 'Dto. %',
      discountOf: 'Línea {{number}}: descuento %',
      vat: 'IVA',
      vatOf: 'Línea {{number}}: tipo de IVA',
      net: 'Base',
      promised: 'Prometido',
      promisedOf: 'Línea {{number}}: entrega prometida',
      promisedHint: 'Solo si esta línea se entrega otro día que el pedido',
      delivered: 'Entregado',
      invoiced: 'Facturado',
      credited: 'Abonado'
    },
    vatRate: 'Tipo de IVA',
    vatBase: 'Base imponible',
    vatAmount: 'Cuota de IVA',
    net: 'Base imponible',
    vat: 'IVA',
    total: 'Total',
    saveDraft: 'Guardar borrador',
    draftSaved: 'Borrador guardado.',
    changedElsewhere:
      'Este documento se emitió o cambió en otro sitio mientras tanto; esta es la versión guardada.',
    draftCreated: 'Se ha creado un borrador nuevo. Revíselo y emítalo cuando esté listo.',
    actions: 'Qué puede hacer con este documento',
    issueAction: {
      estimate: 'Enviar presupuesto',
      order: 'Confirmar pedido',
      invoice: 'Emitir factura',
      credit_note: 'Emitir rectificativa',
      debit_note: 'Emitir nota de cargo'
    },
    issueConfirm: {
      estimate:
        'El presupuesto recibe su número y queda como enviado. Ya no se podrá editar; sí podrá revisarlo más adelante.',
      order: 'El pedido recibe su número y queda confirmado. Ya no se podrá editar.',
      invoice:
        'La factura recibe el siguiente número de factura. Una factura emitida no se puede cambiar ni borrar nunca; los errores se corrigen con una rectificativa.',
      credit_note:
        'La rectificativa recibe el siguiente número y corrige la factura de forma definitiva. No se puede cambiar ni borrar.',
      debit_note:
        'La nota de cargo recibe el siguiente número y se añade a la factura de forma definitiva. No se puede cambiar ni borrar.'
    },
    issued: 'Emitido: {{label}}.',
    accepted: 'Presupuesto aceptado. Ya puede convertirlo en pedido o facturarlo.',
    action: {
      accept: 'Aceptado por el cliente',
      decline: 'Rechazado por el cliente',
      duplicate: 'Duplicar',
      revise: 'Revisar',
      convertToOrder: 'Convertir en pedido',
      invoice: 'Hacer factura',
      recordDelivery: 'Registrar entrega',
      cancel: 'Anular pedido',
      creditNote: 'Factura rectificativa',
      debitNote: 'Nota de cargo'
    },
    declineExplain: '¿Por qué lo rechazó el cliente? El motivo queda con el presupuesto.',
    cancelExplain: '¿Por qué se anula el pedido? Lo ya entregado queda registrado.',
    creditNoteExplain:
      'Elija las cantidades a abonar de cada línea de la factura. La rectificativa se crea como borrador para revisarla y emitirla.',
    creditRemainderExplain:
      'Todas las líneas de esta factura están abonadas, pero no sus portes, cargos o descuentos. La rectificativa los abona tal como estaban en la factura, con una línea de 0,00 que nombra la factura. Se crea como borrador para revisarla y emitirla.',
    debitNoteExplain:
      'Elija las cantidades a cargar de nuevo de cada línea de la factura. La nota de cargo se crea como borrador para revisarla y emitirla.',
    creditable: 'Se puede abonar',
    invoiced: 'Facturado',
    make: {
      creditNote: 'Crear la rectificativa',
      debitNote: 'Crear la nota de cargo'
    },
    deliveryExplain: 'Indique lo entregado en cada línea; deje vacía la línea de la que no salió nada.',
    deliveryDate: 'Fecha de entrega',
    deliveryNote: 'Nota para el albarán',
    toDeliver: 'Pendiente de entregar',
    deliveryRecorded: 'Entrega registrada.',
    invoiceWhat: '¿Qué debe incluir la factura?',
    invoiceQuantities: {
      delivered: 'Solo lo entregado y aún no facturado',
      all: 'Todo lo pedido y aún no facturado'
    },
    makeInvoice: 'Crear el borrador de factura',
    deleteDraft: 'Borrar borrador',
    deleteConfirm: '¿Borrar este borrador? Aún no tiene número, así que no queda ningún hueco.',
    deleted: 'Borrador borrado.',
    pdf: {
      preview: 'Ver PDF',
      download: 'Guardar PDF',
      print: 'Imprimir',
      printHint:
        'El PDF se abrió en una pestaña nueva: imprímalo desde allí con Ctrl+P o el botón de la impresora.',
      savedBrowser:
        'Guardado como {{fileName}} en la carpeta de descargas del navegador (Ctrl+J muestra las descargas).',
      savedApp: 'Guardado como {{fileName}} en la carpeta que ha elegido.',
      deliveryNote: 'Albarán en PDF'
    },
    related: 'Documentos relacionados',
    madeFrom: 'Creado a partir de',
    corrects: 'Corrige',
    replaces: 'Sustituye a',
    madeFromThis: 'Creados a partir de este',
    issuedAt: 'Emitido',
    deliveries: 'Entregas',
    customerDocuments: 'Presupuestos, pedidos, facturas',
    noneYet: 'Ninguno todavía.',
    showAll: 'Ver los {{count}}',
    count_many: '{{formatted}} documentos',
    linesNotCounted_many: '{{count}} líneas no cuentan en los totales hasta que sus cifras estén completas.'
  },
  vat: {
    category: {
      S: 'Tipo general',
      Z: 'Tipo cero',
      E: 'Exento',
      AE: 'Inversión del sujeto pasivo',
      K: 'Entrega intracomunitaria',
      G: 'Exportación fuera de la UE',
      O: 'No sujeto a IVA',
      B: 'Pago dividido (split payment)'
    },
    productCategory: 'Categoría de IVA',
    productCategoryHint:
      'Los productos exentos o a tipo cero llevan 0 %; el motivo de la exención se indica en la línea del documento.',
    treatment: 'Tratamiento del IVA',
    treatmentRule: 'Automático: {{category}}',
    treatmentHint:
      'Automático: IVA general en su país, entrega intracomunitaria para empresas de la UE con NIF-IVA, exportación fuera de la UE. Elija inversión del sujeto pasivo, exento o no sujeto cuando corresponda.',
    editorTreatment: 'Tratamiento del IVA de este cliente: {{category}}. Las líneas nuevas lo toman.',
    applyTreatment: 'Aplicar a todas las líneas',
    ossApplies:
      'Venta a distancia a un consumidor de {{country}}: estas ventas suman {{current}} este año y {{previous}} el año pasado, por encima del umbral de la UE de {{threshold}}, así que se aplica el IVA de {{country}} (ventanilla única, OSS).',
    ossBelow:
      'Venta a distancia a un consumidor de {{country}}: estas ventas suman {{current}} este año y {{previous}} el año pasado, dentro del umbral de la UE de {{threshold}}, así que se aplica el IVA de {{seller}}.',
    ossOption:
      'Venta a distancia a un consumidor de {{country}}: la empresa aplica el IVA del país del consumidor a todas estas ventas (opción OSS, Ajustes → Empresa); suman {{current}} este año y {{previous}} el año pasado, umbral {{threshold}}. Se aplica el IVA de {{country}}.',
    ossCharged: 'IVA aplicado (OSS)',
    ossChargedValue: 'de {{country}}, no de {{seller}}',
    ossThisYear: 'Ventas a distancia este año, con esta',
    ossLastYear: 'Ventas a distancia el año pasado',
    ossThreshold: 'Umbral de la UE',
    ossThresholdOption: '{{threshold}} (no alcanzado: opción OSS de la empresa)',
    reason: 'Motivo de exención de IVA de la línea {{number}}',
    reasonCode: 'Código del motivo',
    reasonCodeOf: 'Línea {{number}}: código del motivo de exención',
    noCode: 'Sin código',
    reasonText: 'Motivo tal como se imprime',
    reasonTextOf: 'Línea {{number}}: motivo de exención tal como se imprime',
    reasonTextPlaceholder: 'p. ej. Exento según el art. 20 de la Ley del IVA',
    warnForeign:
      'La línea {{line}} cobra un IVA del {{rate}} a una empresa de {{country}}: a una empresa de la UE con NIF-IVA se le suele facturar como entrega intracomunitaria (K) o con inversión del sujeto pasivo (AE).',
    warnRate: 'Línea {{line}}: el {{rate}} no es un tipo de IVA de {{country}}.',
    countryRates: 'Usar los tipos de {{country}}: {{rates}}'
  },
  vatRates: {
    title: 'Tipos de IVA por país',
    intro:
      'A las líneas nuevas se les ofrecen los tipos del país de su empresa vigentes en la fecha del documento. Un tipo que cambia en una fecha deja como están los documentos ya emitidos.',
    show: 'País mostrado',
    row: 'Fila',
    allCountries: 'Todos los países',
    inForce: 'Vigentes hoy en {{country}}: {{rates}}',
    noneInForce: 'Hoy no hay ningún tipo vigente en {{country}}.',
    country: 'País',
    kind: 'Clase',
    rate: 'Tipo (%)',
    validFrom: 'Desde',
    validTo: 'Hasta',
    actions: 'Acciones',
    cell: 'Fila {{row}}: {{field}}',
    remove: 'Quitar la fila {{row}}',
    add: 'Añadir un tipo',
    save: 'Guardar los tipos de IVA',
    ratePercent: 'Escriba el tipo como porcentaje, p. ej. 21 o 5,5',
    kinds: {
      standard: 'General',
      reduced: 'Reducido',
      superReduced: 'Superreducido',
      zero: 'Cero'
    }
  },
  docSettings: {
    company: {
      ossVoluntary:
        'Aplicar el IVA del país del consumidor a todas las ventas a distancia en la UE, también por debajo del umbral de 10 000 € (opción OSS, art. 59 quater, apartado 3, Directiva del IVA; vincula dos años naturales)',
      title: 'Su empresa en los documentos',
      intro: 'Se imprime en cada presupuesto, pedido, albarán y factura.',
      legalName: 'Razón social',
      taxId: 'NIF',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      website: 'Sitio web',
      iban: 'Cuenta bancaria (IBAN)',
      bic: 'BIC',
      logo: 'Logotipo',
      logoAlt: 'Su logotipo',
      noLogo: 'Aún sin logotipo (PNG o JPEG, 512 KB como máximo).',
      logoChoose: 'Elegir logotipo…',
      logoRemove: 'Quitar el logotipo',
      defaultTerms: 'Condiciones por defecto de los documentos nuevos',
      documentFooter: 'Pie de los documentos',
      languageTexts: 'Condiciones y pie por idioma',
      textLanguage: 'Idioma del documento',
      languageTextsHint:
        'Los documentos en un idioma cuyos campos deje vacíos imprimen las condiciones y el pie por defecto de arriba.',
      languageTerms: 'Condiciones de los documentos en este idioma',
      languageFooter: 'Pie de los documentos en este idioma'
    },
    documents: {
      title: 'Numeración y valores por defecto',
      prefix: 'Prefijo de {{type}}',
      defaultCurrency: 'Moneda por defecto',
      accountingCurrency: 'Moneda contable',
      accountingCurrencyHint:
        'La moneda de su contabilidad: los tipos de cambio se expresan frente a ella y las cifras semanales se convierten a ella',
      vatRates: 'Tipos de IVA (%)',
      vatRatesHint: 'Separados por «;»; el primero es el de las líneas nuevas.',
      paperSize: 'Tamaño de papel',
      paperInRegion: 'se cambia en Región',
      estimateValidityDays: 'Validez de los presupuestos (días)',
      printLocale: 'Números y fechas en los documentos',
      printLocaleHint: 'Una configuración regional como es-ES, en-GB o hu-HU.'
    }
  }
}

const ca: Strings<typeof en> = {
  documents: {
    count_one: '{{formatted}} document',
    count_many: '{{formatted}} de documents',
    count_other: '{{formatted}} documents',
    searchLabel: 'Cerca',
    searchPlaceholder: 'Número o client…',
    filterType: 'Mostra',
    filterStatus: 'Estat',
    filterExecutive: 'Comercial',
    dateFrom: 'Emesos des del',
    dateTo: 'Emesos fins al',
    onlyCustomer: 'Només els documents de {{name}}.',
    openCustomer: 'Obre el client',
    allCustomers: 'Mostra tots els clients',
    noNumber: 'Esborrany',
    type: {
      estimate: 'Pressupost',
      order: 'Comanda',
      invoice: 'Factura',
      credit_note: 'Factura rectificativa',
      debit_note: 'Nota de càrrec'
    },
    typePlural: {
      estimate: 'Pressupostos',
      order: 'Comandes',
      invoice: 'Factures',
      credit_note: 'Factures rectificatives',
      debit_note: 'Notes de càrrec'
    },
    draftOf: {
      estimate: 'Esborrany de pressupost',
      order: 'Esborrany de comanda',
      invoice: 'Esborrany de factura',
      credit_note: 'Esborrany de rectificativa',
      debit_note: 'Esborrany de nota de càrrec'
    },
    new: {
      estimate: 'Pressupost nou',
      order: 'Comanda nova',
      invoice: 'Factura nova',
      credit_note: 'Rectificativa nova',
      debit_note: 'Nota de càrrec nova'
    },
    status: {
      draft: 'Esborrany',
      sent: 'Enviat',
      accepted: 'Acceptat',
      declined: 'Rebutjat',
      converted: 'Convertit en comanda',
      confirmed: 'Confirmada',
      partially_delivered: 'Lliurada en part',
      delivered: 'Lliurada',
      cancelled: 'Cancel·lada',
      issued: 'Emesa'
    },
    expired: 'Caducat',
    late: 'Endarrerida',
    paymentStatus: {
      unpaid: 'Pendent',
      part_paid: 'Pagada en part',
      paid: 'Pagada',
      overdue: 'Vençuda',
      credited: 'Abonada'
    },
    filterPayment: 'Cobrament',
    colPayment: 'Cobrament',
    colOpen: 'Import pendent',
    openTotals: 'Pendent en aquesta llista: {{amounts}}',
    expiredNotice:
      'Aquest pressupost va caducar el {{date}} sense resposta: ja no es pot acceptar. Reviseu-lo per enviar-ne un de nou.',
    lateNotice: 'Aquesta comanda s’havia de lliurar el {{date}} i encara no s’ha lliurat del tot.',
    statusReason: { declined: 'Rebutjat perquè', cancelled: 'Cancel·lada perquè' },
    keyDate: {
      estimate: 'Vàlid fins al',
      order: 'Compromesa per al',
      invoice: 'Venciment',
      credit_note: 'Venciment',
      debit_note: 'Venciment'
    },
    col: {
      number: 'Número',
      issueDate: 'Data',
      customer: 'Client',
      status: 'Estat',
      executive: 'Comercial',
      total: 'Total'
    },
    details: 'Detalls',
    customer: 'Client',
    customerPlaceholder: 'Escriviu un nom, codi o NIF…',
    noCustomerMatch: 'Cap client no hi coincideix.',
    executive: 'Comercial',
    issueDate: 'Data',
    issueDateHint: 'Buit: el dia que s’emeti.',
    validUntil: 'Vàlid fins al',
    validUntilHint: 'Buit: {{days}} dies després de la data.',
    promisedDate: 'Lliurament compromès',
    dueDate: 'Data de venciment',
    supplyDate: 'Data de l’operació',
    supplyDateHint: 'Buida: les dates de lliurament de la comanda o, si no, la data de la factura.',
    duePreview: 'Venç el {{date}}: el client paga en {{days}} dies.',
    currency: 'Moneda',
    paymentMethod: 'Forma de pagament',
    paymentInstructions: 'Instruccions de pagament',
    texts: 'Notes i condicions',
    notes: 'Notes',
    terms: 'Condicions',
    reason: 'Motiu',
    lines: 'Línies',
    addLine: 'Afegeix una línia',
    addLineHint: 'Alt+N afegeix una línia des de qualsevol lloc del document; Ctrl+Supr treu la línia on sou',
    noLines: 'Encara no hi ha línies. Premeu Alt+N o «Afegeix una línia» i escriviu el nom d’un producte.',
    linesNotCounted_one: '{{count}} línia no es compta als totals fins que tingui les xifres completes.',
    linesNotCounted_many:
      '{{count}} de línies no es compten als totals fins que tinguin les xifres completes.',
    linesNotCounted_other: '{{count}} línies no es compten als totals fins que tinguin les xifres completes.',
    removeLine: 'Treu la línia {{number}}',
    removeLineHint: 'Ctrl+Supr en una línia la treu',
    productMatches: 'Productes coincidents',
    freeTextLine: 'Cap producte no hi coincideix: la línia es conserva com a text lliure.',
    line: {
      description: 'Producte o descripció',
      descriptionPlaceholder: 'Escriviu un producte o una descripció…',
      descriptionOf: 'Línia {{number}}: producte o descripció',
      quantity: 'Quantitat',
      quantityOf: 'Línia {{number}}: quantitat',
      unit: 'Unitat',
      unitOf: 'Línia {{number}}: unitat',
      price: 'Preu unitari',
      priceOf: 'Línia {{number}}: preu unitari',
      discount: 'Descompte %',
      discountOf: 'Línia {{number}}: descompte %',
      vat: 'IVA',
      vatOf: 'Línia {{number}}: tipus d’IVA',
      net: 'Base',
      promised: 'Compromès',
      promisedOf: 'Línia {{number}}: lliurament compromès',
      promisedHint: 'Només si aquesta línia es lliura un altre dia que la comanda',
      delivered: 'Lliurat',
      invoiced: 'Facturat',
      credited: 'Abonat'
    },
    vatRate: 'Tipus d’IVA',
    vatBase: 'Base imposable',
    vatAmount: 'Quota d’IVA',
    net: 'Base',
    vat: 'IVA',
    total: 'Total',
    saveDraft: 'Desa l’esborrany',
    draftSaved: 'S’ha desat l’esborrany.',
    changedElsewhere:
      'Mentrestant aquest document s’ha emès o modificat en un altre lloc; aquesta és la versió desada.',
    draftCreated: 'S’ha creat un esborrany nou. Reviseu-lo i emeteu-lo quan estigui a punt.',
    actions: 'Què podeu fer amb aquest document',
    issueAction: {
      estimate: 'Envia el pressupost',
      order: 'Confirma la comanda',
      invoice: 'Emet la factura',
      credit_note: 'Emet la rectificativa',
      debit_note: 'Emet la nota de càrrec'
    },
    issueConfirm: {
      estimate:
        'El pressupost rep el número i queda marcat com a enviat. Ja no es pot editar, però més endavant el podeu revisar.',
      order: 'La comanda rep el número i queda confirmada. Ja no es pot editar.',
      invoice:
        'La factura rep el número següent de la sèrie. Una factura emesa no es pot modificar ni suprimir mai; els errors es corregeixen amb una factura rectificativa.',
      credit_note:
        'La rectificativa rep el número següent i corregeix la factura definitivament. No es pot modificar ni suprimir mai.',
      debit_note:
        'La nota de càrrec rep el número següent i s’afegeix a la factura definitivament. No es pot modificar ni suprimir mai.'
    },
    issued: '{{label}}: emès.',
    accepted: 'El pressupost s’ha acceptat. Ara el podeu convertir en comanda o facturar-lo.',
    action: {
      accept: 'Acceptat pel client',
      decline: 'Rebutjat pel client',
      duplicate: 'Duplica',
      revise: 'Revisa',
      convertToOrder: 'Converteix en comanda',
      invoice: 'Factura',
      recordDelivery: 'Registra un lliurament',
      cancel: 'Cancel·la la comanda',
      creditNote: 'Factura rectificativa',
      debitNote: 'Nota de càrrec'
    },
    declineExplain: 'Per què l’ha rebutjat el client? El motiu es queda amb el pressupost.',
    cancelExplain: 'Per què es cancel·la la comanda? El que ja s’ha lliurat continua registrat.',
    creditNoteExplain:
      'Trieu les quantitats a abonar de cada línia de la factura. La rectificativa es crea com a esborrany perquè la reviseu i l’emeteu.',
    creditRemainderExplain:
      'Totes les línies d’aquesta factura estan abonades, però no els seus ports, càrrecs o descomptes. La rectificativa els abona tal com eren a la factura, amb una línia de 0,00 que anomena la factura. Es crea com a esborrany perquè la reviseu i l’emeteu.',
    debitNoteExplain:
      'Trieu les quantitats a tornar a carregar de cada línia de la factura. La nota de càrrec es crea com a esborrany perquè la reviseu i l’emeteu.',
    creditable: 'Es pot abonar',
    invoiced: 'Facturat',
    make: { creditNote: 'Crea la rectificativa', debitNote: 'Crea la nota de càrrec' },
    deliveryExplain: 'Indiqueu què s’ha lliurat de cada línia; deixeu buida una línia si no n’ha sortit res.',
    deliveryDate: 'Data de lliurament',
    deliveryNote: 'Nota per a l’albarà',
    toDeliver: 'Pendent de lliurar',
    deliveryRecorded: 'S’ha registrat el lliurament.',
    invoiceWhat: 'Què ha d’incloure la factura?',
    invoiceQuantities: {
      delivered: 'Només el que s’ha lliurat i encara no s’ha facturat',
      all: 'Tot el que s’ha demanat i encara no s’ha facturat'
    },
    makeInvoice: 'Crea l’esborrany de factura',
    deleteDraft: 'Suprimeix l’esborrany',
    deleteConfirm: 'Voleu suprimir aquest esborrany? Encara no té número, així que no en queda cap rastre.',
    deleted: 'S’ha suprimit l’esborrany.',
    pdf: {
      preview: 'Previsualitza el PDF',
      download: 'Desa el PDF',
      print: 'Imprimeix',
      printHint:
        'El PDF s’ha obert en una pestanya nova: imprimiu-lo des d’allà amb Ctrl+P o el botó d’impressora.',
      savedBrowser:
        'Desat com a {{fileName}} a la carpeta de baixades del navegador (Ctrl+J mostra les baixades).',
      savedApp: 'Desat com a {{fileName}} a la carpeta que heu triat.',
      deliveryNote: 'PDF de l’albarà'
    },
    related: 'Documents relacionats',
    madeFrom: 'Creat a partir de',
    corrects: 'Rectifica',
    replaces: 'Substitueix',
    madeFromThis: 'Creats a partir d’aquest document',
    issuedAt: 'Emès',
    deliveries: 'Lliuraments',
    customerDocuments: 'Pressupostos, comandes, factures',
    noneYet: 'Encara cap.',
    showAll: 'Mostra’ls tots ({{count}})'
  },
  vat: {
    category: {
      S: 'Tipus general',
      Z: 'Tipus zero',
      E: 'Exempt',
      AE: 'Inversió del subjecte passiu',
      K: 'Lliurament intracomunitari',
      G: 'Exportació fora de la UE',
      O: 'No subjecte a l’IVA',
      B: 'Pagament dividit (split payment)'
    },
    productCategory: 'Categoria d’IVA',
    productCategoryHint:
      'Els productes exempts o a tipus zero porten el 0 %; el motiu de l’exempció s’indica a la línia del document.',
    treatment: 'Tractament de l’IVA',
    treatmentRule: 'Automàtic: {{category}}',
    treatmentHint:
      'Automàtic: IVA general al vostre país, lliurament intracomunitari per a empreses de la UE amb NIF-IVA, exportació fora de la UE. Trieu inversió del subjecte passiu, exempt o no subjecte quan calgui.',
    editorTreatment: 'Tractament de l’IVA d’aquest client: {{category}}. Les línies noves el prenen.',
    applyTreatment: 'Aplica-ho a totes les línies',
    ossApplies:
      'Venda a distància a un consumidor de {{country}}: aquestes vendes sumen {{current}} aquest any i {{previous}} l’any passat, per sobre del llindar de la UE de {{threshold}}, per tant s’aplica l’IVA de {{country}} (finestreta única, OSS).',
    ossBelow:
      'Venda a distància a un consumidor de {{country}}: aquestes vendes sumen {{current}} aquest any i {{previous}} l’any passat, dins del llindar de la UE de {{threshold}}, per tant s’aplica l’IVA de {{seller}}.',
    ossOption:
      'Venda a distància a un consumidor de {{country}}: l’empresa aplica l’IVA del país del consumidor a totes aquestes vendes (opció OSS, Configuració → Empresa); sumen {{current}} aquest any i {{previous}} l’any passat, llindar {{threshold}}. S’aplica l’IVA de {{country}}.',
    ossCharged: 'IVA aplicat (OSS)',
    ossChargedValue: 'de {{country}}, no de {{seller}}',
    ossThisYear: 'Vendes a distància aquest any, amb aquesta',
    ossLastYear: 'Vendes a distància l’any passat',
    ossThreshold: 'Llindar de la UE',
    ossThresholdOption: '{{threshold}} (no assolit: opció OSS de l’empresa)',
    reason: 'Motiu d’exempció d’IVA de la línia {{number}}',
    reasonCode: 'Codi del motiu',
    reasonCodeOf: 'Línia {{number}}: codi del motiu d’exempció',
    noCode: 'Sense codi',
    reasonText: 'Motiu tal com s’imprimeix',
    reasonTextOf: 'Línia {{number}}: motiu d’exempció tal com s’imprimeix',
    reasonTextPlaceholder: 'p. ex. Exempt segons l’art. 20 de la Llei de l’IVA',
    warnForeign:
      'La línia {{line}} cobra un IVA del {{rate}} a una empresa de {{country}}: a una empresa de la UE amb NIF-IVA se li sol facturar com a lliurament intracomunitari (K) o amb inversió del subjecte passiu (AE).',
    warnRate: 'Línia {{line}}: el {{rate}} no és un tipus d’IVA de {{country}}.',
    countryRates: 'Fes servir els tipus de {{country}}: {{rates}}'
  },
  vatRates: {
    title: 'Tipus d’IVA per país',
    intro:
      'A les línies noves se’ls ofereixen els tipus del país de la vostra empresa vigents en la data del document. Un tipus que canvia en una data deixa com estan els documents ja emesos.',
    show: 'País que es mostra',
    row: 'Fila',
    allCountries: 'Tots els països',
    inForce: 'Vigents avui a {{country}}: {{rates}}',
    noneInForce: 'Avui no hi ha cap tipus vigent a {{country}}.',
    country: 'País',
    kind: 'Classe',
    rate: 'Tipus (%)',
    validFrom: 'Des de',
    validTo: 'Fins a',
    actions: 'Accions',
    cell: 'Fila {{row}}: {{field}}',
    remove: 'Treu la fila {{row}}',
    add: 'Afegeix un tipus',
    save: 'Desa els tipus d’IVA',
    ratePercent: 'Escriviu el tipus com a percentatge, p. ex. 21 o 5,5',
    kinds: {
      standard: 'General',
      reduced: 'Reduït',
      superReduced: 'Superreduït',
      zero: 'Zero'
    }
  },
  docSettings: {
    company: {
      ossVoluntary:
        'Aplicar l’IVA del país del consumidor a totes les vendes a distància a la UE, també per sota del llindar de 10 000 € (opció OSS, art. 59 quater, apartat 3, Directiva de l’IVA; vincula dos anys naturals)',
      title: 'La vostra empresa als documents',
      intro: 'S’imprimeix a cada pressupost, comanda, albarà i factura.',
      legalName: 'Raó social',
      taxId: 'NIF',
      phone: 'Telèfon',
      email: 'Correu electrònic',
      website: 'Lloc web',
      iban: 'Compte bancari (IBAN)',
      bic: 'BIC',
      logo: 'Logotip',
      logoAlt: 'El vostre logotip',
      noLogo: 'Encara no hi ha logotip (PNG o JPEG, com a màxim 512 KB).',
      logoChoose: 'Trieu un logotip…',
      logoRemove: 'Treu el logotip',
      defaultTerms: 'Condicions per defecte dels documents nous',
      documentFooter: 'Peu dels documents',
      languageTexts: 'Condicions i peu per idioma',
      textLanguage: 'Idioma del document',
      languageTextsHint:
        "Els documents en un idioma amb els camps buits imprimeixen les condicions i el peu per defecte d'aquí dalt.",
      languageTerms: 'Condicions dels documents en aquest idioma',
      languageFooter: 'Peu dels documents en aquest idioma'
    },
    documents: {
      title: 'Numeració i valors per defecte',
      prefix: 'Prefix de {{type}}',
      defaultCurrency: 'Moneda per defecte',
      accountingCurrency: 'Moneda comptable',
      accountingCurrencyHint:
        'La moneda de la vostra comptabilitat: els tipus de canvi s’expressen respecte a ella i les xifres setmanals s’hi converteixen',
      vatRates: 'Tipus d’IVA (%)',
      vatRatesHint: 'Separats per «;»; el primer és el de les línies noves.',
      paperSize: 'Mida del paper',
      paperInRegion: 'es canvia a Regió',
      estimateValidityDays: 'Validesa dels pressupostos (dies)',
      printLocale: 'Nombres i dates als documents',
      printLocaleHint: 'Una configuració regional com es-ES, en-GB o hu-HU.'
    }
  }
}

const hu: Strings<typeof en> = {
  documents: {
    count_one: '{{formatted}} bizonylat',
    count_other: '{{formatted}} bizonylat',
    searchLabel: 'Keresés',
    searchPlaceholder: 'Sorszám vagy ügyfél…',
    filterType: 'Megjelenítés',
    filterStatus: 'Állapot',
    filterExecutive: 'Értékesítő',
    dateFrom: 'Kiállítva ettől',
    dateTo: 'Kiállítva eddig',
    onlyCustomer: 'Csak {{name}} bizonylatai.',
    openCustomer: 'Az ügyfél megnyitása',
    allCustomers: 'Minden ügyfél',
    noNumber: 'Piszkozat',
    type: {
      estimate: 'Árajánlat',
      order: 'Megrendelés',
      invoice: 'Számla',
      credit_note: 'Helyesbítő számla',
      debit_note: 'Terhelési értesítő'
    },
    typePlural: {
      estimate: 'Árajánlatok',
      order: 'Megrendelések',
      invoice: 'Számlák',
      credit_note: 'Helyesbítő számlák',
      debit_note: 'Terhelési értesítők'
    },
    draftOf: {
      estimate: 'Árajánlat-piszkozat',
      order: 'Megrendelés-piszkozat',
      invoice: 'Számlapiszkozat',
      credit_note: 'Helyesbítőszámla-piszkozat',
      debit_note: 'Terhelési értesítő piszkozata'
    },
    new: {
      estimate: 'Új árajánlat',
      order: 'Új megrendelés',
      invoice: 'Új számla',
      credit_note: 'Új helyesbítő számla',
      debit_note: 'Új terhelési értesítő'
    },
    status: {
      draft: 'Piszkozat',
      sent: 'Elküldve',
      accepted: 'Elfogadva',
      declined: 'Elutasítva',
      converted: 'Megrendeléssé alakítva',
      confirmed: 'Visszaigazolva',
      partially_delivered: 'Részben kiszállítva',
      delivered: 'Kiszállítva',
      cancelled: 'Törölve',
      issued: 'Kiállítva'
    },
    expired: 'Lejárt',
    late: 'Késésben',
    paymentStatus: {
      unpaid: 'Kifizetetlen',
      part_paid: 'Részben fizetve',
      paid: 'Kifizetve',
      overdue: 'Lejárt',
      credited: 'Jóváírva'
    },
    filterPayment: 'Fizetés',
    colPayment: 'Fizetés',
    colOpen: 'Nyitott',
    openTotals: 'Nyitott összeg ebben a listában: {{amounts}}',
    expiredNotice:
      'Ez az árajánlat {{date}} napon válasz nélkül lejárt, már nem fogadható el. Dolgozza át, és küldjön újat.',
    lateNotice: 'Ezt a megrendelést {{date}} napra ígérték, és még nincs teljesen kiszállítva.',
    statusReason: { declined: 'Elutasítás oka', cancelled: 'Törlés oka' },
    keyDate: {
      estimate: 'Érvényes',
      order: 'Vállalt határidő',
      invoice: 'Fizetési határidő',
      credit_note: 'Fizetési határidő',
      debit_note: 'Fizetési határidő'
    },
    col: {
      number: 'Sorszám',
      issueDate: 'Dátum',
      customer: 'Ügyfél',
      status: 'Állapot',
      executive: 'Értékesítő',
      total: 'Bruttó végösszeg'
    },
    details: 'Adatok',
    customer: 'Ügyfél',
    customerPlaceholder: 'Írjon be nevet, kódot vagy adószámot…',
    noCustomerMatch: 'Nincs egyező ügyfél.',
    executive: 'Értékesítő',
    issueDate: 'Kiállítás dátuma',
    issueDateHint: 'Üresen: a kiállítás napja.',
    validUntil: 'Érvényes',
    validUntilHint: 'Üresen: a dátum után {{days}} nappal.',
    promisedDate: 'Vállalt szállítási dátum',
    dueDate: 'Fizetési határidő',
    supplyDate: 'Teljesítés dátuma',
    supplyDateHint: 'Üresen hagyva: a rendelés szállítási dátumai, ennek hiányában a számla kelte.',
    duePreview: 'Esedékes: {{date}}; az ügyfél {{days}} napon belül fizet.',
    currency: 'Pénznem',
    paymentMethod: 'Fizetési mód',
    paymentInstructions: 'Fizetési tudnivalók',
    texts: 'Megjegyzések és feltételek',
    notes: 'Megjegyzések',
    terms: 'Feltételek',
    reason: 'Indok',
    lines: 'Tételek',
    addLine: 'Tétel hozzáadása',
    addLineHint: 'Alt+N bárhonnan új tételt ad a bizonylathoz; a Ctrl+Delete törli az aktuális tételt',
    noLines:
      'Még nincs tétel. Nyomja meg az Alt+N-t vagy a „Tétel hozzáadása” gombot, majd írja be a termék nevét.',
    linesNotCounted_one: '{{count}} tétel nem számít bele a végösszegbe, amíg az adatai hiányosak.',
    linesNotCounted_other: '{{count}} tétel nem számít bele a végösszegbe, amíg az adatai hiányosak.',
    removeLine: 'A(z) {{number}}. tétel törlése',
    removeLineHint: 'A Ctrl+Delete törli a tételt',
    productMatches: 'Egyező termékek',
    freeTextLine: 'Nincs egyező termék: a tétel szabad szövegként marad.',
    line: {
      description: 'Termék vagy megnevezés',
      descriptionPlaceholder: 'Írjon be egy terméket vagy megnevezést…',
      descriptionOf: '{{number}}. tétel: termék vagy megnevezés',
      quantity: 'Mennyiség',
      quantityOf: '{{number}}. tétel: mennyiség',
      unit: 'Egység',
      unitOf: '{{number}}. tétel: egység',
      price: 'Egységár',
      priceOf: '{{number}}. tétel: egységár',
      discount: 'Kedvezmény %',
      discountOf: '{{number}}. tétel: kedvezmény %',
      vat: 'ÁFA',
      vatOf: '{{number}}. tétel: áfakulcs',
      net: 'Nettó',
      promised: 'Vállalt',
      promisedOf: '{{number}}. tétel: vállalt szállítás',
      promisedHint: 'Csak ha ez a tétel más napon kerül kiszállításra, mint a megrendelés',
      delivered: 'Kiszállítva',
      invoiced: 'Számlázva',
      credited: 'Jóváírva'
    },
    vatRate: 'Áfakulcs',
    vatBase: 'Adóalap',
    vatAmount: 'ÁFA',
    net: 'Nettó',
    vat: 'ÁFA',
    total: 'Bruttó',
    saveDraft: 'Piszkozat mentése',
    draftSaved: 'A piszkozat mentve.',
    changedElsewhere:
      'Ezt a bizonylatot közben máshol kiállították vagy módosították; ez a mentett változat.',
    draftCreated: 'Új piszkozat készült. Ellenőrizze, és állítsa ki, ha kész.',
    actions: 'Mit tehet ezzel a bizonylattal',
    issueAction: {
      estimate: 'Árajánlat elküldése',
      order: 'Megrendelés visszaigazolása',
      invoice: 'Számla kiállítása',
      credit_note: 'Helyesbítő számla kiállítása',
      debit_note: 'Terhelési értesítő kiállítása'
    },
    issueConfirm: {
      estimate:
        'Az árajánlat sorszámot kap, és elküldöttnek jelölődik. Ezután nem szerkeszthető, de később átdolgozható.',
      order: 'A megrendelés sorszámot kap, és visszaigazolttá válik. Ezután nem szerkeszthető.',
      invoice:
        'A számla megkapja a következő sorszámot. Kiállított számla soha nem módosítható és nem törölhető; a hibákat helyesbítő számlával kell javítani.',
      credit_note:
        'A helyesbítő számla megkapja a következő sorszámot, és véglegesen helyesbíti a számlát. Soha nem módosítható és nem törölhető.',
      debit_note:
        'A terhelési értesítő megkapja a következő sorszámot, és véglegesen a számlához kapcsolódik. Soha nem módosítható és nem törölhető.'
    },
    issued: '{{label}}: kiállítva.',
    accepted: 'Az árajánlatot elfogadták. Most megrendeléssé alakíthatja vagy számlázhatja.',
    action: {
      accept: 'Az ügyfél elfogadta',
      decline: 'Az ügyfél elutasította',
      duplicate: 'Másolat',
      revise: 'Átdolgozás',
      convertToOrder: 'Megrendeléssé alakítás',
      invoice: 'Számla készítése',
      recordDelivery: 'Szállítás rögzítése',
      cancel: 'Megrendelés törlése',
      creditNote: 'Helyesbítő számla',
      debitNote: 'Terhelési értesítő'
    },
    declineExplain: 'Miért utasította el az ügyfél? Az indok az árajánlatnál marad.',
    cancelExplain: 'Miért törlik a megrendelést? A már kiszállított mennyiség rögzítve marad.',
    creditNoteExplain:
      'Válassza ki, a számla egyes tételeiből mennyit ír jóvá. A helyesbítő számla piszkozatként készül el, hogy ellenőrizze és kiállítsa.',
    creditRemainderExplain:
      'A számla minden tétele helyesbítve van, a fuvardíja, egyéb díjai vagy engedményei viszont nem. A helyesbítő számla ezeket a számlán szereplő módon írja jóvá, egy 0,00 összegű tétellel, amely a számlát nevezi meg. Piszkozatként készül el, hogy ellenőrizze és kiállítsa.',
    debitNoteExplain:
      'Válassza ki, a számla egyes tételeiből mennyit terhel újra. A terhelési értesítő piszkozatként készül el, hogy ellenőrizze és kiállítsa.',
    creditable: 'Jóváírható',
    invoiced: 'Számlázva',
    make: { creditNote: 'Helyesbítő számla készítése', debitNote: 'Terhelési értesítő készítése' },
    deliveryExplain:
      'Adja meg, mi került kiszállításra tételenként; hagyja üresen, ha egy tételből semmi sem ment ki.',
    deliveryDate: 'Szállítás dátuma',
    deliveryNote: 'Megjegyzés a szállítólevélre',
    toDeliver: 'Még szállítandó',
    deliveryRecorded: 'A szállítás rögzítve.',
    invoiceWhat: 'Mit tartalmazzon a számla?',
    invoiceQuantities: {
      delivered: 'Csak a kiszállított, még nem számlázott mennyiséget',
      all: 'Minden megrendelt, még nem számlázott mennyiséget'
    },
    makeInvoice: 'Számlapiszkozat készítése',
    deleteDraft: 'Piszkozat törlése',
    deleteConfirm: 'Törli ezt a piszkozatot? Még nincs sorszáma, így nem marad nyoma.',
    deleted: 'A piszkozat törölve.',
    pdf: {
      preview: 'PDF előnézet',
      download: 'PDF mentése',
      print: 'Nyomtatás',
      printHint: 'A PDF új lapon nyílt meg: onnan nyomtathatja Ctrl+P-vel vagy a nyomtató gombbal.',
      savedBrowser:
        'Mentve {{fileName}} néven a böngésző letöltési mappájába (a Ctrl+J mutatja a letöltéseket).',
      savedApp: 'Mentve {{fileName}} néven a választott mappába.',
      deliveryNote: 'Szállítólevél PDF'
    },
    related: 'Kapcsolódó bizonylatok',
    madeFrom: 'Előzmény',
    corrects: 'Helyesbíti',
    replaces: 'Helyettesíti',
    madeFromThis: 'Ebből a bizonylatból készült',
    issuedAt: 'Kiállítva',
    deliveries: 'Szállítások',
    customerDocuments: 'Árajánlatok, megrendelések, számlák',
    noneYet: 'Még nincs.',
    showAll: 'Mind a(z) {{count}} megjelenítése'
  },
  vat: {
    category: {
      S: 'Általános kulcs',
      Z: 'Nulla kulcs',
      E: 'Adómentes',
      AE: 'Fordított adózás',
      K: 'Közösségen belüli értékesítés',
      G: 'Export az EU-n kívülre',
      O: 'Az áfa hatályán kívüli',
      B: 'Megosztott fizetés (split payment)'
    },
    productCategory: 'Áfakategória',
    productCategoryHint:
      'Az adómentes vagy nulla kulcsos termékek 0%-ot kapnak; a mentesség okát a bizonylat tételén kell megadni.',
    treatment: 'Áfakezelés',
    treatmentRule: 'Automatikus: {{category}}',
    treatmentHint:
      'Automatikus: belföldön általános áfa, közösségi adószámmal rendelkező uniós vállalkozásnak közösségen belüli értékesítés, az EU-n kívülre export. Válasszon fordított adózást, adómentességet vagy hatályon kívüliséget, ha az érvényes.',
    editorTreatment: 'Az ügyfél áfakezelése: {{category}}. Az új tételek ezt kapják.',
    applyTreatment: 'Alkalmazás minden tételre',
    ossApplies:
      'Távértékesítés {{country}} országbeli fogyasztónak: az ilyen eladások idén {{current}}, tavaly {{previous}} összegűek, meghaladják az uniós {{threshold}} értékhatárt, ezért {{country}} áfája érvényes (egyablakos ügyintézés, OSS).',
    ossBelow:
      'Távértékesítés {{country}} országbeli fogyasztónak: az ilyen eladások idén {{current}}, tavaly {{previous}} összegűek, az uniós {{threshold}} értékhatáron belül maradnak, ezért {{seller}} áfája érvényes.',
    ossOption:
      'Távértékesítés {{country}} országbeli fogyasztónak: a cég minden ilyen eladásra a fogyasztó országának áfáját számítja fel (OSS-választás, Beállítások → Cég); idén {{current}}, tavaly {{previous}}, értékhatár {{threshold}}. {{country}} áfája érvényes.',
    ossCharged: 'Felszámított áfa (OSS)',
    ossChargedValue: '{{country}} áfája, nem {{seller}} áfája',
    ossThisYear: 'Idei távértékesítés, ezzel együtt',
    ossLastYear: 'Tavalyi távértékesítés',
    ossThreshold: 'Uniós értékhatár',
    ossThresholdOption: '{{threshold}} (nem érte el: a cég OSS-választása)',
    reason: 'A(z) {{number}}. tétel áfamentességének oka',
    reasonCode: 'Az ok kódja',
    reasonCodeOf: '{{number}}. tétel: a mentesség okának kódja',
    noCode: 'Nincs kód',
    reasonText: 'Az ok nyomtatott szövege',
    reasonTextOf: '{{number}}. tétel: a mentesség oka nyomtatott szöveggel',
    reasonTextPlaceholder: 'pl. Adómentes az Áfa tv. 85. § alapján',
    warnForeign:
      'A(z) {{line}}. tétel {{rate}} áfát számít fel egy {{country}} országbeli vállalkozásnak: közösségi adószámmal rendelkező uniós vállalkozásnak ez általában közösségen belüli értékesítés (K) vagy fordított adózás (AE).',
    warnRate: '{{line}}. tétel: a(z) {{rate}} nem áfakulcs ebben az országban: {{country}}.',
    countryRates: '{{country}} kulcsainak használata: {{rates}}'
  },
  vatRates: {
    title: 'Áfakulcsok országonként',
    intro:
      'Az új tételsorok a cég országának a bizonylat dátumán érvényes kulcsait kínálják. Ha egy kulcs egy adott naptól változik, a már kiállított bizonylatok változatlanok maradnak.',
    show: 'Megjelenített ország',
    row: 'Sor',
    allCountries: 'Minden ország',
    inForce: 'Ma érvényes ({{country}}): {{rates}}',
    noneInForce: 'Ma nincs érvényes kulcs ({{country}}).',
    country: 'Ország',
    kind: 'Fajta',
    rate: 'Kulcs (%)',
    validFrom: 'Kezdete',
    validTo: 'Vége',
    actions: 'Műveletek',
    cell: '{{row}}. sor: {{field}}',
    remove: 'A(z) {{row}}. sor törlése',
    add: 'Kulcs hozzáadása',
    save: 'Áfakulcsok mentése',
    ratePercent: 'A kulcsot százalékban adja meg, pl. 27 vagy 5,5',
    kinds: {
      standard: 'Általános',
      reduced: 'Kedvezményes',
      superReduced: 'Szuperkedvezményes',
      zero: 'Nulla'
    }
  },
  docSettings: {
    company: {
      ossVoluntary:
        'A fogyasztó országának áfája minden uniós távértékesítésre, a 10 000 eurós értékhatár alatt is (OSS-választás, az áfairányelv 59c. cikk (3) bekezdése; két naptári évre köt)',
      title: 'Cégadatai a bizonylatokon',
      intro: 'Minden árajánlatra, megrendelésre, szállítólevélre és számlára rákerül.',
      legalName: 'Cégnév',
      taxId: 'Adószám',
      phone: 'Telefon',
      email: 'E-mail',
      website: 'Weboldal',
      iban: 'Bankszámla (IBAN)',
      bic: 'BIC',
      logo: 'Logó',
      logoAlt: 'Az Ön logója',
      noLogo: 'Még nincs logó (PNG vagy JPEG, legfeljebb 512 KB).',
      logoChoose: 'Logó kiválasztása…',
      logoRemove: 'A logó eltávolítása',
      defaultTerms: 'Alapértelmezett feltételek az új bizonylatokhoz',
      documentFooter: 'A bizonylatok lábléce',
      languageTexts: 'Feltételek és lábléc nyelvenként',
      textLanguage: 'A bizonylat nyelve',
      languageTextsHint:
        'Ha egy nyelv mezőit üresen hagyja, az ilyen nyelvű bizonylatokra a fenti alapértelmezett feltételek és lábléc kerül.',
      languageTerms: 'Feltételek az ilyen nyelvű bizonylatokon',
      languageFooter: 'Lábléc az ilyen nyelvű bizonylatokon'
    },
    documents: {
      title: 'Sorszámozás és alapértékek',
      prefix: 'Előtag: {{type}}',
      defaultCurrency: 'Alapértelmezett pénznem',
      accountingCurrency: 'Könyvelési pénznem',
      accountingCurrencyHint:
        'A könyvelés pénzneme: az árfolyamok ehhez viszonyulnak, a heti adatok erre számítódnak át',
      vatRates: 'Áfakulcsok (%)',
      vatRatesHint: 'Pontosvesszővel („;”) elválasztva; az első az új tételek alapértéke.',
      paperSize: 'Papírméret',
      paperInRegion: 'a Területi beállítások részben módosítható',
      estimateValidityDays: 'Árajánlatok érvényessége (nap)',
      printLocale: 'Számok és dátumok a bizonylatokon',
      printLocaleHint: 'Területi beállítás, pl. es-ES, en-GB vagy hu-HU.'
    }
  }
}

const ru: Strings<typeof en> = {
  documents: {
    count_one: '{{formatted}} документ',
    count_few: '{{formatted}} документа',
    count_many: '{{formatted}} документов',
    count_other: '{{formatted}} документа',
    searchLabel: 'Поиск',
    searchPlaceholder: 'Номер или клиент…',
    filterType: 'Показать',
    filterStatus: 'Статус',
    filterExecutive: 'Менеджер',
    dateFrom: 'Выставлены с',
    dateTo: 'Выставлены по',
    onlyCustomer: 'Только документы клиента {{name}}.',
    openCustomer: 'Открыть клиента',
    allCustomers: 'Все клиенты',
    noNumber: 'Черновик',
    type: {
      estimate: 'Коммерческое предложение',
      order: 'Заказ',
      invoice: 'Счёт',
      credit_note: 'Кредит-нота',
      debit_note: 'Дебет-нота'
    },
    typePlural: {
      estimate: 'Коммерческие предложения',
      order: 'Заказы',
      invoice: 'Счета',
      credit_note: 'Кредит-ноты',
      debit_note: 'Дебет-ноты'
    },
    draftOf: {
      estimate: 'Черновик КП',
      order: 'Черновик заказа',
      invoice: 'Черновик счёта',
      credit_note: 'Черновик кредит-ноты',
      debit_note: 'Черновик дебет-ноты'
    },
    new: {
      estimate: 'Новое КП',
      order: 'Новый заказ',
      invoice: 'Новый счёт',
      credit_note: 'Новая кредит-нота',
      debit_note: 'Новая дебет-нота'
    },
    status: {
      draft: 'Черновик',
      sent: 'Отправлено',
      accepted: 'Принято',
      declined: 'Отклонено',
      converted: 'Преобразовано в заказ',
      confirmed: 'Подтверждён',
      partially_delivered: 'Поставлен частично',
      delivered: 'Поставлен',
      cancelled: 'Отменён',
      issued: 'Выставлен'
    },
    expired: 'Истекло',
    late: 'Просрочен',
    paymentStatus: {
      unpaid: 'Не оплачен',
      part_paid: 'Оплачен частично',
      paid: 'Оплачен',
      overdue: 'Просрочен',
      credited: 'Сторнирован'
    },
    filterPayment: 'Оплата',
    colPayment: 'Оплата',
    colOpen: 'Остаток',
    openTotals: 'Остаток по списку: {{amounts}}',
    expiredNotice:
      'Срок действия этого КП истёк {{date}} без ответа: принять его уже нельзя. Переработайте его, чтобы отправить новое.',
    lateNotice: 'Поставка по этому заказу была обещана на {{date}} и ещё не выполнена полностью.',
    statusReason: { declined: 'Причина отказа', cancelled: 'Причина отмены' },
    keyDate: {
      estimate: 'Действительно до',
      order: 'Срок поставки',
      invoice: 'Срок оплаты',
      credit_note: 'Срок оплаты',
      debit_note: 'Срок оплаты'
    },
    col: {
      number: 'Номер',
      issueDate: 'Дата',
      customer: 'Клиент',
      status: 'Статус',
      executive: 'Менеджер',
      total: 'Итого'
    },
    details: 'Реквизиты',
    customer: 'Клиент',
    customerPlaceholder: 'Введите наименование, код или ИНН…',
    noCustomerMatch: 'Нет подходящих клиентов.',
    executive: 'Менеджер',
    issueDate: 'Дата',
    issueDateHint: 'Пусто: дата выставления.',
    validUntil: 'Действительно до',
    validUntilHint: 'Пусто: через {{days}} дн. после даты.',
    promisedDate: 'Обещанная дата поставки',
    dueDate: 'Срок оплаты',
    supplyDate: 'Дата поставки',
    supplyDateHint: 'Пусто: даты отгрузки по заказу, иначе дата счёта.',
    duePreview: 'Срок оплаты {{date}}: клиент платит в течение {{days}} дн.',
    currency: 'Валюта',
    paymentMethod: 'Способ оплаты',
    paymentInstructions: 'Платёжные реквизиты',
    texts: 'Примечания и условия',
    notes: 'Примечания',
    terms: 'Условия',
    reason: 'Основание',
    lines: 'Строки',
    addLine: 'Добавить строку',
    addLineHint: 'Alt+N добавляет строку из любого места документа; Ctrl+Delete удаляет текущую строку',
    noLines: 'Строк пока нет. Нажмите Alt+N или «Добавить строку» и введите наименование товара.',
    linesNotCounted_one: '{{count}} строка не учитывается в итогах, пока в ней не заполнены все числа.',
    linesNotCounted_few: '{{count}} строки не учитываются в итогах, пока в них не заполнены все числа.',
    linesNotCounted_many: '{{count}} строк не учитываются в итогах, пока в них не заполнены все числа.',
    linesNotCounted_other: '{{count}} строки не учитываются в итогах, пока в них не заполнены все числа.',
    removeLine: 'Удалить строку {{number}}',
    removeLineHint: 'Ctrl+Delete в строке удаляет её',
    productMatches: 'Подходящие товары',
    freeTextLine: 'Подходящих товаров нет: строка остаётся произвольным текстом.',
    line: {
      description: 'Товар или описание',
      descriptionPlaceholder: 'Введите товар или описание…',
      descriptionOf: 'Строка {{number}}: товар или описание',
      quantity: 'Количество',
      quantityOf: 'Строка {{number}}: количество',
      unit: 'Ед. изм.',
      unitOf: 'Строка {{number}}: единица измерения',
      price: 'Цена',
      priceOf: 'Строка {{number}}: цена',
      discount: 'Скидка %',
      discountOf: 'Строка {{number}}: скидка %',
      vat: 'НДС',
      vatOf: 'Строка {{number}}: ставка НДС',
      net: 'Сумма без НДС',
      promised: 'Срок',
      promisedOf: 'Строка {{number}}: срок поставки',
      promisedHint: 'Только если эта строка поставляется в другой день, чем весь заказ',
      delivered: 'Поставлено',
      invoiced: 'Выставлено',
      credited: 'Скорректировано'
    },
    vatRate: 'Ставка НДС',
    vatBase: 'Облагаемая сумма',
    vatAmount: 'НДС',
    net: 'Без НДС',
    vat: 'НДС',
    total: 'Итого',
    saveDraft: 'Сохранить черновик',
    draftSaved: 'Черновик сохранён.',
    changedElsewhere:
      'Тем временем документ был выставлен или изменён в другом месте; показана сохранённая версия.',
    draftCreated: 'Создан новый черновик. Проверьте его и выставьте, когда он будет готов.',
    actions: 'Что можно сделать с документом',
    issueAction: {
      estimate: 'Отправить КП',
      order: 'Подтвердить заказ',
      invoice: 'Выставить счёт',
      credit_note: 'Выставить кредит-ноту',
      debit_note: 'Выставить дебет-ноту'
    },
    issueConfirm: {
      estimate:
        'КП получает номер и отмечается как отправленное. Изменить его уже нельзя, но позже можно подготовить новую редакцию.',
      order: 'Заказ получает номер и становится подтверждённым. Изменить его уже нельзя.',
      invoice:
        'Счёт получает следующий номер. Выставленный счёт нельзя изменить или удалить; ошибки исправляются кредит-нотой.',
      credit_note:
        'Кредит-нота получает следующий номер и окончательно корректирует счёт. Её нельзя изменить или удалить.',
      debit_note:
        'Дебет-нота получает следующий номер и окончательно дополняет счёт. Её нельзя изменить или удалить.'
    },
    issued: '{{label}}: выставлен.',
    accepted: 'КП принято. Теперь его можно превратить в заказ или выставить по нему счёт.',
    action: {
      accept: 'Принято клиентом',
      decline: 'Отклонено клиентом',
      duplicate: 'Копировать',
      revise: 'Новая редакция',
      convertToOrder: 'Превратить в заказ',
      invoice: 'Выставить счёт',
      recordDelivery: 'Отметить поставку',
      cancel: 'Отменить заказ',
      creditNote: 'Кредит-нота',
      debitNote: 'Дебет-нота'
    },
    declineExplain: 'Почему клиент отказался? Причина сохраняется вместе с КП.',
    cancelExplain: 'Почему заказ отменяется? Уже поставленное остаётся в учёте.',
    creditNoteExplain:
      'Выберите количества к уменьшению по каждой строке счёта. Кредит-нота создаётся как черновик, чтобы вы проверили и выставили её.',
    creditRemainderExplain:
      'Все строки этого счёта уже скорректированы, а доставка, начисления или скидки — нет. Кредит-нота корректирует их так, как они были в счёте, с одной строкой на 0,00 с номером счёта. Она создаётся как черновик, чтобы вы проверили и выставили её.',
    debitNoteExplain:
      'Выберите количества к доначислению по каждой строке счёта. Дебет-нота создаётся как черновик, чтобы вы проверили и выставили её.',
    creditable: 'Можно скорректировать',
    invoiced: 'Выставлено',
    make: { creditNote: 'Создать кредит-ноту', debitNote: 'Создать дебет-ноту' },
    deliveryExplain:
      'Укажите, что поставлено по каждой строке; оставьте строку пустой, если по ней ничего не отгружено.',
    deliveryDate: 'Дата поставки',
    deliveryNote: 'Примечание для накладной',
    toDeliver: 'Осталось поставить',
    deliveryRecorded: 'Поставка отмечена.',
    invoiceWhat: 'Что включить в счёт?',
    invoiceQuantities: {
      delivered: 'Только поставленное и ещё не выставленное',
      all: 'Всё заказанное и ещё не выставленное'
    },
    makeInvoice: 'Создать черновик счёта',
    deleteDraft: 'Удалить черновик',
    deleteConfirm: 'Удалить этот черновик? У него ещё нет номера, поэтому следов не останется.',
    deleted: 'Черновик удалён.',
    pdf: {
      preview: 'Просмотр PDF',
      download: 'Сохранить PDF',
      print: 'Печать',
      printHint: 'PDF открыт в новой вкладке: распечатайте его оттуда через Ctrl+P или кнопку принтера.',
      savedBrowser: 'Сохранено как {{fileName}} в папке загрузок браузера (Ctrl+J показывает загрузки).',
      savedApp: 'Сохранено как {{fileName}} в выбранной вами папке.',
      deliveryNote: 'Накладная в PDF'
    },
    related: 'Связанные документы',
    madeFrom: 'Создан из',
    corrects: 'Корректирует',
    replaces: 'Заменяет',
    madeFromThis: 'Созданы из этого документа',
    issuedAt: 'Выставлен',
    deliveries: 'Поставки',
    customerDocuments: 'КП, заказы, счета',
    noneYet: 'Пока нет.',
    showAll: 'Показать все ({{count}})'
  },
  vat: {
    category: {
      S: 'Общая ставка',
      Z: 'Нулевая ставка',
      E: 'Освобождено',
      AE: 'Обратное начисление',
      K: 'Поставка внутри ЕС',
      G: 'Экспорт за пределы ЕС',
      O: 'Не облагается НДС',
      B: 'Раздельная оплата (split payment)'
    },
    productCategory: 'Категория НДС',
    productCategoryHint:
      'Освобождённые товары и товары по нулевой ставке получают 0 %; основание освобождения указывается в строке документа.',
    treatment: 'Режим НДС',
    treatmentRule: 'Автоматически: {{category}}',
    treatmentHint:
      'Автоматически: общая ставка в вашей стране, поставка внутри ЕС для компаний ЕС с номером НДС, экспорт за пределы ЕС. Выберите обратное начисление, освобождение или «не облагается», когда это применимо.',
    editorTreatment: 'Режим НДС этого клиента: {{category}}. Новые строки получают его.',
    applyTreatment: 'Применить ко всем строкам',
    ossApplies:
      'Дистанционная продажа потребителю в {{country}}: такие продажи составили {{current}} в этом году и {{previous}} в прошлом, выше порога ЕС {{threshold}}, поэтому применяется НДС {{country}} (единое окно, OSS).',
    ossBelow:
      'Дистанционная продажа потребителю в {{country}}: такие продажи составили {{current}} в этом году и {{previous}} в прошлом, в пределах порога ЕС {{threshold}}, поэтому применяется НДС {{seller}}.',
    ossOption:
      'Дистанционная продажа потребителю в {{country}}: компания применяет НДС страны потребителя ко всем таким продажам (выбор OSS, Настройки → Компания); они составили {{current}} в этом году и {{previous}} в прошлом, порог {{threshold}}. Применяется НДС {{country}}.',
    ossCharged: 'Начисленный НДС (OSS)',
    ossChargedValue: '{{country}}, а не {{seller}}',
    ossThisYear: 'Дистанционные продажи в этом году, с этой',
    ossLastYear: 'Дистанционные продажи в прошлом году',
    ossThreshold: 'Порог ЕС',
    ossThresholdOption: '{{threshold}} (не достигнут: выбор OSS компании)',
    reason: 'Основание освобождения от НДС для строки {{number}}',
    reasonCode: 'Код основания',
    reasonCodeOf: 'Строка {{number}}: код основания освобождения',
    noCode: 'Без кода',
    reasonText: 'Основание, как оно печатается',
    reasonTextOf: 'Строка {{number}}: основание освобождения, как оно печатается',
    reasonTextPlaceholder: 'например, Освобождено по ст. 20 Закона об НДС',
    warnForeign:
      'Строка {{line}}: НДС {{rate}} начислен компании из {{country}}: поставка компании из ЕС с номером НДС обычно оформляется как поставка внутри ЕС (K) или с обратным начислением (AE).',
    warnRate: 'Строка {{line}}: {{rate}} — не ставка НДС страны {{country}}.',
    countryRates: 'Взять ставки страны {{country}}: {{rates}}'
  },
  vatRates: {
    title: 'Ставки НДС по странам',
    intro:
      'Новым строкам документа предлагаются ставки страны вашей организации, действующие на дату документа. Если ставка меняется с какой-то даты, уже выставленные документы остаются прежними.',
    show: 'Показать страну',
    row: 'Строка',
    allCountries: 'Все страны',
    inForce: 'Действуют сегодня ({{country}}): {{rates}}',
    noneInForce: 'Сегодня нет действующих ставок ({{country}}).',
    country: 'Страна',
    kind: 'Вид',
    rate: 'Ставка (%)',
    validFrom: 'С',
    validTo: 'По',
    actions: 'Действия',
    cell: 'Строка {{row}}: {{field}}',
    remove: 'Удалить строку {{row}}',
    add: 'Добавить ставку',
    save: 'Сохранить ставки НДС',
    ratePercent: 'Укажите ставку в процентах, например 20 или 5,5',
    kinds: {
      standard: 'Основная',
      reduced: 'Пониженная',
      superReduced: 'Сверхпониженная',
      zero: 'Нулевая'
    }
  },
  docSettings: {
    company: {
      ossVoluntary:
        'Применять НДС страны потребителя ко всем дистанционным продажам в ЕС, в том числе ниже порога 10 000 € (выбор OSS, ст. 59c(3) Директивы об НДС; обязателен на два календарных года)',
      title: 'Ваша организация в документах',
      intro: 'Печатается в каждом КП, заказе, накладной и счёте.',
      legalName: 'Полное наименование',
      taxId: 'ИНН',
      phone: 'Телефон',
      email: 'E-mail',
      website: 'Сайт',
      iban: 'Банковский счёт (IBAN)',
      bic: 'БИК / BIC',
      logo: 'Логотип',
      logoAlt: 'Ваш логотип',
      noLogo: 'Логотипа пока нет (PNG или JPEG, не более 512 КБ).',
      logoChoose: 'Выбрать логотип…',
      logoRemove: 'Удалить логотип',
      defaultTerms: 'Условия по умолчанию для новых документов',
      documentFooter: 'Нижний колонтитул документов',
      languageTexts: 'Условия и нижний колонтитул по языкам',
      textLanguage: 'Язык документа',
      languageTextsHint:
        'Документы на языке с пустыми полями печатаются с условиями и нижним колонтитулом по умолчанию (выше).',
      languageTerms: 'Условия для документов на этом языке',
      languageFooter: 'Нижний колонтитул для документов на этом языке'
    },
    documents: {
      title: 'Нумерация и значения по умолчанию',
      prefix: 'Префикс: {{type}}',
      defaultCurrency: 'Валюта по умолчанию',
      accountingCurrency: 'Валюта учёта',
      accountingCurrencyHint:
        'Валюта бухгалтерского учёта: курсы указываются относительно неё, еженедельные показатели пересчитываются в неё',
      vatRates: 'Ставки НДС (%)',
      vatRatesHint: 'Через «;»; первая используется для новых строк.',
      paperSize: 'Формат бумаги',
      paperInRegion: 'меняется в разделе «Региональные настройки»',
      estimateValidityDays: 'Срок действия КП (дней)',
      printLocale: 'Числа и даты в документах',
      printLocaleHint: 'Региональный формат, например es-ES, en-GB или hu-HU.'
    }
  }
}

export const documentsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
