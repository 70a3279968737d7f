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
  },
  comingSoon: {
    badge: 'Properament',
    intro: "Aquesta part de Salesdesk s'està construint. Aquí podreu:",
    estimates: [
      'preparar pressupostos per a un client amb productes, quantitats i descomptes',
      'imprimir-los en PDF i enviar-los',
      'convertir un pressupost acceptat en una comanda en un sol pas'
    ],
    orders: [
      'seguir el progrés de cada comanda en curs',
      'planificar i comprovar els lliuraments perquè els productes arribin a temps',
      'facturar una comanda quan s’ha lliurat'
    ],
    invoices: [
      'emetre factures amb numeració correlativa per any',
      'registrar factures rectificatives i notes de càrrec que corregeixen una factura emesa',
      'imprimir factures en PDF i exportar-les a Excel'
    ],
    payments: [
      'registrar cobraments per transferència, targeta o domiciliació bancària',
      'investigar rebuts retornats o cobraments anul·lats',
      'veure què deu cada client i reclamar les factures vençudes'
    ],
    contracts: [
      'registrar els contractes que aporten els vostres comercials',
      'vigilar les renovacions abans que caduquin'
    ],
    schedule: [
      'programar visites a clients per als comercials',
      'guardar un registre de cada visita i del seu resultat'
    ],
    meetings: [
      "organitzar reunions de l'equip comercial",
      "tenir l'ordre del dia i les notes en un sol lloc"
    ],
    weekly: [
      'mantenir al dia les xifres de venda setmanals per comercial',
      "comparar-les amb els objectius de venda i facturació i les quotes d'activitat",
      "elaborar l'informe setmanal per a la direcció en Excel i PDF"
    ],
    requests: [
      'registrar les peticions i reclamacions dels clients a mesura que arriben',
      'prioritzar-les i fer-ne el seguiment fins que es resolguin'
    ],
    campaigns: [
      'crear llistes d’adreces per a campanyes postals i de correu electrònic',
      'imprimir etiquetes d’adreça'
    ]
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
  },
  comingSoon: {
    badge: 'Hamarosan',
    intro: 'A Salesdesk ezen része még készül. Itt majd a következőkre lesz lehetőség:',
    estimates: [
      'árajánlat készítése egy ügyfélnek termékekkel, mennyiségekkel és kedvezményekkel',
      'nyomtatás PDF-be és elküldés',
      'az elfogadott árajánlat egy lépésben megrendeléssé alakítása'
    ],
    orders: [
      'minden folyamatban lévő megrendelés követése',
      'a szállítások tervezése és ellenőrzése, hogy a termékek időben megérkezzenek',
      'a megrendelés számlázása a kiszállítás után'
    ],
    invoices: [
      'számlák kiállítása évenként hézagmentes sorszámozással',
      'a kiállított számlát javító helyesbítő számlák rögzítése',
      'számlák nyomtatása PDF-be és exportálása Excelbe'
    ],
    payments: [
      'átutalással, kártyával vagy csoportos beszedéssel érkező befizetések rögzítése',
      'visszautalt vagy visszavont befizetések kivizsgálása',
      'annak áttekintése, hogy melyik ügyfél mennyivel tartozik, és a lejárt számlák behajtása'
    ],
    contracts: [
      'az értékesítők által hozott szerződések nyilvántartása',
      'a megújítások figyelése a lejárat előtt'
    ],
    schedule: [
      'ügyfélnél tett látogatások ütemezése az értékesítőknek',
      'minden látogatás és eredménye nyilvántartása'
    ],
    meetings: ['értekezletek szervezése az értékesítő csapatnak', 'a napirend és a jegyzetek egy helyen'],
    weekly: [
      'az értékesítők heti eladási számainak naprakészen tartása',
      'összevetés az értékesítési és árbevételi célokkal és az aktivitási kvótákkal',
      'heti jelentés összeállítása a felsővezetésnek Excelben és PDF-ben'
    ],
    requests: [
      'az ügyfelek kéréseinek és reklamációinak rögzítése beérkezéskor',
      'rangsorolásuk és követésük a megoldásig'
    ],
    campaigns: ['címlisták összeállítása postai és e-mail kampányokhoz', 'címcímkék nyomtatása']
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
  },
  comingSoon: {
    badge: 'Скоро',
    intro: 'Этот раздел Salesdesk ещё в разработке. Здесь можно будет:',
    estimates: [
      'готовить коммерческие предложения клиенту с товарами, количествами и скидками',
      'печатать их в PDF и отправлять',
      'превращать принятое предложение в заказ одним действием'
    ],
    orders: [
      'следить за ходом каждого текущего заказа',
      'планировать и контролировать поставки, чтобы товары приходили вовремя',
      'выставлять счёт по заказу после поставки'
    ],
    invoices: [
      'выставлять счета со сквозной нумерацией по годам',
      'оформлять корректировочные счета, исправляющие выставленный счёт',
      'печатать счета в PDF и выгружать их в Excel'
    ],
    payments: [
      'регистрировать оплаты банковским переводом, картой или прямым списанием',
      'разбирать возвращённые и отозванные платежи',
      'видеть задолженность каждого клиента и напоминать о просроченных счетах'
    ],
    contracts: [
      'регистрировать договоры, которые приносят менеджеры по продажам',
      'следить за продлением договоров до окончания срока'
    ],
    schedule: ['планировать визиты менеджеров к клиентам', 'вести учёт каждого визита и его результатов'],
    meetings: ['организовывать совещания отдела продаж', 'хранить повестку и заметки в одном месте'],
    weekly: [
      'поддерживать актуальные недельные показатели продаж по каждому менеджеру',
      'сравнивать их с планами продаж и выручки и нормативами активности',
      'составлять еженедельный отчёт для руководства в Excel и PDF'
    ],
    requests: [
      'регистрировать обращения и жалобы клиентов по мере поступления',
      'расставлять приоритеты и вести их до решения'
    ],
    campaigns: ['составлять списки адресов для почтовых и e-mail-рассылок', 'печатать адресные наклейки']
  }
}

export const shellStrings: Translations<typeof en> = { en, es, ca, hu, ru }
