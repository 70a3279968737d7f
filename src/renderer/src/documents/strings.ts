/** Strings of the sales document screens (estimates, orders, invoices, credit and debit notes) and the company/document settings: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { MessageTranslations, Strings, Translations } from '../../../shared/languages'

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
  docSettings: {
    company: {
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
      documentFooter: 'Document footer'
    },
    documents: {
      title: 'Numbering and defaults',
      prefix: 'Prefix for {{type}}',
      defaultCurrency: 'Default currency',
      vatRates: 'VAT rates (%)',
      vatRatesHint: 'Separated by “;”; the first one is the default for new lines.',
      paperSize: 'Paper size',
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
    vatAmount: 'Cuota',
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
      creditNote: 'Rectificativa',
      debitNote: 'Nota de cargo'
    },
    declineExplain: '¿Por qué lo rechazó el cliente? El motivo queda con el presupuesto.',
    cancelExplain: '¿Por qué se anula el pedido? Lo ya entregado queda registrado.',
    creditNoteExplain:
      'Elija las cantidades a abonar de cada línea de la factura. La rectificativa se crea como borrador para revisarla y emitirla.',
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
  docSettings: {
    company: {
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
      documentFooter: 'Pie de los documentos'
    },
    documents: {
      title: 'Numeración y valores por defecto',
      prefix: 'Prefijo de {{type}}',
      defaultCurrency: 'Moneda por defecto',
      vatRates: 'Tipos de IVA (%)',
      vatRatesHint: 'Separados por «;»; el primero es el de las líneas nuevas.',
      paperSize: 'Tamaño de papel',
      estimateValidityDays: 'Validez de los presupuestos (días)',
      printLocale: 'Números y fechas en los documentos',
      printLocaleHint: 'Una configuración regional como es-ES, en-GB o hu-HU.'
    }
  }
}

export const documentsStrings: Translations<typeof en> = { en, es }

/** English messages of the schemas and the API, translated. */
export const documentsMessages: MessageTranslations = {
  es: {
    'Pick a customer': 'Elija un cliente',
    'Enter a quantity': 'Indique una cantidad',
    'Enter a price': 'Indique un precio',
    'Enter a percentage, e.g. 10 or 12.5': 'Indique un porcentaje, p. ej. 10 o 12,5',
    'Description is required': 'La descripción es obligatoria',
    'Reason is required': 'El motivo es obligatorio',
    'At most three decimals': 'Como máximo tres decimales',
    'The quantity must be more than zero': 'La cantidad debe ser mayor que cero',
    'A price cannot be negative': 'Un precio no puede ser negativo',
    'A discount cannot be negative': 'Un descuento no puede ser negativo',
    'At most 100 %': 'Como máximo 100 %',
    'More than what is left on this line': 'Más de lo que queda en esta línea',
    'Pick at least one line': 'Elija al menos una línea',
    'Use a date like 2026-03-02': 'Use una fecha como 2026-03-02',
    'Use a three-letter currency code, e.g. EUR': 'Use un código de moneda de tres letras, p. ej. EUR',
    'Valid until must not be before the issue date': 'La validez no puede ser anterior a la fecha',
    'Enter VAT rates as percentages, e.g. 21; 10; 4; 0':
      'Indique los tipos de IVA en porcentaje, p. ej. 21; 10; 4; 0',
    'Enter a number of days between 1 and 365': 'Indique un número de días entre 1 y 365',
    'A prefix is required': 'El prefijo es obligatorio',
    'Use letters and digits only': 'Use solo letras y cifras',
    'At least one VAT rate': 'Al menos un tipo de IVA',
    'The logo must be a PNG or JPEG image': 'El logotipo debe ser una imagen PNG o JPEG',
    'The logo is too large: at most 512 KB': 'El logotipo es demasiado grande: 512 KB como máximo',
    'Use a locale such as es-ES or en-GB': 'Use una configuración regional como es-ES o en-GB'
  }
}
