/** Strings of the application frame: name, navigation, areas still to come: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  app: {
    name: 'Salesdesk',
    database: 'Database',
    skipToContent: 'Skip to content'
  },
  nav: {
    label: 'Main navigation',
    masterData: 'Master data',
    documents: 'Documents & money',
    team: 'Team & customers',
    system: 'System',
    customers: 'Customers',
    products: 'Products',
    executives: 'Sales executives',
    estimates: 'Estimates',
    orders: 'Orders',
    invoices: 'Invoices',
    payments: 'Payments & receivables',
    contracts: 'Contracts',
    schedule: 'Visits & schedule',
    meetings: 'Meetings',
    weekly: 'Weekly figures & report',
    requests: 'Requests & complaints',
    campaigns: 'Campaigns',
    activity: 'Activity log',
    settings: 'Settings'
  },
  comingSoon: {
    badge: 'Coming soon',
    intro: 'This part of Salesdesk is being built. Here you will be able to:',
    estimates: [
      'prepare estimates (quotes) for a customer with products, quantities and discounts',
      'print them as PDF and send them',
      'turn an accepted estimate into an order in one step'
    ],
    orders: [
      'follow the progress of every ongoing order',
      'plan and check deliveries so products arrive on schedule',
      'invoice an order when it is delivered'
    ],
    invoices: [
      'issue invoices with gap-free numbers per year',
      'enter credit and debit notes that correct an issued invoice',
      'print invoices as PDF and export them to Excel'
    ],
    payments: [
      'record payments by bank transfer, card or direct debit',
      'investigate returned or withdrawn payments',
      'see what each customer owes and chase overdue invoices'
    ],
    contracts: [
      'register the contracts your sales executives bring in',
      'keep an eye on renewals before they expire'
    ],
    schedule: [
      'schedule site visits to customers for the sales executives',
      'keep a record of every visit and what came out of it'
    ],
    meetings: ['organise meetings for the sales team', 'keep the agenda and the notes in one place'],
    weekly: [
      'keep the weekly sales figures per executive up to date',
      'compare them with sales and revenue targets and activity quotas',
      'compile the weekly report for senior management in Excel and PDF'
    ],
    requests: [
      'log customer requests and complaints as they come in',
      'prioritise them and follow them until they are solved'
    ],
    campaigns: ['build address lists for postal and e-mail campaigns', 'print address labels']
  }
}

const es: Strings<typeof en> = {
  app: {
    name: 'Salesdesk',
    database: 'Base de datos',
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
  }
}

export const shellStrings: Translations<typeof en> = { en, es }
