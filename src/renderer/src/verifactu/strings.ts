/** Strings of the VERI*FACTU settings and status (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  verifactu: {
    title: 'VERI*FACTU (Spain)',
    intro:
      'Every invoice, credit note and debit note gets a chained record for the tax agency (AEAT) and a QR code on its PDF.',
    enabled: 'VERI*FACTU on',
    environment: 'AEAT host',
    test: 'Test (pruebas)',
    production: 'Production',
    certificatePath: 'Company certificate (.p12 / .pfx file)',
    softwareName: 'Software name',
    softwareId: 'Software id',
    softwareVersion: 'Version',
    installationNumber: 'Installation number',
    endpoint: 'Service address (empty: the AEAT’s own)',
    producerName: 'Software producer',
    producerNif: 'Software producer’s NIF',
    save: 'Save VERI*FACTU settings',
    saved: 'VERI*FACTU settings saved.',
    password: 'Certificate password',
    unlock: 'Use for this session',
    unlocked: 'The certificate password is known for this session.',
    waiting_one: '{{count}} record waiting to be sent',
    waiting_other: '{{count}} records waiting to be sent',
    lastResult: 'Last send: {{outcome}}, {{count}} records, {{message}}',
    neverSent: 'Nothing has been sent yet.',
    send: 'Send now',
    verify: 'Check the chain',
    verifyOk: 'The chain is intact ({{count}} records).',
    verifyBroken: 'The chain is broken: {{where}}'
  }
}

const es: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (España)',
    intro:
      'Cada factura, factura rectificativa y nota de cargo genera un registro encadenado para la AEAT y un código QR en su PDF.',
    enabled: 'VERI*FACTU activado',
    environment: 'Servidor de la AEAT',
    test: 'Pruebas',
    production: 'Producción',
    certificatePath: 'Certificado de la empresa (archivo .p12 / .pfx)',
    softwareName: 'Nombre del sistema',
    softwareId: 'Id. del sistema',
    softwareVersion: 'Versión',
    installationNumber: 'Número de instalación',
    endpoint: 'Dirección del servicio (vacía: la de la AEAT)',
    producerName: 'Productor del sistema',
    producerNif: 'NIF del productor del sistema',
    save: 'Guardar ajustes VERI*FACTU',
    saved: 'Ajustes VERI*FACTU guardados.',
    password: 'Contraseña del certificado',
    unlock: 'Usar en esta sesión',
    unlocked: 'La contraseña del certificado se conoce en esta sesión.',
    waiting_one: '{{count}} registro pendiente de envío',
    waiting_many: '{{count}} registros pendientes de envío',
    waiting_other: '{{count}} registros pendientes de envío',
    lastResult: 'Último envío: {{outcome}}, {{count}} registros, {{message}}',
    neverSent: 'Aún no se ha enviado nada.',
    send: 'Enviar ahora',
    verify: 'Comprobar la cadena',
    verifyOk: 'La cadena está íntegra ({{count}} registros).',
    verifyBroken: 'La cadena está rota: {{where}}'
  }
}

const ca: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Espanya)',
    intro:
      'Cada factura, factura rectificativa i nota de càrrec genera un registre encadenat per a l’AEAT i un codi QR al seu PDF.',
    enabled: 'VERI*FACTU activat',
    environment: 'Servidor de l’AEAT',
    test: 'Proves',
    production: 'Producció',
    certificatePath: 'Certificat de l’empresa (fitxer .p12 / .pfx)',
    softwareName: 'Nom del sistema',
    softwareId: 'Id. del sistema',
    softwareVersion: 'Versió',
    installationNumber: 'Número d’instal·lació',
    endpoint: 'Adreça del servei (buida: la de l’AEAT)',
    producerName: 'Productor del sistema',
    producerNif: 'NIF del productor del sistema',
    save: 'Desa la configuració VERI*FACTU',
    saved: 'Configuració VERI*FACTU desada.',
    password: 'Contrasenya del certificat',
    unlock: 'Fes-la servir en aquesta sessió',
    unlocked: 'La contrasenya del certificat es coneix en aquesta sessió.',
    waiting_one: '{{count}} registre pendent d’enviament',
    waiting_many: '{{count}} registres pendents d’enviament',
    waiting_other: '{{count}} registres pendents d’enviament',
    lastResult: 'Últim enviament: {{outcome}}, {{count}} registres, {{message}}',
    neverSent: 'Encara no s’ha enviat res.',
    send: 'Envia ara',
    verify: 'Comprova la cadena',
    verifyOk: 'La cadena és íntegra ({{count}} registres).',
    verifyBroken: 'La cadena està trencada: {{where}}'
  }
}

const hu: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Spanyolország)',
    intro:
      'Minden számla, helyesbítő számla és terhelési értesítő láncolt rekordot kap az AEAT számára, és QR-kódot a PDF-jén.',
    enabled: 'VERI*FACTU bekapcsolva',
    environment: 'AEAT szerver',
    test: 'Teszt',
    production: 'Éles',
    certificatePath: 'A cég tanúsítványa (.p12 / .pfx fájl)',
    softwareName: 'Szoftver neve',
    softwareId: 'Szoftverazonosító',
    softwareVersion: 'Verzió',
    installationNumber: 'Telepítési szám',
    endpoint: 'Szolgáltatás címe (üresen: az AEAT saját címe)',
    producerName: 'Szoftver gyártója',
    producerNif: 'Szoftver gyártójának spanyol adószáma (NIF)',
    save: 'VERI*FACTU beállítások mentése',
    saved: 'VERI*FACTU beállítások mentve.',
    password: 'Tanúsítvány jelszava',
    unlock: 'Használat ebben a munkamenetben',
    unlocked: 'A tanúsítvány jelszava ebben a munkamenetben ismert.',
    waiting_one: '{{count}} rekord vár küldésre',
    waiting_other: '{{count}} rekord vár küldésre',
    lastResult: 'Utolsó küldés: {{outcome}}, {{count}} rekord, {{message}}',
    neverSent: 'Még semmi sem lett elküldve.',
    send: 'Küldés most',
    verify: 'Lánc ellenőrzése',
    verifyOk: 'A lánc ép ({{count}} rekord).',
    verifyBroken: 'A lánc sérült: {{where}}'
  }
}

const ru: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Испания)',
    intro:
      'Каждый счёт, корректировочный счёт и дебет-нота получают запись в цепочке для AEAT и QR-код в PDF.',
    enabled: 'VERI*FACTU включён',
    environment: 'Сервер AEAT',
    test: 'Тестовый',
    production: 'Рабочий',
    certificatePath: 'Сертификат компании (файл .p12 / .pfx)',
    softwareName: 'Название программы',
    softwareId: 'Идентификатор программы',
    softwareVersion: 'Версия',
    installationNumber: 'Номер установки',
    endpoint: 'Адрес сервиса (пусто — адрес AEAT)',
    producerName: 'Производитель программы',
    producerNif: 'NIF производителя программы',
    save: 'Сохранить настройки VERI*FACTU',
    saved: 'Настройки VERI*FACTU сохранены.',
    password: 'Пароль сертификата',
    unlock: 'Использовать в этом сеансе',
    unlocked: 'Пароль сертификата известен в этом сеансе.',
    waiting_one: '{{count}} запись ожидает отправки',
    waiting_few: '{{count}} записи ожидают отправки',
    waiting_many: '{{count}} записей ожидают отправки',
    waiting_other: '{{count}} записи ожидают отправки',
    lastResult: 'Последняя отправка: {{outcome}}, записей: {{count}}, {{message}}',
    neverSent: 'Ещё ничего не отправлено.',
    send: 'Отправить сейчас',
    verify: 'Проверить цепочку',
    verifyOk: 'Цепочка цела (записей: {{count}}).',
    verifyBroken: 'Цепочка нарушена: {{where}}'
  }
}

export const verifactuStrings: Translations<typeof en> = { en, es, ca, hu, ru }

/** A document's VERI*FACTU record, the AEAT's answers, and the choices on a credit or debit note draft. */
const recordsEn = {
  verifactuRecords: {
    sendNow: 'Send now',
    sendAgain: 'Send again',
    attempts_one: 'Not sent yet: {{count}} attempt failed.',
    attempts_other: 'Not sent yet: {{count}} attempts failed.',
    section: 'VERI*FACTU record',
    qrCaption: 'QR tributario: the customer checks this invoice with the tax agency (AEAT)',
    qrUrl: 'Check address',
    kind: {
      alta: 'Invoice record',
      anulacion: 'Cancellation record'
    },
    invoiceType: {
      F1: 'Invoice (F1)',
      F2: 'Simplified invoice (F2)',
      R1: 'Corrective invoice R1',
      R2: 'Corrective invoice R2',
      R3: 'Corrective invoice R3',
      R4: 'Corrective invoice R4',
      R5: 'Corrective simplified invoice (R5)'
    },
    status: {
      pending: 'Waiting to be sent',
      accepted: 'Accepted by the AEAT',
      accepted_with_errors: 'Accepted with errors',
      rejected: 'Rejected by the AEAT',
      corrected: 'Corrected'
    },
    csv: 'AEAT receipt (CSV)',
    hash: 'Fingerprint (huella)',
    generatedAt: 'Made',
    subsanacion: 'Correction (subsanación) of an earlier record',
    reason: 'Reason',
    aeatSaid: 'AEAT’s own words: [{{code}}] {{text}}',
    error: {
      code1100: 'A value in the record is not valid for the AEAT.',
      code2000: 'The AEAT computes a different fingerprint (huella) for this record.',
      code3000: 'The AEAT already has a record for this invoice.',
      code3001: 'The AEAT has this record as cancelled already.',
      code3002: 'The AEAT has no record of this invoice to cancel or correct.',
      code4102: 'The request does not have the form the AEAT requires.',
      code1150:
        'A simplified invoice (no buyer identified) may not exceed €3,000 with its tax: identify the customer, then issue a credit note and a new invoice.',
      code2001:
        'The customer’s NIF is not in the AEAT’s census: the record was accepted, but must be corrected with the right NIF or as not registered.',
      code2004:
        'The record is dated later than the AEAT’s clock: check this computer’s date and time. Nothing needs correcting.',
      code2005:
        'The record’s total does not match its VAT breakdown (bases and tax): the record was accepted, but must be corrected.',
      code2006:
        'The record’s total tax does not match the tax of its VAT breakdown: the record was accepted, but must be corrected.',
      code2007:
        'The record was sent as the first of its chain, but the AEAT already has records of this company from this software.',
      code3003: 'The certificate used may not update this invoice’s record at the AEAT.',
      previousHash:
        'The previous record’s fingerprint (huella) in this record is not the one the AEAT expects.',
      companyNif: 'The AEAT does not identify the company’s NIF: check the tax id in Settings → Company.',
      certificateHolder:
        'The certificate’s holder must be the company, its representative, a social collaborator or its successor: choose the company’s certificate in Settings → VERI*FACTU.',
      nif: 'A tax id (NIF) is not in the AEAT’s census: check the customer’s NIF and name.',
      family1: 'The AEAT rejected the record because of one of its values.',
      family2: 'The AEAT accepted the record but found an error that must be corrected.',
      family3: 'The record does not fit what the AEAT already has for this invoice.',
      family4: 'The AEAT refused the whole request (certificate, company or form).',
      unknown: 'The AEAT reported an error.'
    },
    todo: {
      rejected:
        'Correct the customer or company data, then choose Correct and send again. If the invoice itself is wrong, issue a credit note.',
      accepted_with_errors: 'Correct the data and choose Correct and send again, so the AEAT has it right.'
    },
    correct: 'Correct and send again…',
    correctTitle: 'Correct the record (subsanación)',
    correctHint:
      'A new record for the same invoice is made with the corrected customer data and queued. The invoice itself does not change.',
    recipientName: 'Customer name as registered',
    recipientTaxId: 'Customer NIF',
    correctConfirm: 'Make the corrected record',
    correctedDone: 'The corrected record is queued to be sent.',
    cancel: 'Cancel the record…',
    cancelTitle: 'Cancel the VERI*FACTU record (anulación)',
    cancelHint:
      'For a record made by mistake (an invoice that should not exist). A cancellation record is chained and sent; nothing is deleted.',
    cancelConfirm: 'Make the cancellation record',
    cancelledDone: 'The cancellation record is made and waits to be sent.',
    draft: {
      title: 'VERI*FACTU',
      correctionCode: 'Rectification type',
      codes: {
        R1: 'R1 – error founded in law, Art. 80 One, Two and Six LIVA',
        R2: 'R2 – Art. 80 Three LIVA (insolvency proceedings)',
        R3: 'R3 – Art. 80 Four LIVA (bad debts)',
        R4: 'R4 – any other reason'
      },
      correctionKind: 'How it corrects',
      kinds: {
        I: 'By difference: the note carries the change',
        S: 'By substitution: the note carries the new amounts'
      },
      eurRate: 'Exchange rate: {{currency}} per 1 EUR',
      saved: 'VERI*FACTU choices saved; they are used when the document is issued.'
    },
    outcome: {
      Correcto: 'accepted',
      ParcialmenteCorrecto: 'partly accepted',
      Incorrecto: 'rejected',
      failed: 'not sent'
    },
    rejected_one: '{{count}} record rejected by the AEAT',
    rejected_other: '{{count}} records rejected by the AEAT',
    openSettings: 'Send or check them in Settings → VERI*FACTU',
    sendResult:
      'Sent {{sent}}: accepted {{accepted}}, accepted with errors {{withErrors}}, rejected {{rejected}}; {{waiting}} still waiting.',
    sendFailed: 'The records could not be sent and stay in the queue.',
    nothingToSend: 'No records are waiting to be sent.',
    mustWait: 'The AEAT asks to wait until {{when}} before the next send.'
  }
}

