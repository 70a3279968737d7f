/** Spanish: the same keys as en.ts (the type makes a missing key a compile error). */
import { documentMessagesEs, documentsEs, documentsEsPlurals } from './documents'
import { paymentMessagesEs, paymentsEs, paymentsEsPlurals } from '../payments/strings'
import { contractsEs } from '../contracts/strings'
import { scheduleEs, scheduleMessagesEs } from '../schedule/strings'
import { requestMessagesEs, requestsEs, requestsEsPlurals } from '../requests/strings'
import type { Translation } from './en'

type Strings<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Strings<T[K]>
}

const base: Strings<Translation> = {
  ...scheduleEs,
  ...requestsEs,
  ...contractsEs,
  ...documentsEs,
  ...paymentsEs,
  app: {
    name: 'Salesdesk',
    database: 'Base de datos',
    loading: 'Cargando…',
    skipToContent: 'Ir al contenido'
  },
  nav: {
    label: 'Navegación principal',
    masterData: 'Datos maestros',
    documents: 'Documentos y cobros',
    team: 'Equipo y clientes',
    system: 'Sistema',
    customers: 'Clientes',
    products: 'Productos',
    executives: 'Comerciales',
    estimates: 'Presupuestos',
    orders: 'Pedidos',
    invoices: 'Facturas',
    payments: 'Cobros y pendientes',
    contracts: 'Contratos',
    schedule: 'Visitas y agenda',
    meetings: 'Reuniones',
    weekly: 'Cifras semanales e informe',
    requests: 'Peticiones y reclamaciones',
    campaigns: 'Campañas',
    activity: 'Registro de actividad',
    settings: 'Ajustes'
  },
  comingSoon: {
    badge: 'Próximamente',
    intro: 'Esta parte de Salesdesk está en construcción. Aquí podrá:',
    estimates: [
      'preparar presupuestos para un cliente con productos, cantidades y descuentos',
      'imprimirlos en PDF y enviarlos',
      'convertir un presupuesto aceptado en pedido en un solo paso'
    ],
    orders: [
      'seguir el avance de cada pedido en curso',
      'planificar y comprobar las entregas para que lleguen a tiempo',
      'facturar un pedido cuando se entrega'
    ],
    invoices: [
      'emitir facturas con numeración anual sin huecos',
      'registrar notas de abono y de cargo que corrigen una factura emitida',
      'imprimir facturas en PDF y exportarlas a Excel'
    ],
    payments: [
      'registrar cobros por transferencia, tarjeta o domiciliación',
      'investigar cobros devueltos o retirados',
      'ver lo que debe cada cliente y reclamar facturas vencidas'
    ],
    contracts: [
      'registrar los contratos que traen los comerciales',
      'vigilar las renovaciones antes de que venzan'
    ],
    schedule: [
      'programar visitas a clientes para los comerciales',
      'guardar un registro de cada visita y su resultado'
    ],
    meetings: [
      'organizar reuniones del equipo comercial',
      'tener el orden del día y las notas en un solo lugar'
    ],
    weekly: [
      'mantener al día las cifras de ventas semanales por comercial',
      'compararlas con los objetivos de ventas y facturación y las cuotas de actividad',
      'preparar el informe semanal para la dirección en Excel y PDF'
    ],
    requests: [
      'registrar las peticiones y reclamaciones de clientes a medida que llegan',
      'priorizarlas y seguirlas hasta resolverlas'
    ],
    campaigns: [
      'crear listas de direcciones para campañas postales y por correo electrónico',
      'imprimir etiquetas de dirección'
    ]
  },
  common: {
    save: 'Guardar',
    saving: 'Guardando…',
    saved: 'Guardado.',
    cancel: 'Cancelar',
    close: 'Cerrar',
    delete: 'Eliminar',
    archive: 'Archivar',
    reload: 'Cargar la versión guardada',
    restore: 'Restaurar',
    remove: 'Quitar',
    add: 'Añadir',
    back: 'Volver a la lista',
    search: 'Buscar',
    exportXlsx: 'Exportar a Excel',
    exporting: 'Exportando…',
    exported: 'Guardado {{fileName}}.',
    loading: 'Cargando…',
    loadingRow: 'Cargando…',
    yes: 'Sí',
    no: 'No',
    all: 'Todos',
    active: 'Activo',
    inactive: 'Inactivo',
    created: 'Creado',
    updated: 'Último cambio',
    notFound: 'Este registro no existe (o ya no existe).',
    noResults: 'Nada coincide con estos filtros.',
    sortAscending: 'orden ascendente',
    sortDescending: 'orden descendente',
    shortcutSave: 'Ctrl+S guarda',
    required: 'obligatorio',
    notSet: '—'
  },
  guard: {
    title: '¿Salir sin guardar?',
    body: 'Tiene cambios sin guardar. Si sale ahora, se perderán.',
    stay: 'Quedarme y seguir editando',
    leave: 'Salir sin guardar'
  },
  errors: {
    title: 'Algo ha fallado',
    body: 'Salesdesk ha tenido un problema al mostrar esta página. Sus datos guardados están a salvo.',
    reload: 'Recargar Salesdesk',
    home: 'Ir a clientes',
    checkFields: 'Corrija los campos marcados.'
  },
  customers: {
    title: 'Clientes',
    count_one: '{{formatted}} cliente',
    count_other: '{{formatted}} clientes',
    searchLabel: 'Buscar clientes',
    searchPlaceholder: 'Nombre, código, NIF, ciudad, contacto…',
    new: 'Nuevo cliente',
    newTitle: 'Nuevo cliente',
    listLabel: 'Lista de clientes',
    filterStatus: 'Estado',
    filterArchived: 'Archivados',
    filterExecutive: 'Comercial',
    anyExecutive: 'Cualquier comercial',
    archivedExclude: 'Ocultar archivados',
    archivedInclude: 'Mostrar también archivados',
    archivedOnly: 'Solo archivados',
    archivedBadge: 'Archivado',
    col: {
      code: 'Código',
      name: 'Nombre',
      city: 'Ciudad',
      country: 'País',
      status: 'Estado',
      executiveName: 'Comercial',
      contact: 'Contacto',
      updatedAt: 'Último cambio'
    },
    status: { prospect: 'Potencial', active: 'Activo', inactive: 'Inactivo' },
    paymentMethod: { bank_transfer: 'Transferencia', card: 'Tarjeta', direct_debit: 'Domiciliación' }
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Dirección de facturación',
      mailing: 'Dirección postal',
      delivery: 'Dirección de entrega',
      contacts: 'Contactos',
      payment: 'Pago',
      products: 'Preferencias de productos',
      notes: 'Notas',
      activity: 'Actividad'
    },
    code: 'Código de cliente',
    codeHint: 'Déjelo en blanco para asignar automáticamente el siguiente código libre.',
    name: 'Nombre',
    status: 'Estado',
    taxId: 'NIF / CIF',
    executive: 'Comercial',
    noExecutive: 'Sin comercial',
    inactiveExecutive: '{{name}} (inactivo)',
    address: {
      line1: 'Calle y número',
      line2: 'Dirección, línea 2',
      postalCode: 'Código postal',
      city: 'Ciudad',
      region: 'Provincia / región',
      country: 'País (2 letras)'
    },
    sameAsBilling: 'Igual que la dirección de facturación',
    contact: {
      name: 'Nombre del contacto',
      role: 'Cargo',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      add: 'Añadir contacto',
      remove: 'Quitar el contacto {{number}}',
      none: 'Todavía no hay contactos.',
      number: 'Contacto {{number}}'
    },
    paymentTermsDays: 'Plazo de pago (días)',
    preferredPaymentMethod: 'Forma de pago preferida',
    productPicker: 'Añadir un producto',
    productPickerPlaceholder: 'Escriba un nombre de producto o SKU…',
    productNone: 'Todavía no hay productos preferidos.',
    productRemove: 'Quitar {{name}}',
    productNoMatch: 'Ningún producto activo coincide.',
    productNotes: 'Notas sobre preferencias de productos',
    notes: 'Notas',
    archivedNotice:
      'Este cliente está archivado: no aparece en la lista de clientes ni en documentos nuevos.',
    archiveConfirm:
      '¿Archivar {{name}}? Desaparece de la lista de clientes pero conserva todo su historial. Puede restaurarlo más tarde.',
    deleteConfirm:
      '¿Eliminar {{name}} definitivamente? Solo es posible si el cliente no tiene historial; si no, archívelo.',
    deleted: 'Se ha eliminado el cliente {{name}}.',
    archived: 'El cliente se ha archivado.',
    restored: 'El cliente se ha restaurado.',
    created: 'El cliente se ha creado con el código {{code}}.',
    noActivity: 'Todavía no hay actividad registrada.'
  },
  products: {
    title: 'Productos',
    count_one: '{{formatted}} producto',
    count_other: '{{formatted}} productos',
    searchLabel: 'Buscar productos',
    searchPlaceholder: 'SKU, nombre, descripción…',
    new: 'Nuevo producto',
    newTitle: 'Nuevo producto',
    listLabel: 'Lista de productos',
    filterActive: 'Mostrar',
    col: {
      sku: 'SKU',
      name: 'Nombre',
      unit: 'Unidad',
      unitPriceCents: 'Precio unitario',
      vatRateBp: 'IVA',
      active: 'Activo'
    }
  },
  product: {
    sku: 'SKU',
    name: 'Nombre',
    description: 'Descripción',
    unit: 'Unidad',
    unitHint: 'p. ej. ud, kg, h, m²',
    price: 'Precio unitario (sin IVA)',
    priceHint: 'p. ej. 12,50 o 1.234,50',
    vatRate: 'Tipo de IVA (%)',
    vatHint: 'p. ej. 21 o 5,5',
    active: 'Activo (se puede usar en documentos nuevos)',
    badPrice: 'Escriba un importe, p. ej. 12,50',
    badVat: 'Escriba un porcentaje, p. ej. 21 o 5,5',
    deleteConfirm: '¿Eliminar {{name}}? Si ya se ha usado, se desactiva en su lugar.',
    deleted: 'Se ha eliminado el producto {{name}}.',
    deactivated: 'El producto {{name}} ya se ha usado, así que se ha desactivado en lugar de eliminarlo.',
    created: 'El producto se ha creado.'
  },
  executives: {
    title: 'Comerciales',
    count_one: '{{formatted}} comercial',
    count_other: '{{formatted}} comerciales',
    searchLabel: 'Buscar comerciales',
    searchPlaceholder: 'Nombre, correo…',
    new: 'Nuevo comercial',
    newTitle: 'Nuevo comercial',
    listLabel: 'Lista de comerciales',
    filterActive: 'Mostrar',
    col: {
      name: 'Nombre',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      customerCount: 'Clientes',
      active: 'Activo'
    }
  },
  executive: {
    name: 'Nombre',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    active: 'Activo (se le pueden asignar clientes nuevos)',
    customerCount_one: 'Atiende a {{count}} cliente.',
    customerCount_other: 'Atiende a {{count}} clientes.',
    deleteConfirm: '¿Eliminar a {{name}}? Si tiene clientes asignados, se desactiva en su lugar.',
    deleted: 'Se ha eliminado al comercial {{name}}.',
    deactivated: '{{name}} todavía tiene clientes, así que se ha desactivado en lugar de eliminarlo.',
    created: 'Se ha añadido el comercial.'
  },
  activity: {
    title: 'Registro de actividad',
    intro: 'Cada cambio en los datos, del más reciente al más antiguo. El registro no se puede modificar.',
    count_one: '{{formatted}} entrada',
    count_other: '{{formatted}} entradas',
    listLabel: 'Registro de actividad',
    filterEntity: 'Mostrar',
    entity: {
      all: 'Todo',
      customer: 'Clientes',
      product: 'Productos',
      executive: 'Comerciales',
      database: 'Base de datos'
    },
    col: { at: 'Cuándo', actor: 'Quién', entity: 'Qué', summary: 'Cambio' }
  },
  weekly: {
    title: 'Cifras semanales',
    week: 'Semana',
    weekRange: '{{start}} – {{end}}',
    previousWeek: 'Semana anterior',
    nextWeek: 'Semana siguiente',
    thisWeek: 'Esta semana',
    tabsLabel: 'Vistas de las cifras semanales',
    tabs: {
      dashboard: 'Panel',
      activity: 'Llamadas y actividad',
      targets: 'Objetivos',
      sent: 'Informes enviados',
      import: 'Importar'
    },
    exportXlsx: 'Informe en Excel',
    exportPdf: 'Informe en PDF',
    preparing: 'Preparando…',
    invoiceLines: 'Líneas de factura {{year}}',
    invoiceLinesHint: 'Todas las líneas de las facturas emitidas en {{year}}, a Excel',
    invoiceLinesProgress: 'Líneas de factura: {{done}} de {{total}}',
    send: 'Archivar como enviado',
    sending: 'Archivando…',
    sendConfirmTitle: '¿Archivar el informe de {{week}}?',
    sendConfirmBody:
      'Salesdesk guarda los archivos Excel y PDF tal como están ahora, con la fecha. Podrá volver a abrirlos sin cambios, y Salesdesk le avisará si las cifras de esta semana cambian después.',
    sendConfirm: 'Archivar el informe',
    sent: 'El informe de {{week}} se archivó como enviado el {{date}}.',
    sentUnchanged:
      'El informe de esta semana se envió el {{date}} ({{who}}); las cifras no han cambiado desde entonces.',
    sentChanged:
      'Las cifras han cambiado desde que se envió el informe de esta semana el {{date}} ({{who}}).',
    changeLine: '{{name}} — {{figure}}: {{sent}} al enviarlo, {{now}} ahora',
    causesTitle: 'Debido a',
    changeFigure: {
      Revenue: 'Facturación',
      Invoices: 'Facturas',
      'Orders won': 'Pedidos ganados',
      'Orders value': 'Importe de pedidos',
      'Estimates sent': 'Presupuestos enviados',
      'Estimates accepted': 'Presupuestos aceptados',
      'Estimates declined': 'Presupuestos rechazados',
      'New customers': 'Clientes nuevos',
      'Visits completed': 'Visitas realizadas',
      Calls: 'Llamadas',
      'E-mails': 'Correos',
      Demos: 'Demostraciones',
      'Revenue target': 'Objetivo de facturación'
    },
    causeLine: '{{label}} del {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Todavía no hay comerciales.',
    charts: {
      actualVsTarget: 'Facturación frente al objetivo',
      trend: 'Facturación, últimas 12 semanas',
      pipeline: 'Cartera: presupuestos abiertos por importe',
      revenue: 'Facturación',
      target: 'Objetivo',
      pipelineValue: 'Presupuestos abiertos'
    },
    topPerformers: 'Mejores resultados',
    noTopPerformers: 'Todavía no hay facturación esta semana.',
    ofTarget: '{{percent}} del objetivo',
    conversion: 'conversión {{percent}}',
    tableLabel: 'Cifras por comercial',
    col: {
      name: 'Comercial',
      revenue: 'Facturación',
      revenueTarget: 'Objetivo',
      variance: 'Diferencia',
      percentOfTarget: '% del objetivo',
      ordersWon: 'Pedidos ganados',
      estimatesSent: 'Presupuestos enviados',
      estimatesAccepted: 'Aceptados',
      estimatesDeclined: 'Rechazados',
      conversionRate: 'Conversión',
      newCustomers: 'Clientes nuevos',
      visitsCompleted: 'Visitas',
      calls: 'Llamadas',
      pipeline: 'Cartera'
    },
    ofTargetShort: 'objetivo {{value}}',
    left: '{{name}} (baja)',
    unassigned: 'Sin comercial',
    teamTotal: 'Total del equipo',
    activity: {
      intro:
        'Anote lo que Salesdesk no puede saber de la semana: llamadas, correos y demostraciones. Deje una celda vacía para no fijarla.',
      gridLabel: 'Actividad semanal por comercial',
      metric: { calls: 'Llamadas', emails: 'Correos', demos: 'Demostraciones' },
      cellLabel: '{{metric}} de {{name}}',
      save: 'Guardar actividad',
      saved: 'Se guardó la actividad de {{week}}.',
      badValue: 'Use un número entero, 0 o más',
      unsaved: 'Cambios sin guardar'
    },
    targets: {
      intro:
        'Un objetivo se aplica desde su fecha hasta el siguiente objetivo del mismo comercial y cifra. Las semanas anteriores y los informes enviados conservan sus objetivos.',
      newTarget: 'Fijar un objetivo',
      executive: 'Comercial',
      chooseExecutive: 'Elija un comercial',
      metric: 'Cifra',
      metrics: {
        revenue: 'Facturación',
        new_customers: 'Clientes nuevos',
        calls_per_day: 'Llamadas al día',
        visits_per_week: 'Visitas a la semana'
      },
      period: 'Por',
      periods: { week: 'Semana', month: 'Mes', quarter: 'Trimestre' },
      value: 'Objetivo',
      valueHintMoney: 'Un importe, p. ej. 12.000,00',
      valueHintCount: 'Un número entero',
      validFrom: 'Válido desde',
      save: 'Guardar objetivo',
      saved: 'Se guardó el objetivo.',
      badMoney: 'Escriba un importe, p. ej. 12.000,00',
      badCount: 'Escriba un número entero, 0 o más',
      chooseExecutiveError: 'Elija un comercial',
      badDate: 'Escriba una fecha',
      history: 'Objetivos y su historial',
      filter: 'Mostrar objetivos de',
      everyone: 'Todos los comerciales',
      none: 'Todavía no hay objetivos.',
      setBy: 'Fijado por',
      current: 'vigente'
    },
    sentList: {
      intro: 'Cada informe archivado como enviado, con sus archivos tal como se enviaron.',
      none: 'Todavía no se ha archivado ningún informe.',
      week: 'Semana',
      sentAt: 'Enviado',
      sentBy: 'Por',
      files: 'Archivos',
      openWeek: 'Ver semana',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Rellene la plantilla en Excel (actividad por comercial y semana, objetivos) e impórtela aquí. Salesdesk revisa primero cada fila: si alguna tiene un problema, no se importa nada.',
      template: 'Descargar la plantilla',
      choose: 'Archivo Excel para importar',
      run: 'Importar',
      running: 'Revisando…',
      problems_one: 'No se ha importado nada: hay {{count}} problema que corregir.',
      problems_other: 'No se ha importado nada: hay {{count}} problemas que corregir.',
      applied: 'Se importaron {{activity}} cifras de actividad y {{targets}} objetivos.',
      problemsLabel: 'Problemas en el archivo',
      sheet: 'Hoja',
      row: 'Fila',
      problem: 'Problema',
      noFile: 'Elija primero un archivo.',
      messages: {
        unknownExecutive: 'Comercial desconocido "{{value}}"',
        ambiguousExecutive: 'Hay varios comerciales llamados "{{value}}": use la dirección de correo',
        badWeek: '"{{value}}" no es una semana ISO como 2026-W47',
        notNumber: '{{label}}: "{{value}}" no es un número',
        negative: '{{label}} no puede ser negativo ({{value}})',
        notWhole: '{{label}} debe ser un número entero ({{value}})',
        tooLarge: '{{label}} es demasiado grande (como máximo {{value}})',
        notAmount: 'Valor: "{{value}}" no es un importe',
        tooManyDecimals: 'Valor: {{value}} tiene más de 2 decimales',
        sameWeek: 'Mismo comercial y semana que la fila {{value}}',
        sameTarget: 'Mismo comercial, cifra y fecha que la fila {{value}}',
        unknownFigure:
          'Cifra desconocida "{{value}}": use revenue, new_customers, calls_per_day, visits_per_week',
        unknownPeriod: 'Periodo desconocido "{{value}}": use week, month o quarter',
        badDate: '"{{value}}" no es una fecha como 2026-10-01',
        labels: { Calls: 'Llamadas', 'E-mails': 'Correos', Demos: 'Demostraciones', Value: 'Valor' }
      }
    }
  },
  settings: {
    title: 'Ajustes',
    database: 'Sus datos',
    databasePath: 'Archivo de base de datos',
    dataFolder: 'Carpeta de datos',
    schemaVersion: 'Versión de la base de datos',
    appVersion: 'Versión de Salesdesk',
    backup: 'Hacer copia de seguridad',
    backingUp: 'Copiando…',
    backupDone: 'Copia guardada en {{path}} ({{size}}).',
    backupHint:
      'Una copia de seguridad es una copia completa del archivo de base de datos. Guarde copias también en otro lugar (memoria USB, unidad de red).',
    language: 'Idioma',
    languageLabel: 'Idioma de Salesdesk',
    languages: { en: 'English', es: 'Español' }
  }
}

