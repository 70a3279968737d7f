/** Strings of the payments and receivables area: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { MessageTranslations, Strings, Translations } from '../../../shared/languages'

const en = {
  payments: {
    title: 'Payments & receivables',
    count_one: '{{formatted}} payment',
    count_other: '{{formatted}} payments',
    tabsLabel: 'Views',
    tabs: {
      list: 'Payments',
      overdue: 'Overdue',
      aged: 'Aged receivables',
      investigations: 'Returned payments',
      reminders: 'Reminder letters'
    },
    record: 'Record a payment',
    import: 'Import payments…',
    searchLabel: 'Search',
    searchPlaceholder: 'Customer or reference…',
    filterStatus: 'Status',
    filterMethod: 'Method',
    listLabel: 'Payments',
    status: {
      received: 'Received',
      returned: 'Returned'
    },
    method: {
      bank_transfer: 'Bank transfer',
      card: 'Card',
      direct_debit: 'Direct debit'
    },
    col: {
      date: 'Date',
      customer: 'Customer',
      amount: 'Amount',
      method: 'Method',
      reference: 'Reference',
      documents: 'Pays',
      status: 'Status'
    },
    itemStatus: {
      unpaid: 'Unpaid',
      partially_paid: 'Partly paid',
      paid: 'Paid'
    },
    overdueBadge: 'Overdue',
    overdue: {
      count_one: '{{formatted}} overdue document',
      count_other: '{{formatted}} overdue documents',
      searchPlaceholder: 'Number or customer…',
      listLabel: 'Overdue documents',
      col: {
        number: 'Document',
        customer: 'Customer',
        dueDate: 'Due',
        days: 'Days overdue',
        total: 'Total',
        open: 'Still owed',
        status: 'Status'
      }
    },
    aged: {
      count_one: '{{formatted}} customer',
      count_other: '{{formatted}} customers',
      searchPlaceholder: 'Customer…',
      asOf: 'As of',
      listLabel: 'Aged receivables',
      totals: 'All customers',
      col: {
        customer: 'Customer',
        current: 'Current',
        days1to30: '1–30 days',
        days31to60: '31–60 days',
        days61to90: '61–90 days',
        over90: 'Over 90 days',
        total: 'Total open',
        credit: 'Credit'
      }
    },
    investigations: {
      count_one: '{{formatted}} investigation',
      count_other: '{{formatted}} investigations',
      listLabel: 'Investigations of returned payments',
      filterActive: 'Still open',
      status: {
        open: 'Open',
        contacted: 'Customer contacted',
        resolved: 'Resolved',
        written_off: 'Written off'
      },
      col: {
        opened: 'Opened',
        customer: 'Customer',
        amount: 'Amount',
        reason: 'Reason',
        fee: 'Bank fee',
        status: 'Status',
        notes: 'Notes'
      },
      title: 'Returned payment of {{amount}}',
      payment: 'Payment',
      returnedOn: 'Returned on',
      reason: 'Reason',
      fee: 'Bank fee',
      debitNote: 'Fee re-billed on',
      outcome: 'Outcome',
      outcomeHint: 'How it ended (required to resolve or write off)',
      stepDate: 'Date',
      markContacted: 'Customer contacted',
      resolve: 'Resolved',
      writeOff: 'Write off',
      saveOutcome: 'Save the outcome',
      notes: 'Notes',
      noNotes: 'No notes yet.',
      noteDate: 'Date',
      noteText: 'Note',
      addNote: 'Add the note',
      updated: 'Investigation updated.',
      noteAdded: 'Note added.'
    },
    reasons: {
      insufficient_funds: 'Insufficient funds',
      mandate_cancelled: 'Mandate cancelled',
      disputed_card_charge: 'Disputed card charge',
      wrong_account: 'Wrong account',
      account_closed: 'Account closed',
      other: 'Other'
    },
    detail: {
      title: 'Payment of {{amount}}',
      customer: 'Customer',
      date: 'Date',
      method: 'Method',
      reference: 'Reference',
      note: 'Note',
      allocations: 'Paid documents',
      noAllocations: 'Not allocated to any document.',
      credit: 'Kept as customer credit',
      returned: 'Returned on {{date}}: {{reason}}',
      investigation: 'Open the investigation',
      recordReturn: 'Record a return…',
      source: {
        manual: 'Entered by hand',
        import: 'Imported'
      }
    },
    returnDialog: {
      title: 'Payment returned by the bank',
      date: 'Returned on',
      reason: 'Reason',
      fee: 'Bank fee',
      rebill: 'Re-bill the fee to the customer (debit note)',
      note: 'Note',
      ok: 'Record the return',
      done: 'Return recorded: the invoices are open again and an investigation was opened.'
    },
    recordDialog: {
      title: 'Record a payment',
      customer: 'Customer',
      date: 'Date received',
      amount: 'Amount',
      method: 'Method',
      reference: 'Reference',
      note: 'Note',
      allocation: 'What it pays',
      oldestFirst: 'The oldest open documents first',
      choose: 'Let me choose',
      noOpen: 'This customer has nothing open: the payment becomes credit.',
      payThis: 'Pay {{number}}',
      open: 'still owed {{amount}}',
      ok: 'Record the payment',
      amountInvalid: 'Enter an amount, e.g. 1234.50'
    },
    importDialog: {
      title: 'Import payments',
      hint: 'A .csv or .xlsx file with the columns Customer no., Date, Amount, Method, Reference, Invoices. Nothing is imported unless every row is right.',
      file: 'File',
      template: 'Download a template',
      ok: 'Import',
      done_one: '{{count}} payment imported ({{amount}}).',
      done_other: '{{count}} payments imported ({{amount}}).',
      problems: 'Nothing was imported. Please correct these rows and import the file again:',
      row: 'Row',
      column: 'Column',
      message: 'Problem'
    },
    reminders: {
      title: 'Wording of the payment reminders',
      hint: 'Placeholders: {customer}, {company}, {total}, {date}, {days} (the longest delay).',
      level: 'Level {{level}}',
      letterTitle: 'Title',
      body: 'Text',
      closing: 'Closing',
      saved: 'Reminder wording saved.'
    },
    account: {
      title: 'Payments and balance',
      balance: 'Balance',
      credit: 'Credit',
      overdue: 'Overdue',
      reliability: 'Payment reliability',
      reliabilityDetail:
        '{{returns}} returned, {{late}} of {{due}} paid late, {{days}} days late on average (12 months)',
      rating: {
        good: 'Good',
        fair: 'Fair',
        poor: 'Poor',
        no_history: 'No history'
      },
      openInvestigations: '{{count}} open investigation(s)',
      allInvestigations: 'All of this customer’s returned payments',
      openItems: 'Open documents',
      noOpenItems: 'Nothing open.',
      statement: 'Statement of account (PDF)',
      reminder: 'Reminder {{level}} (PDF)',
      applyCredit: 'Apply credit to {{number}}',
      creditApplied: '{{amount}} of credit applied to {{number}}.',
      recordPayment: 'Record a payment'
    },
    document: {
      title: 'Payment',
      open: 'Still owed: {{amount}}',
      account: 'The customer’s account'
    },
    setup: {
      title: 'How this customer pays',
      method: 'Payment method',
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Mandate reference',
      mandateSignedOn: 'Mandate signed on',
      cardBrand: 'Card brand',
      cardLast4: 'Last four digits',
      cardLast4Hint: 'Never the full card number',
      cardExpiry: 'Expiry (year-month)',
      save: 'Save the payment set-up',
      saved: 'Payment set-up saved. New invoices use this method.',
      brands: {
        visa: 'Visa',
        mastercard: 'Mastercard',
        amex: 'American Express',
        discover: 'Discover',
        diners: 'Diners Club',
        jcb: 'JCB',
        unionpay: 'UnionPay',
        maestro: 'Maestro',
        other: 'Other'
      },
      chooseBrand: 'Choose…'
    }
  }
}

const es: Strings<typeof en> = {
  payments: {
    title: 'Cobros y pendientes',
    count_one: '{{formatted}} cobro',
    count_other: '{{formatted}} cobros',
    tabsLabel: 'Vistas',
    tabs: {
      list: 'Cobros',
      overdue: 'Vencidos',
      aged: 'Antigüedad de saldos',
      investigations: 'Devoluciones',
      reminders: 'Cartas de reclamación'
    },
    record: 'Registrar un cobro',
    import: 'Importar cobros…',
    searchLabel: 'Buscar',
    searchPlaceholder: 'Cliente o referencia…',
    filterStatus: 'Estado',
    filterMethod: 'Forma de pago',
    listLabel: 'Cobros',
    status: {
      received: 'Recibido',
      returned: 'Devuelto'
    },
    method: {
      bank_transfer: 'Transferencia',
      card: 'Tarjeta',
      direct_debit: 'Domiciliación'
    },
    col: {
      date: 'Fecha',
      customer: 'Cliente',
      amount: 'Importe',
      method: 'Forma de pago',
      reference: 'Referencia',
      documents: 'Paga',
      status: 'Estado'
    },
    itemStatus: {
      unpaid: 'Pendiente',
      partially_paid: 'Pagada en parte',
      paid: 'Pagada'
    },
    overdueBadge: 'Vencida',
    overdue: {
      count_one: '{{formatted}} documento vencido',
      count_other: '{{formatted}} documentos vencidos',
      searchPlaceholder: 'Número o cliente…',
      listLabel: 'Documentos vencidos',
      col: {
        number: 'Documento',
        customer: 'Cliente',
        dueDate: 'Vencimiento',
        days: 'Días vencido',
        total: 'Total',
        open: 'Pendiente',
        status: 'Estado'
      },
      count_many: '{{formatted}} documentos vencidos'
    },
    aged: {
      count_one: '{{formatted}} cliente',
      count_other: '{{formatted}} clientes',
      searchPlaceholder: 'Cliente…',
      asOf: 'A fecha de',
      listLabel: 'Antigüedad de saldos',
      totals: 'Todos los clientes',
      col: {
        customer: 'Cliente',
        current: 'Sin vencer',
        days1to30: '1–30 días',
        days31to60: '31–60 días',
        days61to90: '61–90 días',
        over90: 'Más de 90 días',
        total: 'Total pendiente',
        credit: 'Saldo a favor'
      },
      count_many: '{{formatted}} clientes'
    },
    investigations: {
      count_one: '{{formatted}} investigación',
      count_other: '{{formatted}} investigaciones',
      listLabel: 'Investigaciones de cobros devueltos',
      filterActive: 'Abiertas',
      status: {
        open: 'Abierta',
        contacted: 'Cliente contactado',
        resolved: 'Resuelta',
        written_off: 'Dada por perdida'
      },
      col: {
        opened: 'Abierta el',
        customer: 'Cliente',
        amount: 'Importe',
        reason: 'Motivo',
        fee: 'Comisión',
        status: 'Estado',
        notes: 'Notas'
      },
      title: 'Cobro devuelto de {{amount}}',
      payment: 'Cobro',
      returnedOn: 'Devuelto el',
      reason: 'Motivo',
      fee: 'Comisión bancaria',
      debitNote: 'Comisión repercutida en',
      outcome: 'Resultado',
      outcomeHint: 'Cómo terminó (obligatorio para resolver o dar por perdida)',
      stepDate: 'Fecha',
      markContacted: 'Cliente contactado',
      resolve: 'Resuelta',
      writeOff: 'Dar por perdida',
      saveOutcome: 'Guardar el resultado',
      notes: 'Notas',
      noNotes: 'Todavía no hay notas.',
      noteDate: 'Fecha',
      noteText: 'Nota',
      addNote: 'Añadir la nota',
      updated: 'Investigación actualizada.',
      noteAdded: 'Nota añadida.',
      count_many: '{{formatted}} investigaciones'
    },
    reasons: {
      insufficient_funds: 'Fondos insuficientes',
      mandate_cancelled: 'Mandato cancelado',
      disputed_card_charge: 'Cargo de tarjeta disputado',
      wrong_account: 'Cuenta errónea',
      account_closed: 'Cuenta cerrada',
      other: 'Otro'
    },
    detail: {
      title: 'Cobro de {{amount}}',
      customer: 'Cliente',
      date: 'Fecha',
      method: 'Forma de pago',
      reference: 'Referencia',
      note: 'Nota',
      allocations: 'Documentos pagados',
      noAllocations: 'No está aplicado a ningún documento.',
      credit: 'Queda como saldo a favor del cliente',
      returned: 'Devuelto el {{date}}: {{reason}}',
      investigation: 'Abrir la investigación',
      recordReturn: 'Registrar una devolución…',
      source: {
        manual: 'Introducido a mano',
        import: 'Importado'
      }
    },
    returnDialog: {
      title: 'Cobro devuelto por el banco',
      date: 'Devuelto el',
      reason: 'Motivo',
      fee: 'Comisión bancaria',
      rebill: 'Repercutir la comisión al cliente (nota de cargo)',
      note: 'Nota',
      ok: 'Registrar la devolución',
      done: 'Devolución registrada: las facturas vuelven a estar pendientes y se ha abierto una investigación.'
    },
    recordDialog: {
      title: 'Registrar un cobro',
      customer: 'Cliente',
      date: 'Fecha de cobro',
      amount: 'Importe',
      method: 'Forma de pago',
      reference: 'Referencia',
      note: 'Nota',
      allocation: 'Qué paga',
      oldestFirst: 'Los documentos pendientes más antiguos primero',
      choose: 'Elegir',
      noOpen: 'Este cliente no tiene nada pendiente: el cobro queda como saldo a favor.',
      payThis: 'Pagar {{number}}',
      open: 'pendiente {{amount}}',
      ok: 'Registrar el cobro',
      amountInvalid: 'Indique un importe, p. ej. 1234,50'
    },
    importDialog: {
      title: 'Importar cobros',
      hint: 'Un archivo .csv o .xlsx con las columnas Customer no., Date, Amount, Method, Reference, Invoices. No se importa nada si alguna fila tiene un problema.',
      file: 'Archivo',
      template: 'Descargar una plantilla',
      ok: 'Importar',
      done_one: '{{count}} cobro importado ({{amount}}).',
      done_other: '{{count}} cobros importados ({{amount}}).',
      problems: 'No se ha importado nada. Corrija estas filas e importe el archivo de nuevo:',
      row: 'Fila',
      column: 'Columna',
      message: 'Problema',
      done_many: '{{count}} cobros importados ({{amount}}).'
    },
    reminders: {
      title: 'Texto de las cartas de reclamación',
      hint: 'Marcadores: {customer}, {company}, {total}, {date}, {days} (el mayor retraso).',
      level: 'Nivel {{level}}',
      letterTitle: 'Título',
      body: 'Texto',
      closing: 'Despedida',
      saved: 'Texto de las reclamaciones guardado.'
    },
    account: {
      title: 'Cobros y saldo',
      balance: 'Saldo',
      credit: 'Saldo a favor',
      overdue: 'Vencido',
      reliability: 'Fiabilidad de pago',
      reliabilityDetail:
        '{{returns}} devoluciones, {{late}} de {{due}} pagadas con retraso, {{days}} días de retraso de media (12 meses)',
      rating: {
        good: 'Buena',
        fair: 'Regular',
        poor: 'Mala',
        no_history: 'Sin historial'
      },
      openInvestigations: '{{count}} investigación(es) abierta(s)',
      allInvestigations: 'Todos los cobros devueltos de este cliente',
      openItems: 'Documentos pendientes',
      noOpenItems: 'Nada pendiente.',
      statement: 'Extracto de cuenta (PDF)',
      reminder: 'Reclamación {{level}} (PDF)',
      applyCredit: 'Aplicar el saldo a {{number}}',
      creditApplied: '{{amount}} de saldo aplicado a {{number}}.',
      recordPayment: 'Registrar un cobro'
    },
    document: {
      title: 'Cobro',
      open: 'Pendiente: {{amount}}',
      account: 'La cuenta del cliente'
    },
    setup: {
      title: 'Cómo paga este cliente',
      method: 'Forma de pago',
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Referencia del mandato',
      mandateSignedOn: 'Mandato firmado el',
      cardBrand: 'Marca de la tarjeta',
      cardLast4: 'Últimos cuatro dígitos',
      cardLast4Hint: 'Nunca el número completo de la tarjeta',
      cardExpiry: 'Caducidad (año-mes)',
      save: 'Guardar la forma de pago',
      saved: 'Forma de pago guardada. Las facturas nuevas la usan.',
      brands: {
        visa: 'Visa',
        mastercard: 'Mastercard',
        amex: 'American Express',
        discover: 'Discover',
        diners: 'Diners Club',
        jcb: 'JCB',
        unionpay: 'UnionPay',
        maestro: 'Maestro',
        other: 'Otra'
      },
      chooseBrand: 'Elija…'
    },
    count_many: '{{formatted}} cobros'
  }
}

export const paymentsStrings: Translations<typeof en> = { en, es }

/** English messages of the schemas and the API, translated. */
export const paymentsMessages: MessageTranslations = {
  es: {
    'Enter an amount': 'Indique un importe',
    'The amount must be more than zero': 'El importe debe ser mayor que cero',
    'Amounts are whole cents': 'Los importes son céntimos enteros',
    'A payment cannot be dated in the future': 'Un cobro no puede tener fecha futura',
    'A return cannot be dated in the future': 'Una devolución no puede tener fecha futura',
    'Enter the bank fee to re-bill it': 'Indique la comisión para repercutirla',
    'Direct debit needs the customer’s IBAN': 'La domiciliación necesita el IBAN del cliente',
    'Direct debit needs the mandate reference': 'La domiciliación necesita la referencia del mandato',
    'Enter the date the mandate was signed': 'Indique la fecha de firma del mandato',
    'Choose the card brand': 'Elija la marca de la tarjeta',
    'Enter the last four digits of the card': 'Indique los últimos cuatro dígitos de la tarjeta',
    'Only the last four digits of the card': 'Solo los últimos cuatro dígitos de la tarjeta',
    'Enter the card’s expiry, e.g. 2027-09': 'Indique la caducidad de la tarjeta, p. ej. 2027-09',
    'Use year and month, e.g. 2027-09': 'Use año y mes, p. ej. 2027-09',
    'Say how it ended': 'Indique cómo terminó',
    'The note is required': 'La nota es obligatoria',
    'This looks like a full card number. For safety Salesdesk keeps only the card brand, the last four digits and the expiry date.':
      'Parece un número de tarjeta completo. Por seguridad, Salesdesk solo guarda la marca, los cuatro últimos dígitos y la caducidad.'
  }
}