/** The AEAT's names of the invoice types, which Catalan writes with the same words as Spanish. */
const invoiceTypesEsCa = {
  F1: 'Factura (F1)',
  F2: 'Factura simplificada (F2)',
  R1: 'Factura rectificativa R1',
  R2: 'Factura rectificativa R2',
  R3: 'Factura rectificativa R3',
  R4: 'Factura rectificativa R4',
  R5: 'Factura rectificativa simplificada (R5)'
}

const recordsEs: Strings<typeof recordsEn> = {
  verifactuRecords: {
    sendNow: 'Enviar ahora',
    sendAgain: 'Volver a enviar',
    attempts_one: 'Aún no enviado: {{count}} intento ha fallado.',
    attempts_many: 'Aún no enviado: {{count}} intentos han fallado.',
    attempts_other: 'Aún no enviado: {{count}} intentos han fallado.',
    section: 'Registro VERI*FACTU',
    qrCaption: 'QR tributario: el cliente comprueba esta factura en la AEAT',
    qrUrl: 'Dirección de cotejo',
    kind: {
      alta: 'Registro de alta',
      anulacion: 'Registro de anulación'
    },
    invoiceType: invoiceTypesEsCa,
    status: {
      pending: 'Pendiente de envío',
      accepted: 'Aceptado por la AEAT',
      accepted_with_errors: 'Aceptado con errores',
      rejected: 'Rechazado por la AEAT',
      corrected: 'Subsanado'
    },
    csv: 'Justificante de la AEAT (CSV)',
    hash: 'Huella',
    generatedAt: 'Generado',
    subsanacion: 'Subsanación de un registro anterior',
    reason: 'Motivo',
    aeatSaid: 'Texto de la AEAT: [{{code}}] {{text}}',
    error: {
      code1100: 'Un valor del registro no es válido para la AEAT.',
      code2000: 'La AEAT calcula una huella distinta para este registro.',
      code3000: 'La AEAT ya tiene un registro de esta factura.',
      code3001: 'La AEAT ya tiene este registro como anulado.',
      code3002: 'La AEAT no tiene ningún registro de esta factura que anular o subsanar.',
      code4102: 'La petición no tiene la forma que exige la AEAT.',
      code1150:
        'Una factura simplificada (sin destinatario identificado) no puede superar 3.000 € con el impuesto: identifique al cliente y emita una factura rectificativa y una factura nueva.',
      code2001:
        'El NIF del cliente no figura en el censo de la AEAT: el registro se aceptó, pero hay que subsanarlo con el NIF correcto o como no censado.',
      code2004:
        'El registro tiene una fecha posterior a la del reloj de la AEAT: compruebe la fecha y la hora de este ordenador. No hay que subsanar nada.',
      code2005:
        'El importe total del registro no cuadra con su desglose de IVA (bases y cuotas): el registro se aceptó, pero hay que subsanarlo.',
      code2006:
        'La cuota total del registro no cuadra con las cuotas de su desglose: el registro se aceptó, pero hay que subsanarlo.',
      code2007:
        'El registro se envió como el primero de su cadena, pero la AEAT ya tiene registros de esta empresa desde este sistema.',
      code3003: 'El certificado usado no puede actualizar el registro de esta factura en la AEAT.',
      previousHash: 'La huella del registro anterior que lleva este registro no es la que espera la AEAT.',
      companyNif: 'La AEAT no identifica el NIF de la empresa: compruebe el NIF en Configuración → Empresa.',
      certificateHolder:
        'El titular del certificado debe ser la empresa, su representante, un colaborador social o su sucesor: elija el certificado de la empresa en Configuración → VERI*FACTU.',
      nif: 'Un NIF no figura en el censo de la AEAT: compruebe el NIF y el nombre del cliente.',
      family1: 'La AEAT rechazó el registro por uno de sus valores.',
      family2: 'La AEAT aceptó el registro, pero encontró un error que hay que subsanar.',
      family3: 'El registro no encaja con lo que la AEAT ya tiene de esta factura.',
      family4: 'La AEAT rechazó toda la petición (certificado, empresa o formato).',
      unknown: 'La AEAT comunicó un error.'
    },
    todo: {
      rejected:
        'Corrija los datos del cliente o de la empresa y elija Subsanar y reenviar. Si la propia factura es errónea, emita una factura rectificativa.',
      accepted_with_errors: 'Corrija los datos y elija Subsanar y reenviar para que la AEAT los tenga bien.'
    },
    correct: 'Subsanar y reenviar…',
    correctTitle: 'Subsanar el registro',
    correctHint:
      'Se genera un registro nuevo de la misma factura con los datos del cliente corregidos y se pone en cola. La factura no cambia.',
    recipientName: 'Nombre del cliente como figura en el censo',
    recipientTaxId: 'NIF del cliente',
    correctConfirm: 'Generar el registro subsanado',
    correctedDone: 'El registro subsanado está en cola para enviarse.',
    cancel: 'Anular el registro…',
    cancelTitle: 'Anular el registro VERI*FACTU',
    cancelHint:
      'Para un registro generado por error (una factura que no debía existir). Se encadena y envía un registro de anulación; no se borra nada.',
    cancelConfirm: 'Generar el registro de anulación',
    cancelledDone: 'El registro de anulación está generado y pendiente de envío.',
    draft: {
      title: 'VERI*FACTU',
      correctionCode: 'Tipo de rectificativa',
      codes: {
        R1: 'R1 – error fundado en derecho y art. 80 Uno, Dos y Seis LIVA',
        R2: 'R2 – art. 80 Tres LIVA (concurso de acreedores)',
        R3: 'R3 – art. 80 Cuatro LIVA (créditos incobrables)',
        R4: 'R4 – resto de causas'
      },
      correctionKind: 'Forma de rectificar',
      kinds: {
        I: 'Por diferencias: la factura recoge la variación',
        S: 'Por sustitución: la factura recoge los nuevos importes'
      },
      eurRate: 'Tipo de cambio: {{currency}} por 1 EUR',
      saved: 'Opciones VERI*FACTU guardadas; se aplican al emitir el documento.'
    },
    outcome: {
      Correcto: 'aceptado',
      ParcialmenteCorrecto: 'aceptado en parte',
      Incorrecto: 'rechazado',
      failed: 'no enviado'
    },
    rejected_one: '{{count}} registro rechazado por la AEAT',
    rejected_many: '{{count}} registros rechazados por la AEAT',
    rejected_other: '{{count}} registros rechazados por la AEAT',
    openSettings: 'Envíelos o revíselos en Ajustes → VERI*FACTU',
    sendResult:
      'Enviados {{sent}}: aceptados {{accepted}}, aceptados con errores {{withErrors}}, rechazados {{rejected}}; {{waiting}} siguen pendientes.',
    sendFailed: 'No se pudieron enviar los registros; siguen en la cola.',
    nothingToSend: 'No hay registros pendientes de envío.',
    mustWait: 'La AEAT pide esperar hasta {{when}} antes del próximo envío.'
  }
}

