/** Strings of the payments and receivables area: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

/** Card brands are written the same in every language; only "other" is translated. */
const cardBrandNames = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'Maestro'
}

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
    filterExecutive: 'Sales executive',
    listTotal: 'Total of this list: {{amounts}}',
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
      amountInvalid: 'Enter an amount, e.g. 1234.50',
      currency: 'Currency',
      currencyNeeded: 'This customer owes in more than one currency: choose the payment’s currency.'
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
      message: 'Problem',
      moreProblems: '…and {{count}} more problems, not listed',
      windows1252:
        'The file was not UTF-8: it was read as Windows-1252 (Western European). Check that names with accents look right.'
    },
    reminders: {
      title: 'Wording of the payment reminders',
      hint: 'Placeholders: {customer}, {company}, {total}, {date}, {days} (the longest delay).',
      level: 'Level {{level}}',
      letterTitle: 'Title',
      body: 'Text',
      closing: 'Closing',
      daysFirst: 'Days past the due date before an invoice is reminded',
      daysNext: 'Days after the previous reminder before this level',
      saved: 'Reminder wording saved.',
      language: 'Language of the letters',
      languageHint:
        'Each customer receives their reminders in their document language: word each language here.'
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
      reminder: 'Payment reminder, level {{level}} (PDF)',
      reminderNone: 'Payment reminder: nothing to remind',
      applyCredit: 'Apply credit to {{number}}',
      openingBalance: 'open in the previous system',
      creditApplied: '{{amount}} of credit applied to {{number}}.',
      recordPayment: 'Record a payment'
    },
    document: {
      recorded: 'Payment recorded.',
      openPayment: 'Open the payment',
      title: 'Payment',
      open: 'Still owed: {{amount}}',
      account: 'The customer’s account'
    },
    setup: {
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Mandate reference',
      mandateSignedOn: 'Mandate signed on',
      cardBrand: 'Card brand',
      cardLast4: 'Last four digits',
      cardLast4Hint: 'Never the full card number',
      cardExpiry: 'Expiry (year-month)',
      brands: { ...cardBrandNames, other: 'Other' },
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
    filterExecutive: 'Comercial',
    listTotal: 'Total de esta lista: {{amounts}}',
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
      amountInvalid: 'Indique un importe, p. ej. 1234,50',
      currency: 'Moneda',
      currencyNeeded: 'Este cliente debe en más de una moneda: elija la moneda del cobro.'
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
      moreProblems: '…y {{count}} problemas más, no listados',
      windows1252:
        'El archivo no estaba en UTF-8: se ha leído como Windows-1252 (Europa occidental). Compruebe que los nombres con acentos se ven bien.',
      done_many: '{{count}} cobros importados ({{amount}}).'
    },
    reminders: {
      title: 'Texto de las cartas de reclamación',
      hint: 'Marcadores: {customer}, {company}, {total}, {date}, {days} (el mayor retraso).',
      level: 'Nivel {{level}}',
      letterTitle: 'Título',
      body: 'Texto',
      closing: 'Despedida',
      daysFirst: 'Días tras el vencimiento antes de reclamar una factura',
      daysNext: 'Días tras la reclamación anterior antes de este nivel',
      saved: 'Texto de las reclamaciones guardado.',
      language: 'Idioma de las cartas',
      languageHint:
        'Cada cliente recibe los recordatorios en el idioma de sus documentos: redacte aquí cada idioma.'
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
      reminder: 'Reclamación de pago, nivel {{level}} (PDF)',
      reminderNone: 'Reclamación de pago: nada que reclamar',
      applyCredit: 'Aplicar el saldo a {{number}}',
      openingBalance: 'pendiente en el sistema anterior',
      creditApplied: '{{amount}} de saldo aplicado a {{number}}.',
      recordPayment: 'Registrar un cobro'
    },
    document: {
      recorded: 'Cobro registrado.',
      openPayment: 'Abrir el cobro',
      title: 'Cobro',
      open: 'Pendiente: {{amount}}',
      account: 'La cuenta del cliente'
    },
    setup: {
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Referencia del mandato',
      mandateSignedOn: 'Mandato firmado el',
      cardBrand: 'Marca de la tarjeta',
      cardLast4: 'Últimos cuatro dígitos',
      cardLast4Hint: 'Nunca el número completo de la tarjeta',
      cardExpiry: 'Caducidad (año-mes)',
      brands: { ...cardBrandNames, other: 'Otra' },
      chooseBrand: 'Elija…'
    },
    count_many: '{{formatted}} cobros'
  }
}