/** Spanish also has a "many" plural form (1 000 000 clientes). */
export const es = {
  ...base,
  ...documentsEsPlurals,
  ...paymentsEsPlurals,
  ...requestsEsPlurals,
  customers: { ...base.customers, count_many: base.customers.count_other },
  products: { ...base.products, count_many: base.products.count_other },
  executives: { ...base.executives, count_many: base.executives.count_other },
  activity: { ...base.activity, count_many: base.activity.count_other },
  weekly: {
    ...base.weekly,
    import: { ...base.weekly.import, problems_many: base.weekly.import.problems_other }
  },
  executive: { ...base.executive, customerCount_many: base.executive.customerCount_other }
}

/** Translations of the English messages written by the shared schemas and the API. */
export const esMessages: Record<string, string> = {
  ...scheduleMessagesEs,
  ...requestMessagesEs,
  ...documentMessagesEs,
  ...paymentMessagesEs,
  'Please correct the marked fields.': 'Corrija los campos marcados.',
  'Name is required': 'El nombre es obligatorio',
  'Contact name is required': 'El nombre del contacto es obligatorio',
  'SKU is required': 'El SKU es obligatorio',
  'Unit is required': 'La unidad es obligatoria',
  'At most {n} characters': 'Como máximo {n} caracteres',
  'The sales executive is missing': 'Falta el comercial',
  'The week is missing': 'Falta la semana',
  'The value is missing': 'Falta el valor',
  'The valid-from date is missing': 'Falta la fecha de inicio',
  'Choose a file': 'Elija un archivo',
  'This sent report does not exist.': 'Este informe enviado no existe.',
  'Not a valid e-mail address, e.g. name@example.com':
    'No es una dirección de correo válida, p. ej. nombre@ejemplo.com',
  'Use digits, spaces and + ( ) - . / only': 'Use solo cifras, espacios y + ( ) - . /',
  'Use letters, digits and . _ - / only': 'Use solo letras, cifras y . _ - /',
  'Use a two-letter country code, e.g. ES or HU': 'Use un código de país de dos letras, p. ej. ES o HU',
  'Enter a number of days': 'Escriba un número de días',
  'Whole days only': 'Solo días enteros',
  'Cannot be negative': 'No puede ser negativo',
  'At most 365 days': 'Como máximo 365 días',
  'At most 50 contacts': 'Como máximo 50 contactos',
  'A price cannot be negative': 'Un precio no puede ser negativo',
  'Prices are whole cents': 'Los precios son céntimos enteros',
  'VAT cannot be negative': 'El IVA no puede ser negativo',
  'VAT is at most 100 %': 'El IVA es como máximo 100 %',
  'This sales executive does not exist': 'Este comercial no existe',
  'Some of the chosen products do not exist': 'Algunos de los productos elegidos no existen',
  'This code is already used by another customer': 'Este código ya lo usa otro cliente',
  'This SKU is already used by another product': 'Este SKU ya lo usa otro producto',
  'This customer was changed elsewhere since you opened it. Reload it, then make your change again.':
    'Este cliente se ha modificado en otro lugar desde que lo abrió. Vuelva a cargarlo y repita el cambio.',
  'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.':
    'Este cliente tiene historial (documentos o visitas), así que no se puede eliminar. Archívelo en su lugar.',
  'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?':
    'No se puede contactar con Salesdesk. ¿Sigue abierta la ventana de Salesdesk o `salesdesk serve`?',
  'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
    'Algo ha fallado y no se ha guardado nada. Inténtelo de nuevo; si sigue ocurriendo, haga una copia de seguridad y contacte con soporte.'
}