const recordsCa: Strings<typeof recordsEn> = {
  verifactuRecords: {
    sendNow: 'Envia ara',
    sendAgain: 'Torna a enviar',
    attempts_one: 'Encara no s’ha enviat: {{count}} intent ha fallat.',
    attempts_many: 'Encara no s’ha enviat: {{count}} intents han fallat.',
    attempts_other: 'Encara no s’ha enviat: {{count}} intents han fallat.',
    section: 'Registre VERI*FACTU',
    qrCaption: 'QR tributari: el client comprova aquesta factura a l’AEAT',
    qrUrl: 'Adreça de comprovació',
    kind: {
      alta: 'Registre d’alta',
      anulacion: 'Registre d’anul·lació'
    },
    invoiceType: invoiceTypesEsCa,
    status: {
      pending: 'Pendent d’enviament',
      accepted: 'Acceptat per l’AEAT',
      accepted_with_errors: 'Acceptat amb errors',
      rejected: 'Rebutjat per l’AEAT',
      corrected: 'Esmenat'
    },
    csv: 'Justificant de l’AEAT (CSV)',
    hash: 'Empremta (huella)',
    generatedAt: 'Generat',
    subsanacion: 'Esmena d’un registre anterior',
    reason: 'Motiu',
    aeatSaid: 'Text de l’AEAT: [{{code}}] {{text}}',
    error: {
      code1100: 'Un valor del registre no és vàlid per a l’AEAT.',
      code2000: 'L’AEAT calcula una empremta diferent per a aquest registre.',
      code3000: 'L’AEAT ja té un registre d’aquesta factura.',
      code3001: 'L’AEAT ja té aquest registre com a anul·lat.',
      code3002: 'L’AEAT no té cap registre d’aquesta factura per anul·lar o esmenar.',
      code4102: 'La petició no té la forma que exigeix l’AEAT.',
      code1150:
        'Una factura simplificada (sense destinatari identificat) no pot superar 3.000 € amb l’impost: identifiqueu el client i emeteu una factura rectificativa i una factura nova.',
      code2001:
        'El NIF del client no figura al cens de l’AEAT: el registre s’ha acceptat, però cal esmenar-lo amb el NIF correcte o com a no censat.',
      code2004:
        'El registre té una data posterior a la del rellotge de l’AEAT: comproveu la data i l’hora d’aquest ordinador. No cal esmenar res.',
      code2005:
        'L’import total del registre no quadra amb el seu desglossament d’IVA (bases i quotes): el registre s’ha acceptat, però cal esmenar-lo.',
      code2006:
        'La quota total del registre no quadra amb les quotes del seu desglossament: el registre s’ha acceptat, però cal esmenar-lo.',
      code2007:
        'El registre s’ha enviat com el primer de la seva cadena, però l’AEAT ja té registres d’aquesta empresa des d’aquest sistema.',
      code3003: 'El certificat utilitzat no pot actualitzar el registre d’aquesta factura a l’AEAT.',
      previousHash: 'L’empremta del registre anterior que porta aquest registre no és la que espera l’AEAT.',
      companyNif: 'L’AEAT no identifica el NIF de l’empresa: comproveu el NIF a Configuració → Empresa.',
      certificateHolder:
        'El titular del certificat ha de ser l’empresa, el seu representant, un col·laborador social o el seu successor: trieu el certificat de l’empresa a Configuració → VERI*FACTU.',
      nif: 'Un NIF no consta al cens de l’AEAT: comproveu el NIF i el nom del client.',
      family1: 'L’AEAT ha rebutjat el registre per un dels seus valors.',
      family2: 'L’AEAT ha acceptat el registre, però hi ha trobat un error que cal esmenar.',
      family3: 'El registre no encaixa amb el que l’AEAT ja té d’aquesta factura.',
      family4: 'L’AEAT ha rebutjat tota la petició (certificat, empresa o format).',
      unknown: 'L’AEAT ha comunicat un error.'
    },
    todo: {
      rejected:
        'Corregiu les dades del client o de l’empresa i trieu Esmena i reenvia. Si la factura mateixa és incorrecta, emeteu una factura rectificativa.',
      accepted_with_errors: 'Corregiu les dades i trieu Esmena i reenvia perquè l’AEAT les tingui bé.'
    },
    correct: 'Esmena i reenvia…',
    correctTitle: 'Esmenar el registre',
    correctHint:
      'Es genera un registre nou de la mateixa factura amb les dades del client corregides i es posa a la cua. La factura no canvia.',
    recipientName: 'Nom del client tal com consta al cens',
    recipientTaxId: 'NIF del client',
    correctConfirm: 'Genera el registre esmenat',
    correctedDone: 'El registre esmenat és a la cua per enviar-se.',
    cancel: 'Anul·la el registre…',
    cancelTitle: 'Anul·lar el registre VERI*FACTU',
    cancelHint:
      'Per a un registre generat per error (una factura que no havia d’existir). S’encadena i s’envia un registre d’anul·lació; no s’esborra res.',
    cancelConfirm: 'Genera el registre d’anul·lació',
    cancelledDone: 'El registre d’anul·lació s’ha generat i està pendent d’enviament.',
    draft: {
      title: 'VERI*FACTU',
      correctionCode: 'Tipus de rectificativa',
      codes: {
        R1: 'R1 – error fonamentat en dret i art. 80 U, Dos i Sis LIVA',
        R2: 'R2 – art. 80 Tres LIVA (concurs de creditors)',
        R3: 'R3 – art. 80 Quatre LIVA (crèdits incobrables)',
        R4: 'R4 – resta de causes'
      },
      correctionKind: 'Forma de rectificar',
      kinds: {
        I: 'Per diferències: la factura recull la variació',
        S: 'Per substitució: la factura recull els nous imports'
      },
      eurRate: 'Tipus de canvi: {{currency}} per 1 EUR',
      saved: 'Opcions VERI*FACTU desades; s’apliquen en emetre el document.'
    },
    outcome: {
      Correcto: 'acceptat',
      ParcialmenteCorrecto: 'acceptat en part',
      Incorrecto: 'rebutjat',
      failed: 'no enviat'
    },
    rejected_one: '{{count}} registre rebutjat per l’AEAT',
    rejected_many: '{{count}} registres rebutjats per l’AEAT',
    rejected_other: '{{count}} registres rebutjats per l’AEAT',
    openSettings: 'Envieu-los o reviseu-los a Configuració → VERI*FACTU',
    sendResult:
      'Enviats {{sent}}: acceptats {{accepted}}, acceptats amb errors {{withErrors}}, rebutjats {{rejected}}; {{waiting}} encara pendents.',
    sendFailed: 'No s’han pogut enviar els registres; continuen a la cua.',
    nothingToSend: 'No hi ha registres pendents d’enviament.',
    mustWait: 'L’AEAT demana esperar fins a {{when}} abans del proper enviament.'
  }
}