const ca: Strings<typeof en> = {
  payments: {
    title: 'Cobraments i pendents',
    count_one: '{{formatted}} cobrament',
    count_many: '{{formatted}} de cobraments',
    count_other: '{{formatted}} cobraments',
    tabsLabel: 'Vistes',
    tabs: {
      list: 'Cobraments',
      overdue: 'Vençuts',
      aged: 'Antiguitat de saldos',
      investigations: 'Rebuts retornats',
      reminders: 'Cartes de reclamació'
    },
    record: 'Registra un cobrament',
    filterExecutive: 'Comercial',
    listTotal: 'Total d’aquesta llista: {{amounts}}',
    import: 'Importa cobraments…',
    searchLabel: 'Cerca',
    searchPlaceholder: 'Client o referència…',
    filterStatus: 'Estat',
    filterMethod: 'Forma',
    listLabel: 'Cobraments',
    status: { received: 'Rebut', returned: 'Retornat' },
    method: {
      bank_transfer: 'Transferència bancària',
      card: 'Targeta',
      direct_debit: 'Domiciliació bancària'
    },
    col: {
      date: 'Data',
      customer: 'Client',
      amount: 'Import',
      method: 'Forma',
      reference: 'Referència',
      documents: 'Paga',
      status: 'Estat'
    },
    itemStatus: { unpaid: 'Pendent', partially_paid: 'Pagada en part', paid: 'Pagada' },
    overdueBadge: 'Vençuda',
    overdue: {
      count_one: '{{formatted}} document vençut',
      count_many: '{{formatted}} de documents vençuts',
      count_other: '{{formatted}} documents vençuts',
      searchPlaceholder: 'Número o client…',
      listLabel: 'Documents vençuts',
      col: {
        number: 'Document',
        customer: 'Client',
        dueDate: 'Venciment',
        days: 'Dies de retard',
        total: 'Total',
        open: 'Pendent',
        status: 'Estat'
      }
    },
    aged: {
      count_one: '{{formatted}} client',
      count_many: '{{formatted}} de clients',
      count_other: '{{formatted}} clients',
      searchPlaceholder: 'Client…',
      asOf: 'A data de',
      listLabel: 'Antiguitat de saldos',
      totals: 'Tots els clients',
      col: {
        customer: 'Client',
        current: 'No vençut',
        days1to30: '1–30 dies',
        days31to60: '31–60 dies',
        days61to90: '61–90 dies',
        over90: 'Més de 90 dies',
        total: 'Total pendent',
        credit: 'Saldo a favor'
      }
    },
    investigations: {
      count_one: '{{formatted}} investigació',
      count_many: '{{formatted}} d’investigacions',
      count_other: '{{formatted}} investigacions',
      listLabel: 'Investigacions de rebuts retornats',
      filterActive: 'Encara obertes',
      status: {
        open: 'Oberta',
        contacted: 'Client contactat',
        resolved: 'Resolta',
        written_off: 'Donada per incobrable'
      },
      col: {
        opened: 'Oberta',
        customer: 'Client',
        amount: 'Import',
        reason: 'Motiu',
        fee: 'Comissió bancària',
        status: 'Estat',
        notes: 'Notes'
      },
      title: 'Rebut retornat de {{amount}}',
      payment: 'Cobrament',
      returnedOn: 'Retornat el',
      reason: 'Motiu',
      fee: 'Comissió bancària',
      debitNote: 'Comissió repercutida a',
      outcome: 'Resultat',
      outcomeHint: 'Com ha acabat (obligatori per resoldre o donar per incobrable)',
      stepDate: 'Data',
      markContacted: 'Client contactat',
      resolve: 'Resolta',
      writeOff: 'Dona per incobrable',
      saveOutcome: 'Desa el resultat',
      notes: 'Notes',
      noNotes: 'Encara no hi ha notes.',
      noteDate: 'Data',
      noteText: 'Nota',
      addNote: 'Afegeix la nota',
      updated: 'S’ha actualitzat la investigació.',
      noteAdded: 'S’ha afegit la nota.'
    },
    reasons: {
      insufficient_funds: 'Saldo insuficient',
      mandate_cancelled: 'Ordre de domiciliació anul·lada',
      disputed_card_charge: 'Càrrec de targeta impugnat',
      wrong_account: 'Compte erroni',
      account_closed: 'Compte cancel·lat',
      other: 'Altres'
    },
    detail: {
      title: 'Cobrament de {{amount}}',
      customer: 'Client',
      date: 'Data',
      method: 'Forma',
      reference: 'Referència',
      note: 'Nota',
      allocations: 'Documents pagats',
      noAllocations: 'No s’ha aplicat a cap document.',
      credit: 'Queda com a saldo a favor del client',
      returned: 'Retornat el {{date}}: {{reason}}',
      investigation: 'Obre la investigació',
      recordReturn: 'Registra una devolució…',
      source: { manual: 'Introduït a mà', import: 'Importat' }
    },
    returnDialog: {
      title: 'Cobrament retornat pel banc',
      date: 'Retornat el',
      reason: 'Motiu',
      fee: 'Comissió bancària',
      rebill: 'Repercuteix la comissió al client (nota de càrrec)',
      note: 'Nota',
      ok: 'Registra la devolució',
      done: 'S’ha registrat la devolució: les factures tornen a estar pendents i s’ha obert una investigació.'
    },
    recordDialog: {
      title: 'Registra un cobrament',
      customer: 'Client',
      date: 'Data de cobrament',
      amount: 'Import',
      method: 'Forma',
      reference: 'Referència',
      note: 'Nota',
      allocation: 'Què paga',
      oldestFirst: 'Primer els documents pendents més antics',
      choose: 'Vull triar',
      noOpen: 'Aquest client no té res pendent: el cobrament queda com a saldo a favor.',
      payThis: 'Paga {{number}}',
      open: 'pendent {{amount}}',
      ok: 'Registra el cobrament',
      amountInvalid: 'Escriviu un import, p. ex. 1234,50',
      currency: 'Moneda',
      currencyNeeded: 'Aquest client deu en més d’una moneda: trieu la moneda del cobrament.'
    },
    importDialog: {
      title: 'Importa cobraments',
      hint: 'Un fitxer .csv o .xlsx amb les columnes Customer no., Date, Amount, Method, Reference, Invoices. No s’importa res si no són correctes totes les files.',
      file: 'Fitxer',
      template: 'Baixa una plantilla',
      ok: 'Importa',
      done_one: 'S’ha importat {{count}} cobrament ({{amount}}).',
      done_many: 'S’han importat {{count}} de cobraments ({{amount}}).',
      done_other: 'S’han importat {{count}} cobraments ({{amount}}).',
      problems: 'No s’ha importat res. Corregiu aquestes files i torneu a importar el fitxer:',
      row: 'Fila',
      column: 'Columna',
      message: 'Problema',
      moreProblems: '…i {{count}} problemes més, no llistats',
      windows1252:
        'El fitxer no era UTF-8: s’ha llegit com a Windows-1252 (Europa occidental). Comproveu que els noms amb accents es vegin bé.'
    },
    reminders: {
      title: 'Text de les cartes de reclamació',
      hint: 'Variables: {customer}, {company}, {total}, {date}, {days} (el retard més llarg).',
      level: 'Nivell {{level}}',
      letterTitle: 'Títol',
      body: 'Text',
      closing: 'Comiat',
      daysFirst: 'Dies després del venciment abans de reclamar una factura',
      daysNext: 'Dies després de la reclamació anterior abans d’aquest nivell',
      saved: 'S’ha desat el text de les reclamacions.',
      language: 'Idioma de les cartes',
      languageHint:
        'Cada client rep els recordatoris en l’idioma dels seus documents: redacteu aquí cada idioma.'
    },
    account: {
      title: 'Cobraments i saldo',
      balance: 'Saldo',
      credit: 'Saldo a favor',
      overdue: 'Vençut',
      reliability: 'Fiabilitat de pagament',
      reliabilityDetail:
        '{{returns}} retornats, {{late}} de {{due}} pagats amb retard, {{days}} dies de retard de mitjana (12 mesos)',
      rating: { good: 'Bona', fair: 'Acceptable', poor: 'Dolenta', no_history: 'Sense historial' },
      openInvestigations: '{{count}} investigació/ns obertes',
      allInvestigations: 'Tots els rebuts retornats d’aquest client',
      openItems: 'Documents pendents',
      noOpenItems: 'No hi ha res pendent.',
      statement: 'Extracte de compte (PDF)',
      reminder: 'Reclamació de pagament, nivell {{level}} (PDF)',
      reminderNone: 'Reclamació de pagament: res a reclamar',
      applyCredit: 'Aplica el saldo a favor a {{number}}',
      openingBalance: 'pendent al sistema anterior',
      creditApplied: 'S’han aplicat {{amount}} de saldo a favor a {{number}}.',
      recordPayment: 'Registra un cobrament'
    },
    document: {
      title: 'Cobrament',
      open: 'Pendent: {{amount}}',
      account: 'El compte del client',
      recorded: 'Cobrament registrat.',
      openPayment: 'Obre el cobrament'
    },
    setup: {
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Referència de l’ordre de domiciliació',
      mandateSignedOn: 'Ordre de domiciliació signada el',
      cardBrand: 'Marca de la targeta',
      cardLast4: 'Quatre darrers dígits',
      cardLast4Hint: 'Mai el número complet de la targeta',
      cardExpiry: 'Caducitat (any-mes)',
      brands: { ...cardBrandNames, other: 'Altra' },
      chooseBrand: 'Trieu…'
    }
  }
}

