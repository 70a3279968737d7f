/** Strings of the VERI*FACTU event log in Settings (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  verifactuEvents: {
    title: 'Event log',
    intro:
      'What the system records for the tax agency: start and stop, integrity checks and what they found, send failures, exports, backups restored. Nothing here can be changed or deleted.',
    from: 'From',
    to: 'To',
    type: 'Event type',
    allTypes: 'All types',
    when: 'When',
    what: 'What happened',
    hash: 'Fingerprint',
    shown: '{{shown}} of {{total}} events',
    empty: 'No events in this period.',
    export: 'Export the period (signed XML)',
    exportHint:
      'The export is in the AEAT’s form and is signed with the company certificate: unlock it above first.',
    needPeriod: 'Choose the first and last day of the period to export.',
    types: {
      '03': 'Records check (03)',
      '04': 'Records anomaly (04)',
      '05': 'Event log check (05)',
      '06': 'Event log anomaly (06)',
      '07': 'Backup restored (07)',
      '08': 'Records exported (08)',
      '09': 'Event log exported (09)',
      '90': 'Other (90)'
    },
    kind: {
      app_started: 'Salesdesk started (desktop app)',
      host_started: 'Salesdesk started (local web host)',
      system_stopped: 'Salesdesk closed cleanly',
      verifactu_on: 'VERI*FACTU switched on ({{environment}} host)',
      verifactu_off: 'VERI*FACTU switched off',
      environment_changed: 'VERI*FACTU now sends to the {{environment}} host',
      records_checked: 'Integrity check of {{records}} records',
      records_anomaly: 'Anomaly found in the records: {{where}}',
      events_checked: 'Integrity check of {{events}} events',
      events_anomaly: 'Anomaly found in the event log: {{where}}',
      backup_restored: 'Backup restored from {{source}}',
      records_exported: '{{records}} records exported ({{from}} to {{to}})',
      events_exported: '{{events}} events exported ({{from}} to {{to}})',
      send_failed: 'Sending to the AEAT failed: {{reason}}',
      send_recovered: 'Sending to the AEAT works again',
      records_rejected: '{{count}} records rejected by the AEAT'
    },
    environment: { test: 'test', production: 'production' },
    anomaly: {
      record: {
        missing: 'record {{position}} ({{name}}): a record is missing before it',
        link: 'record {{position}} ({{name}}): its link to the previous record does not match',
        hash: 'record {{position}} ({{name}}): its hash does not match its content',
        earlier: 'record {{position}} ({{name}}): generated before the previous record',
        future: 'record {{position}} ({{name}}): generated after the time of the check'
      },
      event: {
        missing: 'event {{position}} ({{type}}): an event is missing before it',
        link: 'event {{position}} ({{type}}): its link to the previous event does not match',
        hash: 'event {{position}} ({{type}}): its hash does not match its content',
        earlier: 'event {{position}} ({{type}}): generated before the previous event',
        future: 'event {{position}} ({{type}}): generated after the time of the check'
      }
    },
    failure: {
      certificate: 'the certificate could not be opened: check its password',
      connection: 'no connection to the AEAT ({{error}})',
      server: 'the server answered {{status}} ({{error}})',
      answer: 'the answer could not be read ({{error}})'
    }
  }
}

const es: Strings<typeof en> = {
  verifactuEvents: {
    title: 'Registro de eventos',
    intro:
      'Lo que el sistema registra para la Agencia Tributaria: inicio y parada, comprobaciones de integridad y lo que encontraron, fallos de envío, exportaciones, copias de seguridad restauradas. Nada de esto se puede modificar ni borrar.',
    from: 'Desde',
    to: 'Hasta',
    type: 'Tipo de evento',
    allTypes: 'Todos los tipos',
    when: 'Cuándo',
    what: 'Qué ocurrió',
    hash: 'Huella',
    shown: '{{shown}} de {{total}} eventos',
    empty: 'No hay eventos en este periodo.',
    export: 'Exportar el periodo (XML firmado)',
    exportHint:
      'La exportación sigue el formato de la AEAT y se firma con el certificado de la empresa: desbloquéelo antes, más arriba.',
    needPeriod: 'Elija el primer y el último día del periodo que quiere exportar.',
    types: {
      '03': 'Comprobación de registros (03)',
      '04': 'Anomalía en registros (04)',
      '05': 'Comprobación de eventos (05)',
      '06': 'Anomalía en eventos (06)',
      '07': 'Copia de seguridad restaurada (07)',
      '08': 'Registros exportados (08)',
      '09': 'Eventos exportados (09)',
      '90': 'Otros (90)'
    },
    kind: {
      app_started: 'Salesdesk iniciado (aplicación de escritorio)',
      host_started: 'Salesdesk iniciado (servidor web local)',
      system_stopped: 'Salesdesk cerrado correctamente',
      verifactu_on: 'VERI*FACTU activado (entorno {{environment}})',
      verifactu_off: 'VERI*FACTU desactivado',
      environment_changed: 'VERI*FACTU envía ahora al entorno {{environment}}',
      records_checked: 'Comprobación de integridad de {{records}} registros',
      records_anomaly: 'Anomalía en los registros: {{where}}',
      events_checked: 'Comprobación de integridad de {{events}} eventos',
      events_anomaly: 'Anomalía en el registro de eventos: {{where}}',
      backup_restored: 'Copia de seguridad restaurada desde {{source}}',
      records_exported: '{{records}} registros exportados (del {{from}} al {{to}})',
      events_exported: '{{events}} eventos exportados (del {{from}} al {{to}})',
      send_failed: 'Falló el envío a la AEAT: {{reason}}',
      send_recovered: 'El envío a la AEAT vuelve a funcionar',
      records_rejected: '{{count}} registros rechazados por la AEAT'
    },
    environment: { test: 'de pruebas', production: 'de producción' },
    anomaly: {
      record: {
        missing: 'registro {{position}} ({{name}}): falta el registro anterior',
        link: 'registro {{position}} ({{name}}): no encadena con el registro anterior',
        hash: 'registro {{position}} ({{name}}): la huella no corresponde a su contenido',
        earlier: 'registro {{position}} ({{name}}): generado antes que el registro anterior',
        future: 'registro {{position}} ({{name}}): generado después de la hora de la comprobación'
      },
      event: {
        missing: 'evento {{position}} ({{type}}): falta el evento anterior',
        link: 'evento {{position}} ({{type}}): no encadena con el evento anterior',
        hash: 'evento {{position}} ({{type}}): la huella no corresponde a su contenido',
        earlier: 'evento {{position}} ({{type}}): generado antes que el evento anterior',
        future: 'evento {{position}} ({{type}}): generado después de la hora de la comprobación'
      }
    },
    failure: {
      certificate: 'no se pudo abrir el certificado: compruebe su contraseña',
      connection: 'sin conexión con la AEAT ({{error}})',
      server: 'el servidor respondió {{status}} ({{error}})',
      answer: 'no se pudo leer la respuesta ({{error}})'
    }
  }
}

const ca: Strings<typeof en> = {
  verifactuEvents: {
    title: 'Registre d’esdeveniments',
    intro:
      'El que el sistema registra per a l’Agència Tributària: inici i aturada, comprovacions d’integritat i el que han trobat, errors d’enviament, exportacions, còpies de seguretat restaurades. Res d’això es pot modificar ni esborrar.',
    from: 'Des de',
    to: 'Fins a',
    type: 'Tipus d’esdeveniment',
    allTypes: 'Tots els tipus',
    when: 'Quan',
    what: 'Què ha passat',
    hash: 'Empremta',
    shown: '{{shown}} de {{total}} esdeveniments',
    empty: 'No hi ha esdeveniments en aquest període.',
    export: 'Exporta el període (XML signat)',
    exportHint:
      'L’exportació segueix el format de l’AEAT i se signa amb el certificat de l’empresa: desbloquegeu-lo abans, més amunt.',
    needPeriod: 'Trieu el primer i l’últim dia del període que voleu exportar.',
    types: {
      '03': 'Comprovació de registres (03)',
      '04': 'Anomalia en registres (04)',
      '05': 'Comprovació d’esdeveniments (05)',
      '06': 'Anomalia en esdeveniments (06)',
      '07': 'Còpia de seguretat restaurada (07)',
      '08': 'Registres exportats (08)',
      '09': 'Esdeveniments exportats (09)',
      '90': 'Altres (90)'
    },
    kind: {
      app_started: 'Salesdesk iniciat (aplicació d’escriptori)',
      host_started: 'Salesdesk iniciat (servidor web local)',
      system_stopped: 'Salesdesk tancat correctament',
      verifactu_on: 'VERI*FACTU activat (entorn {{environment}})',
      verifactu_off: 'VERI*FACTU desactivat',
      environment_changed: 'VERI*FACTU ara envia a l’entorn {{environment}}',
      records_checked: 'Comprovació d’integritat de {{records}} registres',
      records_anomaly: 'Anomalia en els registres: {{where}}',
      events_checked: 'Comprovació d’integritat de {{events}} esdeveniments',
      events_anomaly: 'Anomalia en el registre d’esdeveniments: {{where}}',
      backup_restored: 'Còpia de seguretat restaurada des de {{source}}',
      records_exported: '{{records}} registres exportats (del {{from}} al {{to}})',
      events_exported: '{{events}} esdeveniments exportats (del {{from}} al {{to}})',
      send_failed: 'L’enviament a l’AEAT ha fallat: {{reason}}',
      send_recovered: 'L’enviament a l’AEAT torna a funcionar',
      records_rejected: '{{count}} registres rebutjats per l’AEAT'
    },
    environment: { test: 'de proves', production: 'de producció' },
    anomaly: {
      record: {
        missing: 'registre {{position}} ({{name}}): falta el registre anterior',
        link: 'registre {{position}} ({{name}}): no encadena amb el registre anterior',
        hash: 'registre {{position}} ({{name}}): l’empremta no correspon al contingut',
        earlier: 'registre {{position}} ({{name}}): generat abans que el registre anterior',
        future: 'registre {{position}} ({{name}}): generat després de l’hora de la comprovació'
      },
      event: {
        missing: 'esdeveniment {{position}} ({{type}}): falta l’esdeveniment anterior',
        link: 'esdeveniment {{position}} ({{type}}): no encadena amb l’esdeveniment anterior',
        hash: 'esdeveniment {{position}} ({{type}}): l’empremta no correspon al contingut',
        earlier: 'esdeveniment {{position}} ({{type}}): generat abans que l’esdeveniment anterior',
        future: 'esdeveniment {{position}} ({{type}}): generat després de l’hora de la comprovació'
      }
    },
    failure: {
      certificate: 'no s’ha pogut obrir el certificat: comproveu-ne la contrasenya',
      connection: 'sense connexió amb l’AEAT ({{error}})',
      server: 'el servidor ha respost {{status}} ({{error}})',
      answer: 'no s’ha pogut llegir la resposta ({{error}})'
    }
  }
}

const hu: Strings<typeof en> = {
  verifactuEvents: {
    title: 'Eseménynapló',
    intro:
      'Amit a rendszer az adóhatóság számára rögzít: indítás és leállítás, sértetlenségi ellenőrzések és eredményük, küldési hibák, exportok, visszaállított biztonsági mentések. Ezek nem módosíthatók és nem törölhetők.',
    from: 'Ettől',
    to: 'Eddig',
    type: 'Eseménytípus',
    allTypes: 'Minden típus',
    when: 'Időpont',
    what: 'Mi történt',
    hash: 'Ujjlenyomat',
    shown: '{{shown}} / {{total}} esemény',
    empty: 'Ebben az időszakban nincs esemény.',
    export: 'Az időszak exportja (aláírt XML)',
    exportHint:
      'Az export az AEAT formátumában készül, és a cég tanúsítványával írjuk alá: előbb oldja fel fent.',
    needPeriod: 'Válassza ki az exportálandó időszak első és utolsó napját.',
    types: {
      '03': 'Bizonylatrekordok ellenőrzése (03)',
      '04': 'Rendellenesség a rekordokban (04)',
      '05': 'Eseménynapló ellenőrzése (05)',
      '06': 'Rendellenesség az eseménynaplóban (06)',
      '07': 'Biztonsági mentés visszaállítva (07)',
      '08': 'Rekordok exportálva (08)',
      '09': 'Eseménynapló exportálva (09)',
      '90': 'Egyéb (90)'
    },
    kind: {
      app_started: 'A Salesdesk elindult (asztali alkalmazás)',
      host_started: 'A Salesdesk elindult (helyi webkiszolgáló)',
      system_stopped: 'A Salesdesk szabályosan leállt',
      verifactu_on: 'VERI*FACTU bekapcsolva ({{environment}} környezet)',
      verifactu_off: 'VERI*FACTU kikapcsolva',
      environment_changed: 'A VERI*FACTU mostantól a(z) {{environment}} környezetbe küld',
      records_checked: '{{records}} rekord sértetlenségi ellenőrzése',
      records_anomaly: 'Rendellenesség a rekordokban: {{where}}',
      events_checked: '{{events}} esemény sértetlenségi ellenőrzése',
      events_anomaly: 'Rendellenesség az eseménynaplóban: {{where}}',
      backup_restored: 'Biztonsági mentés visszaállítva innen: {{source}}',
      records_exported: '{{records}} rekord exportálva ({{from}} – {{to}})',
      events_exported: '{{events}} esemény exportálva ({{from}} – {{to}})',
      send_failed: 'Sikertelen küldés az AEAT-nak: {{reason}}',
      send_recovered: 'A küldés az AEAT-nak ismét működik',
      records_rejected: 'Az AEAT {{count}} rekordot elutasított'
    },
    environment: { test: 'teszt', production: 'éles' },
    anomaly: {
      record: {
        missing: '{{position}}. rekord ({{name}}): hiányzik az előző rekord',
        link: '{{position}}. rekord ({{name}}): nem kapcsolódik az előző rekordhoz',
        hash: '{{position}}. rekord ({{name}}): a lenyomat nem egyezik a tartalommal',
        earlier: '{{position}}. rekord ({{name}}): korábban készült, mint az előző rekord',
        future: '{{position}}. rekord ({{name}}): az ellenőrzés időpontja utánra van keltezve'
      },
      event: {
        missing: '{{position}}. esemény ({{type}}): hiányzik az előző esemény',
        link: '{{position}}. esemény ({{type}}): nem kapcsolódik az előző eseményhez',
        hash: '{{position}}. esemény ({{type}}): a lenyomat nem egyezik a tartalommal',
        earlier: '{{position}}. esemény ({{type}}): korábban készült, mint az előző esemény',
        future: '{{position}}. esemény ({{type}}): az ellenőrzés időpontja utánra van keltezve'
      }
    },
    failure: {
      certificate: 'a tanúsítványt nem sikerült megnyitni: ellenőrizze a jelszavát',
      connection: 'nincs kapcsolat az AEAT-vel ({{error}})',
      server: 'a kiszolgáló válasza: {{status}} ({{error}})',
      answer: 'a válasz nem olvasható ({{error}})'
    }
  }
}

const ru: Strings<typeof en> = {
  verifactuEvents: {
    title: 'Журнал событий',
    intro:
      'Что система записывает для налоговой службы: запуск и остановка, проверки целостности и их результаты, ошибки отправки, выгрузки, восстановленные резервные копии. Ничего здесь нельзя изменить или удалить.',
    from: 'С',
    to: 'По',
    type: 'Тип события',
    allTypes: 'Все типы',
    when: 'Когда',
    what: 'Что произошло',
    hash: 'Отпечаток',
    shown: '{{shown}} из {{total}} событий',
    empty: 'За этот период событий нет.',
    export: 'Выгрузить период (подписанный XML)',
    exportHint:
      'Выгрузка делается в формате AEAT и подписывается сертификатом компании: сначала разблокируйте его выше.',
    needPeriod: 'Выберите первый и последний день периода для выгрузки.',
    types: {
      '03': 'Проверка записей (03)',
      '04': 'Аномалия в записях (04)',
      '05': 'Проверка журнала событий (05)',
      '06': 'Аномалия в журнале событий (06)',
      '07': 'Восстановлена резервная копия (07)',
      '08': 'Записи выгружены (08)',
      '09': 'Журнал событий выгружен (09)',
      '90': 'Прочее (90)'
    },
    kind: {
      app_started: 'Salesdesk запущен (настольное приложение)',
      host_started: 'Salesdesk запущен (локальный веб-сервер)',
      system_stopped: 'Salesdesk корректно закрыт',
      verifactu_on: 'VERI*FACTU включён (среда: {{environment}})',
      verifactu_off: 'VERI*FACTU выключен',
      environment_changed: 'VERI*FACTU теперь отправляет данные в среду: {{environment}}',
      records_checked: 'Проверка целостности записей: {{records}}',
      records_anomaly: 'Аномалия в записях: {{where}}',
      events_checked: 'Проверка целостности событий: {{events}}',
      events_anomaly: 'Аномалия в журнале событий: {{where}}',
      backup_restored: 'Восстановлена резервная копия из {{source}}',
      records_exported: 'Выгружено записей: {{records}} (с {{from}} по {{to}})',
      events_exported: 'Выгружено событий: {{events}} (с {{from}} по {{to}})',
      send_failed: 'Не удалось отправить в AEAT: {{reason}}',
      send_recovered: 'Отправка в AEAT снова работает',
      records_rejected: 'AEAT отклонило записей: {{count}}'
    },
    environment: { test: 'тестовая', production: 'рабочая' },
    anomaly: {
      record: {
        missing: 'запись {{position}} ({{name}}): перед ней не хватает записи',
        link: 'запись {{position}} ({{name}}): ссылка на предыдущую запись не совпадает',
        hash: 'запись {{position}} ({{name}}): отпечаток не соответствует содержимому',
        earlier: 'запись {{position}} ({{name}}): создана раньше предыдущей записи',
        future: 'запись {{position}} ({{name}}): создана позже времени проверки'
      },
      event: {
        missing: 'событие {{position}} ({{type}}): перед ним не хватает события',
        link: 'событие {{position}} ({{type}}): ссылка на предыдущее событие не совпадает',
        hash: 'событие {{position}} ({{type}}): отпечаток не соответствует содержимому',
        earlier: 'событие {{position}} ({{type}}): создано раньше предыдущего события',
        future: 'событие {{position}} ({{type}}): создано позже времени проверки'
      }
    },
    failure: {
      certificate: 'не удалось открыть сертификат: проверьте пароль',
      connection: 'нет связи с AEAT ({{error}})',
      server: 'сервер ответил {{status}} ({{error}})',
      answer: 'не удалось прочитать ответ ({{error}})'
    }
  }
}

export const verifactuEventStrings: Translations<typeof en> = { en, es, ca, hu, ru }