const recordsHu: Strings<typeof recordsEn> = {
  verifactuRecords: {
    sendNow: 'Küldés most',
    sendAgain: 'Újraküldés',
    attempts_one: 'Még nincs elküldve: {{count}} kísérlet sikertelen volt.',
    attempts_other: 'Még nincs elküldve: {{count}} kísérlet sikertelen volt.',
    section: 'VERI*FACTU rekord',
    qrCaption: 'QR tributario: a vevő ezzel ellenőrzi a számlát a spanyol adóhatóságnál (AEAT)',
    qrUrl: 'Ellenőrző cím',
    kind: {
      alta: 'Számlarekord',
      anulacion: 'Érvénytelenítő rekord'
    },
    invoiceType: {
      F1: 'Számla (F1)',
      F2: 'Egyszerűsített számla (F2)',
      R1: 'Helyesbítő számla R1',
      R2: 'Helyesbítő számla R2',
      R3: 'Helyesbítő számla R3',
      R4: 'Helyesbítő számla R4',
      R5: 'Egyszerűsített helyesbítő számla (R5)'
    },
    status: {
      pending: 'Küldésre vár',
      accepted: 'Az AEAT befogadta',
      accepted_with_errors: 'Befogadva, hibával',
      rejected: 'Az AEAT elutasította',
      corrected: 'Javítva'
    },
    csv: 'AEAT igazolás (CSV)',
    hash: 'Ujjlenyomat (huella)',
    generatedAt: 'Készült',
    subsanacion: 'Egy korábbi rekord javítása (subsanación)',
    reason: 'Indoklás',
    aeatSaid: 'Az AEAT szövege: [{{code}}] {{text}}',
    error: {
      code1100: 'A rekord egyik értéke az AEAT szerint érvénytelen.',
      code2000: 'Az AEAT más ujjlenyomatot (huella) számol ehhez a rekordhoz.',
      code3000: 'Az AEAT-nál már van rekord ehhez a számlához.',
      code3001: 'Az AEAT-nál ez a rekord már érvénytelenítve van.',
      code3002: 'Az AEAT-nál nincs olyan rekord ehhez a számlához, amely érvényteleníthető vagy javítható.',
      code4102: 'A kérés nem felel meg az AEAT által előírt formának.',
      code1150:
        'Egyszerűsített számla (azonosított vevő nélkül) adóval együtt legfeljebb 3000 € lehet: azonosítsa a vevőt, majd állítson ki helyesbítő számlát és új számlát.',
      code2001:
        'A vevő NIF-je nem szerepel az AEAT nyilvántartásában: a rekordot befogadták, de javítani kell a helyes NIF-fel vagy nem nyilvántartottként.',
      code2004:
        'A rekord időpontja későbbi, mint az AEAT órája: ellenőrizze a számítógép dátumát és idejét. Javítani nem kell semmit.',
      code2005:
        'A rekord végösszege nem egyezik az ÁFA-bontásával (alapok és adók): a rekordot befogadták, de javítani kell.',
      code2006:
        'A rekord teljes adója nem egyezik a bontás adóival: a rekordot befogadták, de javítani kell.',
      code2007:
        'A rekordot láncának elsőjeként küldték, de az AEAT-nál már vannak rekordok erről a cégről ebből a rendszerből.',
      code3003: 'A használt tanúsítvánnyal nem módosítható ennek a számlának a rekordja az AEAT-nál.',
      previousHash: 'A rekordban szereplő előző ujjlenyomat (huella) nem az, amit az AEAT vár.',
      companyNif:
        'Az AEAT nem azonosítja a cég NIF-jét: ellenőrizze az adószámot a Beállítások → Cég oldalon.',
      certificateHolder:
        'A tanúsítvány tulajdonosa a cég, a képviselője, társadalmi közreműködő vagy jogutód lehet: válassza a cég tanúsítványát a Beállítások → VERI*FACTU oldalon.',
      nif: 'Egy adószám (NIF) nem szerepel az AEAT nyilvántartásában: ellenőrizze a vevő NIF-jét és nevét.',
      family1: 'Az AEAT a rekord egyik értéke miatt elutasította.',
      family2: 'Az AEAT befogadta a rekordot, de hibát talált benne, amelyet javítani kell.',
      family3: 'A rekord nem illik ahhoz, ami az AEAT-nál már megvan ehhez a számlához.',
      family4: 'Az AEAT az egész kérést elutasította (tanúsítvány, cég vagy forma).',
      unknown: 'Az AEAT hibát jelzett.'
    },
    todo: {
      rejected:
        'Javítsa a vevő vagy a cég adatait, majd válassza a Javítás és újraküldés lehetőséget. Ha maga a számla hibás, állítson ki helyesbítő számlát.',
      accepted_with_errors:
        'Javítsa az adatokat, és válassza a Javítás és újraküldés lehetőséget, hogy az AEAT-nál helyes adat legyen.'
    },
    correct: 'Javítás és újraküldés…',
    correctTitle: 'A rekord javítása (subsanación)',
    correctHint:
      'Ugyanahhoz a számlához új rekord készül a vevő javított adataival, és sorba kerül. Maga a számla nem változik.',
    recipientName: 'A vevő nyilvántartott neve',
    recipientTaxId: 'A vevő NIF-je',
    correctConfirm: 'Javított rekord elkészítése',
    correctedDone: 'A javított rekord küldésre vár.',
    cancel: 'Rekord érvénytelenítése…',
    cancelTitle: 'A VERI*FACTU rekord érvénytelenítése (anulación)',
    cancelHint:
      'Tévedésből készült rekordhoz (olyan számlához, amelynek nem kellett volna léteznie). Láncolt érvénytelenítő rekord készül és megy el; semmi sem törlődik.',
    cancelConfirm: 'Érvénytelenítő rekord elkészítése',
    cancelledDone: 'Az érvénytelenítő rekord elkészült, és küldésre vár.',
    draft: {
      title: 'VERI*FACTU',
      correctionCode: 'Helyesbítés típusa',
      codes: {
        R1: 'R1 – jogszabályon alapuló hiba, LIVA 80. cikk (1), (2) és (6)',
        R2: 'R2 – LIVA 80. cikk (3) (csődeljárás)',
        R3: 'R3 – LIVA 80. cikk (4) (behajthatatlan követelés)',
        R4: 'R4 – egyéb ok'
      },
      correctionKind: 'A helyesbítés módja',
      kinds: {
        I: 'Különbözettel: a bizonylat a változást tartalmazza',
        S: 'Helyettesítéssel: a bizonylat az új összegeket tartalmazza'
      },
      eurRate: 'Árfolyam: {{currency}} 1 EUR-ra',
      saved: 'VERI*FACTU beállítások mentve; a kiállításkor érvényesülnek.'
    },
    outcome: {
      Correcto: 'befogadva',
      ParcialmenteCorrecto: 'részben befogadva',
      Incorrecto: 'elutasítva',
      failed: 'nem ment el'
    },
    rejected_one: '{{count}} rekordot az AEAT elutasított',
    rejected_other: '{{count}} rekordot az AEAT elutasított',
    openSettings: 'Küldés és ellenőrzés: Beállítások → VERI*FACTU',
    sendResult:
      'Elküldve {{sent}}: befogadva {{accepted}}, hibával befogadva {{withErrors}}, elutasítva {{rejected}}; még vár {{waiting}}.',
    sendFailed: 'A rekordokat nem sikerült elküldeni; a sorban maradnak.',
    nothingToSend: 'Nincs küldésre váró rekord.',
    mustWait: 'Az AEAT kéri, hogy a következő küldéssel várjon eddig: {{when}}.'
  }
}