const hu: Strings<typeof en> = {
  payments: {
    title: 'Befizetések és kintlévőségek',
    count_one: '{{formatted}} befizetés',
    count_other: '{{formatted}} befizetés',
    tabsLabel: 'Nézetek',
    tabs: {
      list: 'Befizetések',
      overdue: 'Lejárt',
      aged: 'Kintlévőségek korosítása',
      investigations: 'Visszautalt befizetések',
      reminders: 'Fizetési felszólítások'
    },
    record: 'Befizetés rögzítése',
    filterExecutive: 'Értékesítő',
    listTotal: 'A lista összesen: {{amounts}}',
    import: 'Befizetések importálása…',
    searchLabel: 'Keresés',
    searchPlaceholder: 'Ügyfél vagy közlemény…',
    filterStatus: 'Állapot',
    filterMethod: 'Mód',
    listLabel: 'Befizetések',
    status: { received: 'Beérkezett', returned: 'Visszautalva' },
    method: { bank_transfer: 'Átutalás', card: 'Bankkártya', direct_debit: 'Csoportos beszedés' },
    col: {
      date: 'Dátum',
      customer: 'Ügyfél',
      amount: 'Összeg',
      method: 'Mód',
      reference: 'Közlemény',
      documents: 'Kiegyenlíti',
      status: 'Állapot'
    },
    itemStatus: { unpaid: 'Kifizetetlen', partially_paid: 'Részben fizetve', paid: 'Kifizetve' },
    overdueBadge: 'Lejárt',
    overdue: {
      count_one: '{{formatted}} lejárt bizonylat',
      count_other: '{{formatted}} lejárt bizonylat',
      searchPlaceholder: 'Sorszám vagy ügyfél…',
      listLabel: 'Lejárt bizonylatok',
      col: {
        number: 'Bizonylat',
        customer: 'Ügyfél',
        dueDate: 'Határidő',
        days: 'Késés (nap)',
        total: 'Végösszeg',
        open: 'Még fizetendő',
        status: 'Állapot'
      }
    },
    aged: {
      count_one: '{{formatted}} ügyfél',
      count_other: '{{formatted}} ügyfél',
      searchPlaceholder: 'Ügyfél…',
      asOf: 'Fordulónap',
      listLabel: 'Kintlévőségek korosítása',
      totals: 'Minden ügyfél',
      col: {
        customer: 'Ügyfél',
        current: 'Nem lejárt',
        days1to30: '1–30 nap',
        days31to60: '31–60 nap',
        days61to90: '61–90 nap',
        over90: '90 napon túl',
        total: 'Összes nyitott',
        credit: 'Túlfizetés'
      }
    },
    investigations: {
      count_one: '{{formatted}} vizsgálat',
      count_other: '{{formatted}} vizsgálat',
      listLabel: 'Visszautalt befizetések vizsgálata',
      filterActive: 'Még nyitott',
      status: {
        open: 'Nyitott',
        contacted: 'Ügyfél megkeresve',
        resolved: 'Rendezve',
        written_off: 'Leírva'
      },
      col: {
        opened: 'Megnyitva',
        customer: 'Ügyfél',
        amount: 'Összeg',
        reason: 'Ok',
        fee: 'Banki díj',
        status: 'Állapot',
        notes: 'Megjegyzések'
      },
      title: 'Visszautalt befizetés: {{amount}}',
      payment: 'Befizetés',
      returnedOn: 'Visszautalva',
      reason: 'Ok',
      fee: 'Banki díj',
      debitNote: 'A díj továbbszámlázva ezen',
      outcome: 'Eredmény',
      outcomeHint: 'Hogyan zárult (rendezéshez vagy leíráshoz kötelező)',
      stepDate: 'Dátum',
      markContacted: 'Ügyfél megkeresve',
      resolve: 'Rendezve',
      writeOff: 'Leírás',
      saveOutcome: 'Az eredmény mentése',
      notes: 'Megjegyzések',
      noNotes: 'Még nincs megjegyzés.',
      noteDate: 'Dátum',
      noteText: 'Megjegyzés',
      addNote: 'Megjegyzés hozzáadása',
      updated: 'A vizsgálat frissítve.',
      noteAdded: 'Megjegyzés hozzáadva.'
    },
    reasons: {
      insufficient_funds: 'Fedezethiány',
      mandate_cancelled: 'Beszedési megbízás visszavonva',
      disputed_card_charge: 'Vitatott kártyaterhelés',
      wrong_account: 'Hibás számlaszám',
      account_closed: 'Megszűnt számla',
      other: 'Egyéb'
    },
    detail: {
      title: 'Befizetés: {{amount}}',
      customer: 'Ügyfél',
      date: 'Dátum',
      method: 'Mód',
      reference: 'Közlemény',
      note: 'Megjegyzés',
      allocations: 'Kiegyenlített bizonylatok',
      noAllocations: 'Egyetlen bizonylathoz sincs rendelve.',
      credit: 'Az ügyfél túlfizetéseként megmarad',
      returned: 'Visszautalva {{date}}: {{reason}}',
      investigation: 'A vizsgálat megnyitása',
      recordReturn: 'Visszautalás rögzítése…',
      source: { manual: 'Kézzel rögzítve', import: 'Importálva' }
    },
    returnDialog: {
      title: 'A bank visszautalta a befizetést',
      date: 'Visszautalva',
      reason: 'Ok',
      fee: 'Banki díj',
      rebill: 'A díj továbbszámlázása az ügyfélnek (terhelési értesítő)',
      note: 'Megjegyzés',
      ok: 'Visszautalás rögzítése',
      done: 'A visszautalás rögzítve: a számlák újra nyitottak, és vizsgálat indult.'
    },
    recordDialog: {
      title: 'Befizetés rögzítése',
      customer: 'Ügyfél',
      date: 'Beérkezés dátuma',
      amount: 'Összeg',
      method: 'Mód',
      reference: 'Közlemény',
      note: 'Megjegyzés',
      allocation: 'Mit egyenlít ki',
      oldestFirst: 'Előbb a legrégebbi nyitott bizonylatokat',
      choose: 'Magam választom ki',
      noOpen: 'Ennek az ügyfélnek nincs nyitott tétele: a befizetés túlfizetés lesz.',
      payThis: '{{number}} kiegyenlítése',
      open: 'még fizetendő {{amount}}',
      ok: 'A befizetés rögzítése',
      amountInvalid: 'Adjon meg egy összeget, pl. 1234,50',
      currency: 'Pénznem',
      currencyNeeded: 'Ez az ügyfél több pénznemben tartozik: válassza ki a befizetés pénznemét.'
    },
    importDialog: {
      title: 'Befizetések importálása',
      hint: '.csv vagy .xlsx fájl a következő oszlopokkal: Customer no., Date, Amount, Method, Reference, Invoices. Csak akkor kerül be bármi, ha minden sor helyes.',
      file: 'Fájl',
      template: 'Sablon letöltése',
      ok: 'Importálás',
      done_one: '{{count}} befizetés importálva ({{amount}}).',
      done_other: '{{count}} befizetés importálva ({{amount}}).',
      problems: 'Semmi sem lett importálva. Javítsa ezeket a sorokat, és importálja újra a fájlt:',
      row: 'Sor',
      column: 'Oszlop',
      message: 'Hiba',
      moreProblems: '…és további {{count}} hiba, nem listázva',
      windows1252:
        'A fájl nem UTF-8 kódolású volt: Windows-1252 (nyugat-európai) kódolásként olvastuk be. Ellenőrizze, hogy az ékezetes nevek helyesek-e.'
    },
    reminders: {
      title: 'A fizetési felszólítások szövege',
      hint: 'Helyettesítők: {customer}, {company}, {total}, {date}, {days} (a leghosszabb késés).',
      level: '{{level}}. fokozat',
      letterTitle: 'Cím',
      body: 'Szöveg',
      closing: 'Zárás',
      daysFirst: 'Ennyi nappal a fizetési határidő után kap felszólítást egy számla',
      daysNext: 'Ennyi nappal az előző felszólítás után jön ez a fokozat',
      saved: 'A felszólítások szövege mentve.',
      language: 'A levelek nyelve',
      languageHint:
        'Minden ügyfél a bizonylatai nyelvén kapja a felszólításokat: itt minden nyelv szövegét megadhatja.'
    },
    account: {
      title: 'Befizetések és egyenleg',
      balance: 'Egyenleg',
      credit: 'Túlfizetés',
      overdue: 'Lejárt',
      reliability: 'Fizetési megbízhatóság',
      reliabilityDetail:
        '{{returns}} visszautalás, {{due}} esedékességből {{late}} késve fizetve, átlagosan {{days}} nap késés (12 hónap)',
      rating: { good: 'Jó', fair: 'Közepes', poor: 'Gyenge', no_history: 'Nincs előzmény' },
      openInvestigations: '{{count}} nyitott vizsgálat',
      allInvestigations: 'Az ügyfél összes visszautalt befizetése',
      openItems: 'Nyitott bizonylatok',
      noOpenItems: 'Nincs nyitott tétel.',
      statement: 'Folyószámla-kivonat (PDF)',
      reminder: '{{level}}. szintű fizetési felszólítás (PDF)',
      reminderNone: 'Fizetési felszólítás: nincs mit felszólítani',
      applyCredit: 'Túlfizetés beszámítása: {{number}}',
      openingBalance: 'nyitó tétel a korábbi rendszerből',
      creditApplied: '{{amount}} túlfizetés beszámítva: {{number}}.',
      recordPayment: 'Befizetés rögzítése'
    },
    document: {
      title: 'Fizetés',
      open: 'Még fizetendő: {{amount}}',
      account: 'Az ügyfél folyószámlája',
      recorded: 'A befizetés rögzítve.',
      openPayment: 'A befizetés megnyitása'
    },
    setup: {
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Felhatalmazás azonosítója',
      mandateSignedOn: 'Felhatalmazás aláírva',
      cardBrand: 'Kártyatípus',
      cardLast4: 'Utolsó négy számjegy',
      cardLast4Hint: 'Soha ne a teljes kártyaszámot',
      cardExpiry: 'Lejárat (év-hónap)',
      brands: { ...cardBrandNames, other: 'Egyéb' },
      chooseBrand: 'Válasszon…'
    }
  }
}

