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

export const activityStrings: Translations<typeof en> = { en, es }
