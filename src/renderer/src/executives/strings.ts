/** Strings of the sales executive list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  executives: {
    title: 'Sales executives',
    count_one: '{{formatted}} sales executive',
    count_other: '{{formatted}} sales executives',
    searchLabel: 'Search sales executives',
    searchPlaceholder: 'Name, e-mail…',
    new: 'New sales executive',
    newTitle: 'New sales executive',
    listLabel: 'Sales executive list',
    filterActive: 'Show',
    col: {
      name: 'Name',
      email: 'E-mail',
      phone: 'Phone',
      customerCount: 'Customers',
      active: 'Active'
    }
  },
  executive: {
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    active: 'Active (can be given new customers)',
    customerCount_one: 'Looks after {{count}} customer.',
    customerCount_other: 'Looks after {{count}} customers.',
    deleteConfirm: 'Delete {{name}}? If customers are assigned, the executive is deactivated instead.',
    deleted: 'The sales executive {{name}} was deleted.',
    deactivated: '{{name}} still has customers, so the executive was deactivated instead of deleted.',
    created: 'The sales executive was added.',
    figures: {
      title: 'Figures against targets, last 12 weeks',
      tableLabel: 'Weekly figures against targets',
      ofTarget: '{{actual}} of {{target}}',
      total: 'Total of the 12 weeks',
      currencyNote: 'Amounts in {{currency}}, without VAT. Each week opens the weekly figures of that week.',
      pipelineTitle: 'Open now',
      openEstimates: 'Estimates sent, not yet decided: {{n}} ({{amount}})',
      openOrders: 'Orders not yet delivered: {{n}} ({{amount}})',
      visitsTitle: 'Visits',
      visitsCompleted: 'Completed in the 12 weeks: {{n}}',
      noUpcoming: 'No visits scheduled.',
      moreUpcoming: 'and {{n}} more scheduled',
      customersTitle: 'Customers',
      customersActive: 'Active: {{n}}',
      customersProspect: 'Prospects: {{n}}',
      customersInactive: 'Inactive: {{n}}',
      seeCustomers: 'See their customers',
      col: {
        week: 'Week',
        revenue: 'Revenue',
        percentOfTarget: '% of revenue target',
        ordersWon: 'Orders won',
        estimatesSent: 'Estimates sent',
        newCustomers: 'New customers',
        visits: 'Visits',
        calls: 'Calls'
      }
    }
  }
}

const es: Strings<typeof en> = {
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
    },
    count_many: '{{formatted}} comerciales'
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
    created: 'Se ha añadido el comercial.',
    customerCount_many: 'Atiende a {{count}} clientes.',
    figures: {
      title: 'Cifras frente a objetivos, últimas 12 semanas',
      tableLabel: 'Cifras semanales frente a objetivos',
      ofTarget: '{{actual}} de {{target}}',
      total: 'Total de las 12 semanas',
      currencyNote: 'Importes en {{currency}}, sin IVA. Cada semana abre las cifras semanales de esa semana.',
      pipelineTitle: 'Abierto ahora',
      openEstimates: 'Presupuestos enviados sin decidir: {{n}} ({{amount}})',
      openOrders: 'Pedidos aún no entregados: {{n}} ({{amount}})',
      visitsTitle: 'Visitas',
      visitsCompleted: 'Realizadas en las 12 semanas: {{n}}',
      noUpcoming: 'No hay visitas programadas.',
      moreUpcoming: 'y {{n}} más programadas',
      customersTitle: 'Clientes',
      customersActive: 'Activos: {{n}}',
      customersProspect: 'Potenciales: {{n}}',
      customersInactive: 'Inactivos: {{n}}',
      seeCustomers: 'Ver sus clientes',
      col: {
        week: 'Semana',
        revenue: 'Facturación',
        percentOfTarget: '% del objetivo de facturación',
        ordersWon: 'Pedidos ganados',
        estimatesSent: 'Presupuestos enviados',
        newCustomers: 'Clientes nuevos',
        visits: 'Visitas',
        calls: 'Llamadas'
      }
    }
  }
}

const ca: Strings<typeof en> = {
  executives: {
    title: 'Comercials',
    count_one: '{{formatted}} comercial',
    count_many: '{{formatted}} de comercials',
    count_other: '{{formatted}} comercials',
    searchLabel: 'Cerca comercials',
    searchPlaceholder: 'Nom, correu…',
    new: 'Comercial nou',
    newTitle: 'Comercial nou',
    listLabel: 'Llista de comercials',
    filterActive: 'Mostra',
    col: {
      name: 'Nom',
      email: 'Correu electrònic',
      phone: 'Telèfon',
      customerCount: 'Clients',
      active: 'Actiu'
    }
  },
  executive: {
    name: 'Nom',
    email: 'Correu electrònic',
    phone: 'Telèfon',
    active: 'Actiu (se li poden assignar clients nous)',
    customerCount_one: 'Porta {{count}} client.',
    customerCount_many: 'Porta {{count}} de clients.',
    customerCount_other: 'Porta {{count}} clients.',
    deleteConfirm: 'Voleu suprimir {{name}}? Si té clients assignats, es desactiva.',
    deleted: 'S’ha suprimit el comercial {{name}}.',
    deactivated: '{{name}} encara té clients; s’ha desactivat en lloc de suprimir-lo.',
    created: 'S’ha afegit el comercial.',
    figures: {
      title: 'Xifres davant dels objectius, últimes 12 setmanes',
      tableLabel: 'Xifres setmanals davant dels objectius',
      ofTarget: '{{actual}} de {{target}}',
      total: 'Total de les 12 setmanes',
      currencyNote:
        'Imports en {{currency}}, sense IVA. Cada setmana obre les xifres setmanals d’aquella setmana.',
      pipelineTitle: 'Obert ara',
      openEstimates: 'Pressupostos enviats sense decidir: {{n}} ({{amount}})',
      openOrders: 'Comandes encara no lliurades: {{n}} ({{amount}})',
      visitsTitle: 'Visites',
      visitsCompleted: 'Fetes en les 12 setmanes: {{n}}',
      noUpcoming: 'No hi ha visites programades.',
      moreUpcoming: 'i {{n}} més programades',
      customersTitle: 'Clients',
      customersActive: 'Actius: {{n}}',
      customersProspect: 'Potencials: {{n}}',
      customersInactive: 'Inactius: {{n}}',
      seeCustomers: 'Veure els seus clients',
      col: {
        week: 'Setmana',
        revenue: 'Facturació',
        percentOfTarget: '% de l’objectiu de facturació',
        ordersWon: 'Comandes guanyades',
        estimatesSent: 'Pressupostos enviats',
        newCustomers: 'Clients nous',
        visits: 'Visites',
        calls: 'Trucades'
      }
    }
  }
}

const hu: Strings<typeof en> = {
  executives: {
    title: 'Értékesítők',
    count_one: '{{formatted}} értékesítő',
    count_other: '{{formatted}} értékesítő',
    searchLabel: 'Értékesítők keresése',
    searchPlaceholder: 'Név, e-mail…',
    new: 'Új értékesítő',
    newTitle: 'Új értékesítő',
    listLabel: 'Értékesítők listája',
    filterActive: 'Megjelenítés',
    col: { name: 'Név', email: 'E-mail', phone: 'Telefon', customerCount: 'Ügyfelek', active: 'Aktív' }
  },
  executive: {
    name: 'Név',
    email: 'E-mail',
    phone: 'Telefon',
    active: 'Aktív (kaphat új ügyfeleket)',
    customerCount_one: '{{count}} ügyfelet gondoz.',
    customerCount_other: '{{count}} ügyfelet gondoz.',
    deleteConfirm: 'Törli: {{name}}? Ha vannak hozzárendelt ügyfelei, inaktiválja helyette.',
    deleted: '{{name}} értékesítő törölve.',
    deactivated: '{{name}} még gondoz ügyfeleket, ezért törlés helyett inaktiváltuk.',
    created: 'Az értékesítő felvéve.',
    figures: {
      title: 'Számok a célokhoz képest, utolsó 12 hét',
      tableLabel: 'Heti számok a célokhoz képest',
      ofTarget: '{{actual}} / {{target}}',
      total: 'A 12 hét összesen',
      currencyNote:
        'Összegek {{currency}} pénznemben, áfa nélkül. Minden hét az adott hét heti számait nyitja meg.',
      pipelineTitle: 'Most nyitott',
      openEstimates: 'Elküldött, még el nem döntött árajánlatok: {{n}} ({{amount}})',
      openOrders: 'Még le nem szállított megrendelések: {{n}} ({{amount}})',
      visitsTitle: 'Látogatások',
      visitsCompleted: 'Teljesítve a 12 hét alatt: {{n}}',
      noUpcoming: 'Nincs ütemezett látogatás.',
      moreUpcoming: 'és még {{n}} ütemezett',
      customersTitle: 'Ügyfelek',
      customersActive: 'Aktív: {{n}}',
      customersProspect: 'Potenciális: {{n}}',
      customersInactive: 'Inaktív: {{n}}',
      seeCustomers: 'Ügyfelei listája',
      col: {
        week: 'Hét',
        revenue: 'Árbevétel',
        percentOfTarget: 'Árbevételi cél %-a',
        ordersWon: 'Elnyert megrendelések',
        estimatesSent: 'Elküldött árajánlatok',
        newCustomers: 'Új ügyfelek',
        visits: 'Látogatások',
        calls: 'Hívások'
      }
    }
  }
}

const ru: Strings<typeof en> = {
  executives: {
    title: 'Менеджеры по продажам',
    count_one: '{{formatted}} менеджер',
    count_few: '{{formatted}} менеджера',
    count_many: '{{formatted}} менеджеров',
    count_other: '{{formatted}} менеджера',
    searchLabel: 'Поиск менеджеров',
    searchPlaceholder: 'Имя, e-mail…',
    new: 'Новый менеджер',
    newTitle: 'Новый менеджер',
    listLabel: 'Список менеджеров',
    filterActive: 'Показать',
    col: { name: 'Имя', email: 'E-mail', phone: 'Телефон', customerCount: 'Клиенты', active: 'Активен' }
  },
  executive: {
    name: 'Имя',
    email: 'E-mail',
    phone: 'Телефон',
    active: 'Активен (можно назначать новых клиентов)',
    customerCount_one: 'Ведёт {{count}} клиента.',
    customerCount_few: 'Ведёт {{count}} клиентов.',
    customerCount_many: 'Ведёт {{count}} клиентов.',
    customerCount_other: 'Ведёт {{count}} клиента.',
    deleteConfirm: 'Удалить {{name}}? Если за менеджером закреплены клиенты, он будет деактивирован.',
    deleted: 'Менеджер {{name}} удалён.',
    deactivated: 'У менеджера {{name}} ещё есть клиенты, поэтому он деактивирован, а не удалён.',
    created: 'Менеджер добавлен.',
    figures: {
      title: 'Показатели и план за последние 12 недель',
      tableLabel: 'Недельные показатели и план',
      ofTarget: '{{actual}} из {{target}}',
      total: 'Итого за 12 недель',
      currencyNote:
        'Суммы в {{currency}}, без НДС. Каждая неделя открывает недельные показатели этой недели.',
      pipelineTitle: 'Открыто сейчас',
      openEstimates: 'Отправленные КП без решения: {{n}} ({{amount}})',
      openOrders: 'Ещё не доставленные заказы: {{n}} ({{amount}})',
      visitsTitle: 'Визиты',
      visitsCompleted: 'Проведено за 12 недель: {{n}}',
      noUpcoming: 'Визиты не запланированы.',
      moreUpcoming: 'и ещё {{n}} запланировано',
      customersTitle: 'Клиенты',
      customersActive: 'Активные: {{n}}',
      customersProspect: 'Потенциальные: {{n}}',
      customersInactive: 'Неактивные: {{n}}',
      seeCustomers: 'Открыть список его клиентов',
      col: {
        week: 'Неделя',
        revenue: 'Выручка',
        percentOfTarget: '% плана по выручке',
        ordersWon: 'Выигранные заказы',
        estimatesSent: 'Отправленные КП',
        newCustomers: 'Новые клиенты',
        visits: 'Визиты',
        calls: 'Звонки'
      }
    }
  }
}

export const executivesStrings: Translations<typeof en> = { en, es, ca, hu, ru }
