/** Strings of the activity log: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  activity: {
    title: 'Activity log',
    intro: 'Every change to the data, newest first. The log cannot be edited.',
    count_one: '{{formatted}} entry',
    count_other: '{{formatted}} entries',
    listLabel: 'Activity log',
    filterEntity: 'Show',
    entity: {
      all: 'Everything',
      customer: 'Customers',
      product: 'Products',
      executive: 'Sales executives',
      database: 'Database'
    },
    col: {
      at: 'When',
      actor: 'Who',
      entity: 'What',
      summary: 'Change'
    }
  }
}

const es: Strings<typeof en> = {
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
    col: {
      at: 'Cuándo',
      actor: 'Quién',
      entity: 'Qué',
      summary: 'Cambio'
    },
    count_many: '{{formatted}} entradas'
  }
}

const ca: Strings<typeof en> = {
  activity: {
    title: 'Registre d’activitat',
    intro: 'Cada canvi a les dades, del més recent al més antic. El registre no es pot modificar.',
    count_one: '{{formatted}} entrada',
    count_many: '{{formatted}} d’entrades',
    count_other: '{{formatted}} entrades',
    listLabel: 'Registre d’activitat',
    filterEntity: 'Mostra',
    entity: {
      all: 'Tot',
      customer: 'Clients',
      product: 'Productes',
      executive: 'Comercials',
      database: 'Base de dades'
    },
    col: { at: 'Quan', actor: 'Qui', entity: 'Què', summary: 'Canvi' }
  }
}

const hu: Strings<typeof en> = {
  activity: {
    title: 'Tevékenységnapló',
    intro: 'Minden adatmódosítás, a legújabb elöl. A napló nem szerkeszthető.',
    count_one: '{{formatted}} bejegyzés',
    count_other: '{{formatted}} bejegyzés',
    listLabel: 'Tevékenységnapló',
    filterEntity: 'Megjelenítés',
    entity: {
      all: 'Minden',
      customer: 'Ügyfelek',
      product: 'Termékek',
      executive: 'Értékesítők',
      database: 'Adatbázis'
    },
    col: { at: 'Mikor', actor: 'Ki', entity: 'Mit', summary: 'Változás' }
  }
}

const ru: Strings<typeof en> = {
  activity: {
    title: 'Журнал действий',
    intro: 'Все изменения данных, сначала новые. Журнал нельзя изменить.',
    count_one: '{{formatted}} запись',
    count_few: '{{formatted}} записи',
    count_many: '{{formatted}} записей',
    count_other: '{{formatted}} записи',
    listLabel: 'Журнал действий',
    filterEntity: 'Показать',
    entity: {
      all: 'Всё',
      customer: 'Клиенты',
      product: 'Товары',
      executive: 'Менеджеры',
      database: 'База данных'
    },
    col: { at: 'Когда', actor: 'Кто', entity: 'Что', summary: 'Изменение' }
  }
}

export const activityStrings: Translations<typeof en> = { en, es, ca, hu, ru }