const recordsRu: Strings<typeof recordsEn> = {
  verifactuRecords: {
    sendNow: 'Отправить сейчас',
    sendAgain: 'Отправить повторно',
    attempts_one: 'Ещё не отправлено: {{count}} попытка не удалась.',
    attempts_few: 'Ещё не отправлено: {{count}} попытки не удались.',
    attempts_many: 'Ещё не отправлено: {{count}} попыток не удались.',
    attempts_other: 'Ещё не отправлено: {{count}} попытки не удались.',
    section: 'Запись VERI*FACTU',
    qrCaption: 'QR tributario: по нему покупатель проверяет счёт в налоговой службе Испании (AEAT)',
    qrUrl: 'Адрес проверки',
    kind: {
      alta: 'Запись о счёте',
      anulacion: 'Запись об аннулировании'
    },
    invoiceType: {
      F1: 'Счёт (F1)',
      F2: 'Упрощённый счёт (F2)',
      R1: 'Корректировочный счёт R1',
      R2: 'Корректировочный счёт R2',
      R3: 'Корректировочный счёт R3',
      R4: 'Корректировочный счёт R4',
      R5: 'Упрощённый корректировочный счёт (R5)'
    },
    status: {
      pending: 'Ожидает отправки',
      accepted: 'Принята AEAT',
      accepted_with_errors: 'Принята с ошибками',
      rejected: 'Отклонена AEAT',
      corrected: 'Исправлена'
    },
    csv: 'Квитанция AEAT (CSV)',
    hash: 'Отпечаток (huella)',
    generatedAt: 'Создана',
    subsanacion: 'Исправление (subsanación) прежней записи',
    reason: 'Причина',
    aeatSaid: 'Текст AEAT: [{{code}}] {{text}}',
    error: {
      code1100: 'Одно из значений записи недопустимо для AEAT.',
      code2000: 'AEAT вычисляет для этой записи другой отпечаток (huella).',
      code3000: 'В AEAT уже есть запись об этом счёте.',
      code3001: 'В AEAT эта запись уже аннулирована.',
      code3002: 'В AEAT нет записи об этом счёте, которую можно аннулировать или исправить.',
      code4102: 'Запрос не соответствует форме, которую требует AEAT.',
      code1150:
        'Упрощённый счёт (без указания покупателя) не может превышать 3000 € вместе с налогом: укажите покупателя, затем выставьте корректировочный и новый счёт.',
      code2001:
        'NIF покупателя не найден в реестре AEAT: запись принята, но её нужно исправить, указав верный NIF или отметив «не зарегистрирован».',
      code2004:
        'Запись датирована позже, чем показывают часы AEAT: проверьте дату и время на этом компьютере. Исправлять ничего не нужно.',
      code2005:
        'Итоговая сумма записи не совпадает с её разбивкой НДС (базы и налог): запись принята, но её нужно исправить.',
      code2006:
        'Общая сумма налога записи не совпадает с налогом её разбивки: запись принята, но её нужно исправить.',
      code2007:
        'Запись отправлена как первая в цепочке, но в AEAT уже есть записи этой компании из этой системы.',
      code3003: 'Использованный сертификат не даёт права изменять запись об этом счёте в AEAT.',
      previousHash: 'Отпечаток (huella) предыдущей записи в этой записи не тот, который ожидает AEAT.',
      companyNif:
        'AEAT не распознаёт NIF компании: проверьте налоговый номер в разделе Настройки → Компания.',
      certificateHolder:
        'Владельцем сертификата должна быть компания, её представитель, социальный партнёр или правопреемник: выберите сертификат компании в разделе Настройки → VERI*FACTU.',
      nif: 'Налоговый номер (NIF) не найден в реестре AEAT: проверьте NIF и название покупателя.',
      family1: 'AEAT отклонила запись из-за одного из её значений.',
      family2: 'AEAT приняла запись, но нашла ошибку, которую нужно исправить.',
      family3: 'Запись не согласуется с тем, что уже есть в AEAT по этому счёту.',
      family4: 'AEAT отклонила весь запрос (сертификат, компания или формат).',
      unknown: 'AEAT сообщила об ошибке.'
    },
    todo: {
      rejected:
        'Исправьте данные покупателя или компании и выберите «Исправить и отправить снова». Если неверен сам счёт, выставьте кредит-ноту.',
      accepted_with_errors:
        'Исправьте данные и выберите «Исправить и отправить снова», чтобы в AEAT были верные данные.'
    },
    correct: 'Исправить и отправить снова…',
    correctTitle: 'Исправление записи (subsanación)',
    correctHint:
      'Для того же счёта создаётся новая запись с исправленными данными покупателя и ставится в очередь. Сам счёт не меняется.',
    recipientName: 'Название покупателя по реестру',
    recipientTaxId: 'NIF покупателя',
    correctConfirm: 'Создать исправленную запись',
    correctedDone: 'Исправленная запись ожидает отправки.',
    cancel: 'Аннулировать запись…',
    cancelTitle: 'Аннулирование записи VERI*FACTU (anulación)',
    cancelHint:
      'Для записи, созданной по ошибке (счёт, которого не должно быть). Создаётся и отправляется запись об аннулировании в цепочке; ничего не удаляется.',
    cancelConfirm: 'Создать запись об аннулировании',
    cancelledDone: 'Запись об аннулировании создана и ожидает отправки.',
    draft: {
      title: 'VERI*FACTU',
      correctionCode: 'Тип корректировки',
      codes: {
        R1: 'R1 – ошибка по закону, ст. 80 п. 1, 2 и 6 LIVA',
        R2: 'R2 – ст. 80 п. 3 LIVA (банкротство)',
        R3: 'R3 – ст. 80 п. 4 LIVA (безнадёжные долги)',
        R4: 'R4 – иные причины'
      },
      correctionKind: 'Способ корректировки',
      kinds: {
        I: 'На разницу: документ содержит изменение',
        S: 'Заменой: документ содержит новые суммы'
      },
      eurRate: 'Курс: {{currency}} за 1 EUR',
      saved: 'Выбор VERI*FACTU сохранён; он применяется при выставлении документа.'
    },
    outcome: {
      Correcto: 'принято',
      ParcialmenteCorrecto: 'принято частично',
      Incorrecto: 'отклонено',
      failed: 'не отправлено'
    },
    rejected_one: '{{count}} запись отклонена AEAT',
    rejected_few: '{{count}} записи отклонены AEAT',
    rejected_many: '{{count}} записей отклонены AEAT',
    rejected_other: '{{count}} записи отклонены AEAT',
    openSettings: 'Отправить или проверить: Настройки → VERI*FACTU',
    sendResult:
      'Отправлено {{sent}}: принято {{accepted}}, принято с ошибками {{withErrors}}, отклонено {{rejected}}; ещё ждут {{waiting}}.',
    sendFailed: 'Записи не удалось отправить; они остаются в очереди.',
    nothingToSend: 'Нет записей, ожидающих отправки.',
    mustWait: 'AEAT просит подождать до {{when}} перед следующей отправкой.'
  }
}

export const verifactuRecordStrings: Translations<typeof recordsEn> = {
  en: recordsEn,
  es: recordsEs,
  ca: recordsCa,
  hu: recordsHu,
  ru: recordsRu
}