const ru: Strings<typeof en> = {
  payments: {
    title: 'Оплаты и задолженность',
    count_one: '{{formatted}} платёж',
    count_few: '{{formatted}} платежа',
    count_many: '{{formatted}} платежей',
    count_other: '{{formatted}} платежа',
    tabsLabel: 'Разделы',
    tabs: {
      list: 'Платежи',
      overdue: 'Просроченные',
      aged: 'Старение задолженности',
      investigations: 'Возвращённые платежи',
      reminders: 'Напоминания об оплате'
    },
    record: 'Зарегистрировать платёж',
    filterExecutive: 'Менеджер',
    listTotal: 'Итого по списку: {{amounts}}',
    import: 'Импорт платежей…',
    searchLabel: 'Поиск',
    searchPlaceholder: 'Клиент или назначение платежа…',
    filterStatus: 'Статус',
    filterMethod: 'Способ',
    listLabel: 'Платежи',
    status: { received: 'Получен', returned: 'Возвращён' },
    method: { bank_transfer: 'Банковский перевод', card: 'Карта', direct_debit: 'Прямое списание' },
    col: {
      date: 'Дата',
      customer: 'Клиент',
      amount: 'Сумма',
      method: 'Способ',
      reference: 'Назначение',
      documents: 'Оплачивает',
      status: 'Статус'
    },
    itemStatus: { unpaid: 'Не оплачен', partially_paid: 'Оплачен частично', paid: 'Оплачен' },
    overdueBadge: 'Просрочен',
    overdue: {
      count_one: '{{formatted}} просроченный документ',
      count_few: '{{formatted}} просроченных документа',
      count_many: '{{formatted}} просроченных документов',
      count_other: '{{formatted}} просроченного документа',
      searchPlaceholder: 'Номер или клиент…',
      listLabel: 'Просроченные документы',
      col: {
        number: 'Документ',
        customer: 'Клиент',
        dueDate: 'Срок оплаты',
        days: 'Дней просрочки',
        total: 'Итого',
        open: 'Остаток долга',
        status: 'Статус'
      }
    },
    aged: {
      count_one: '{{formatted}} клиент',
      count_few: '{{formatted}} клиента',
      count_many: '{{formatted}} клиентов',
      count_other: '{{formatted}} клиента',
      searchPlaceholder: 'Клиент…',
      asOf: 'На дату',
      listLabel: 'Старение дебиторской задолженности',
      totals: 'Все клиенты',
      col: {
        customer: 'Клиент',
        current: 'Не просрочено',
        days1to30: '1–30 дней',
        days31to60: '31–60 дней',
        days61to90: '61–90 дней',
        over90: 'Более 90 дней',
        total: 'Всего к оплате',
        credit: 'Переплата'
      }
    },
    investigations: {
      count_one: '{{formatted}} разбирательство',
      count_few: '{{formatted}} разбирательства',
      count_many: '{{formatted}} разбирательств',
      count_other: '{{formatted}} разбирательства',
      listLabel: 'Разбор возвращённых платежей',
      filterActive: 'Ещё открытые',
      status: {
        open: 'Открыто',
        contacted: 'Клиент уведомлён',
        resolved: 'Урегулировано',
        written_off: 'Списано'
      },
      col: {
        opened: 'Открыто',
        customer: 'Клиент',
        amount: 'Сумма',
        reason: 'Причина',
        fee: 'Комиссия банка',
        status: 'Статус',
        notes: 'Заметки'
      },
      title: 'Возвращённый платёж на {{amount}}',
      payment: 'Платёж',
      returnedOn: 'Дата возврата',
      reason: 'Причина',
      fee: 'Комиссия банка',
      debitNote: 'Комиссия перевыставлена в',
      outcome: 'Итог',
      outcomeHint: 'Чем закончилось (обязательно для урегулирования или списания)',
      stepDate: 'Дата',
      markContacted: 'Клиент уведомлён',
      resolve: 'Урегулировано',
      writeOff: 'Списать',
      saveOutcome: 'Сохранить итог',
      notes: 'Заметки',
      noNotes: 'Заметок пока нет.',
      noteDate: 'Дата',
      noteText: 'Заметка',
      addNote: 'Добавить заметку',
      updated: 'Разбирательство обновлено.',
      noteAdded: 'Заметка добавлена.'
    },
    reasons: {
      insufficient_funds: 'Недостаточно средств',
      mandate_cancelled: 'Мандат на списание отозван',
      disputed_card_charge: 'Оспоренное списание с карты',
      wrong_account: 'Неверный счёт',
      account_closed: 'Счёт закрыт',
      other: 'Другое'
    },
    detail: {
      title: 'Платёж на {{amount}}',
      customer: 'Клиент',
      date: 'Дата',
      method: 'Способ',
      reference: 'Назначение',
      note: 'Примечание',
      allocations: 'Оплаченные документы',
      noAllocations: 'Не отнесён ни к одному документу.',
      credit: 'Остаётся переплатой клиента',
      returned: 'Возвращён {{date}}: {{reason}}',
      investigation: 'Открыть разбирательство',
      recordReturn: 'Зарегистрировать возврат…',
      source: { manual: 'Введён вручную', import: 'Импортирован' }
    },
    returnDialog: {
      title: 'Платёж возвращён банком',
      date: 'Дата возврата',
      reason: 'Причина',
      fee: 'Комиссия банка',
      rebill: 'Перевыставить комиссию клиенту (дебет-нота)',
      note: 'Примечание',
      ok: 'Зарегистрировать возврат',
      done: 'Возврат зарегистрирован: счета снова открыты, начато разбирательство.'
    },
    recordDialog: {
      title: 'Регистрация платежа',
      customer: 'Клиент',
      date: 'Дата поступления',
      amount: 'Сумма',
      method: 'Способ',
      reference: 'Назначение',
      note: 'Примечание',
      allocation: 'Что оплачивает',
      oldestFirst: 'Сначала самые старые открытые документы',
      choose: 'Выбрать вручную',
      noOpen: 'У клиента нет открытых документов: платёж станет переплатой.',
      payThis: 'Оплатить {{number}}',
      open: 'остаток {{amount}}',
      ok: 'Зарегистрировать платёж',
      amountInvalid: 'Введите сумму, например 1234,50',
      currency: 'Валюта',
      currencyNeeded: 'Этот клиент должен в нескольких валютах: выберите валюту платежа.'
    },
    importDialog: {
      title: 'Импорт платежей',
      hint: 'Файл .csv или .xlsx со столбцами Customer no., Date, Amount, Method, Reference, Invoices. Ничего не импортируется, пока все строки не будут верны.',
      file: 'Файл',
      template: 'Скачать шаблон',
      ok: 'Импортировать',
      done_one: 'Импортирован {{count}} платёж ({{amount}}).',
      done_few: 'Импортировано {{count}} платежа ({{amount}}).',
      done_many: 'Импортировано {{count}} платежей ({{amount}}).',
      done_other: 'Импортировано {{count}} платежа ({{amount}}).',
      problems: 'Ничего не импортировано. Исправьте эти строки и импортируйте файл снова:',
      row: 'Строка',
      column: 'Столбец',
      message: 'Ошибка',
      moreProblems: '…и ещё {{count}} ошибок, не показанных в списке',
      windows1252:
        'Файл был не в UTF-8: он прочитан как Windows-1252 (западноевропейская). Проверьте, что имена с диакритикой выглядят правильно.'
    },
    reminders: {
      title: 'Текст напоминаний об оплате',
      hint: 'Подстановки: {customer}, {company}, {total}, {date}, {days} (наибольшая просрочка).',
      level: 'Уровень {{level}}',
      letterTitle: 'Заголовок',
      body: 'Текст',
      closing: 'Заключение',
      daysFirst: 'Через сколько дней после срока оплаты напоминать о счёте',
      daysNext: 'Через сколько дней после предыдущего напоминания наступает этот уровень',
      saved: 'Текст напоминаний сохранён.',
      language: 'Язык писем',
      languageHint:
        'Каждый клиент получает напоминания на языке своих документов: задайте здесь текст для каждого языка.'
    },
    account: {
      title: 'Платежи и сальдо',
      balance: 'Сальдо',
      credit: 'Переплата',
      overdue: 'Просрочено',
      reliability: 'Платёжная дисциплина',
      reliabilityDetail:
        'возвратов: {{returns}}, с опозданием оплачено {{late}} из {{due}}, в среднем {{days}} дн. просрочки (12 месяцев)',
      rating: { good: 'Хорошая', fair: 'Удовлетворительная', poor: 'Плохая', no_history: 'Нет истории' },
      openInvestigations: 'Открытых разбирательств: {{count}}',
      allInvestigations: 'Все возвращённые платежи клиента',
      openItems: 'Открытые документы',
      noOpenItems: 'Открытых документов нет.',
      statement: 'Акт сверки (PDF)',
      reminder: 'Напоминание об оплате, уровень {{level}} (PDF)',
      reminderNone: 'Напоминание об оплате: напоминать не о чем',
      applyCredit: 'Зачесть переплату в {{number}}',
      openingBalance: 'открыт в прежней системе',
      creditApplied: 'Переплата {{amount}} зачтена в {{number}}.',
      recordPayment: 'Зарегистрировать платёж'
    },
    document: {
      title: 'Оплата',
      open: 'Остаток долга: {{amount}}',
      account: 'Расчёты с клиентом',
      recorded: 'Платёж записан.',
      openPayment: 'Открыть платёж'
    },
    setup: {
      iban: 'IBAN',
      bic: 'BIC',
      mandateReference: 'Номер мандата на списание',
      mandateSignedOn: 'Мандат подписан',
      cardBrand: 'Платёжная система',
      cardLast4: 'Последние четыре цифры',
      cardLast4Hint: 'Никогда не полный номер карты',
      cardExpiry: 'Срок действия (год-месяц)',
      brands: { ...cardBrandNames, other: 'Другая' },
      chooseBrand: 'Выберите…'
    }
  }
}

export const paymentsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
