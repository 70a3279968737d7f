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
    imports: 'Import',
    estimates: 'Estimates',
    orders: 'Orders',
    invoices: 'Invoices',
    payments: 'Payments & receivables',
    contracts: 'Contracts',
    schedule: 'Visits & schedule',
    meetings: 'Meetings',
    weekly: 'Weekly figures & report',
    requests: 'Requests & complaints',
    calls: 'Calls',
    campaigns: 'Campaigns',
    activity: 'Activity log',
    outbox: 'Outbox',
    settings: 'Settings'
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
    imports: 'Importar',
    estimates: 'Presupuestos',
    orders: 'Pedidos',
    invoices: 'Facturas',
    payments: 'Cobros y pendientes',
    contracts: 'Contratos',
    schedule: 'Visitas y agenda',
    meetings: 'Reuniones',
    weekly: 'Cifras semanales e informe',
    requests: 'Peticiones y reclamaciones',
    calls: 'Llamadas',
    campaigns: 'Campañas',
    activity: 'Registro de actividad',
    outbox: 'Bandeja de salida',
    settings: 'Ajustes'
  }
}

const ca: Strings<typeof en> = {
  app: { name: 'Salesdesk', database: 'Base de dades', skipToContent: 'Vés al contingut' },
  nav: {
    label: 'Navegació principal',
    masterData: 'Dades mestres',
    documents: 'Documents i cobraments',
    team: 'Equip i clients',
    system: 'Sistema',
    customers: 'Clients',
    products: 'Productes',
    executives: 'Comercials',
    imports: 'Importa',
    estimates: 'Pressupostos',
    orders: 'Comandes',
    invoices: 'Factures',
    payments: 'Cobraments i pendents',
    contracts: 'Contractes',
    schedule: 'Visites i agenda',
    meetings: 'Reunions',
    weekly: 'Xifres i informe setmanal',
    requests: 'Peticions i reclamacions',
    calls: 'Trucades',
    campaigns: 'Campanyes',
    activity: "Registre d'activitat",
    outbox: 'Safata de sortida',
    settings: 'Configuració'
  }
}

const hu: Strings<typeof en> = {
  app: { name: 'Salesdesk', database: 'Adatbázis', skipToContent: 'Ugrás a tartalomra' },
  nav: {
    label: 'Főmenü',
    masterData: 'Törzsadatok',
    documents: 'Bizonylatok és pénzügyek',
    team: 'Csapat és ügyfelek',
    system: 'Rendszer',
    customers: 'Ügyfelek',
    products: 'Termékek',
    executives: 'Értékesítők',
    imports: 'Importálás',
    estimates: 'Árajánlatok',
    orders: 'Megrendelések',
    invoices: 'Számlák',
    payments: 'Befizetések és kintlévőségek',
    contracts: 'Szerződések',
    schedule: 'Látogatások és naptár',
    meetings: 'Értekezletek',
    weekly: 'Heti számok és jelentés',
    requests: 'Kérések és reklamációk',
    calls: 'Hívások',
    campaigns: 'Kampányok',
    activity: 'Tevékenységnapló',
    outbox: 'Kimenő e-mailek',
    settings: 'Beállítások'
  }
}

const ru: Strings<typeof en> = {
  app: { name: 'Salesdesk', database: 'База данных', skipToContent: 'Перейти к содержимому' },
  nav: {
    label: 'Главное меню',
    masterData: 'Справочники',
    documents: 'Документы и расчёты',
    team: 'Команда и клиенты',
    system: 'Система',
    customers: 'Клиенты',
    products: 'Товары',
    executives: 'Менеджеры по продажам',
    imports: 'Импорт',
    estimates: 'Коммерческие предложения',
    orders: 'Заказы',
    invoices: 'Счета',
    payments: 'Оплаты и задолженность',
    contracts: 'Договоры',
    schedule: 'Визиты и расписание',
    meetings: 'Совещания',
    weekly: 'Недельные показатели и отчёт',
    requests: 'Обращения и жалобы',
    calls: 'Звонки',
    campaigns: 'Рассылки',
    activity: 'Журнал действий',
    outbox: 'Исходящие письма',
    settings: 'Настройки'
  }
}

export const shellStrings: Translations<typeof en> = { en, es, ca, hu, ru }
