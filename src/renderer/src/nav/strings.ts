/** Strings of the NAV (Hungary) screens: settings, the queue, a document's report (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'
import { navListStatusWords } from '../../../shared/words/nav'

const en = {
  navReporting: {
    title: 'NAV Online Számla (Hungary)',
    intro:
      'Every invoice, credit note and debit note of a company with a Hungarian tax number is reported to the tax authority (NAV) as it is issued.',
    enabled: 'Report invoices to NAV',
    environment: 'NAV environment',
    test: 'Test',
    production: 'Production',
    testUrl: 'Test address',
    productionUrl: 'Production address',
    software: {
      softwareId: 'Software id (18 characters)',
      softwareName: 'Software name',
      softwareMainVersion: 'Version',
      softwareDevName: 'Developer',
      softwareDevContact: 'Developer contact',
      softwareDevCountryCode: 'Developer country',
      softwareDevTaxNumber: 'Developer tax number'
    },
    save: 'Save NAV settings',
    saved: 'NAV settings saved.',
    technicalUser: 'Technical user',
    credential: {
      login: 'Login',
      password: 'Password',
      signatureKey: 'Signature key',
      exchangeKey: 'Exchange key'
    },
    isSet: 'set',
    notSet: 'not set',
    keepHint: 'Leave a field empty to keep what is already set.',
    storeOs: 'The technical user is kept sealed by the operating system.',
    storeSession:
      'This window keeps the technical user for this session only: enter it again each time Salesdesk starts.',
    saveCredentials: 'Save the technical user',
    credentialsSaved: 'Technical user saved.',
    openQueue: 'See the reports to NAV',
    queueTitle: 'Reports to NAV',
    waiting_one: '{{count}} invoice waiting for NAV',
    waiting_other: '{{count}} invoices waiting for NAV',
    aborted_one: '{{count}} invoice rejected by NAV',
    aborted_other: '{{count}} invoices rejected by NAV',
    allReported: 'Every invoice has been reported to NAV.',
    off: 'NAV reporting is off. Switch it on in Settings → NAV.',
    sendNow: 'Send to NAV now',
    sending: 'Sending…',
    runResult: 'Sent {{sent}}, accepted {{done}}, rejected {{aborted}}; {{waiting}} still waiting.',
    lastRun: 'Last attempt {{when}}: sent {{sent}}, accepted {{done}}, rejected {{aborted}}.',
    lastRunFailed: 'Last attempt {{when}} failed: {{error}}',
    neverRun: 'Nothing has been sent to NAV yet.',
    problems: 'Needs attention',
    recent: 'Latest reports',
    column: {
      number: 'Number',
      status: 'NAV status',
      attempts: 'Attempts',
      what: 'What NAV said'
    },
    nextAttempt: 'Next try {{when}}',
    sendAgain: 'Send again',
    queuedAgain: 'Queued again; it goes with the next send.',
    status: { ...navListStatusWords.en, replaced: 'Replaced' },
    kind: {
      invoice: 'Invoice data',
      annulment: 'Technical annulment'
    },
    severity: {
      ERROR: 'Error',
      WARN: 'Warning',
      INFO: 'Note'
    },
    taxpayerCheck: 'Check with NAV and fill in name and address',
    taxpayerFound: 'NAV knows this tax number: {{name}}. Name and billing address filled in; check and save.',
    taxpayerUnknown: 'NAV does not know this tax number as a valid Hungarian taxpayer.',
    documentSection: 'NAV report',
    transaction: 'Transaction id',
    navSaid: 'NAV’s own words: {{message}}',
    downloadXml: 'Download the reported data (XML)',
    annul: 'Technical annulment…',
    annulTitle: 'Technical annulment at NAV',
    annulHint:
      'Only for a technical mistake in data NAV has accepted (the invoice was never given to the customer). A real correction is a credit note.',
    annulCode: 'What was wrong',
    annulCodes: {
      ERRATIC_DATA: 'Wrong data',
      ERRATIC_INVOICE_NUMBER: 'Wrong invoice number',
      ERRATIC_INVOICE_ISSUE_DATE: 'Wrong issue date',
      ERRATIC_ELECTRONIC_HASH_VALUE: 'Wrong electronic invoice hash'
    },
    annulReason: 'Reason',
    annulConfirm: 'Queue the annulment',
    annulQueued: 'The technical annulment is queued; it goes with the next send.',
    code: {
      NETWORK: 'NAV could not be reached (no connection, or the address is wrong).',
      OPERATION_FAILED: 'NAV had a technical problem; the report is sent again later.',
      MAINTENANCE_MODE: 'NAV is under maintenance; the report is sent again later.',
      INVALID_SECURITY_USER: 'NAV does not know this technical user, or the password is wrong.',
      INVALID_REQUEST_SIGNATURE: 'NAV refused the request signature: the signature key is wrong.',
      INVALID_EXCHANGE_TOKEN: 'NAV refused the exchange token: check the exchange key.',
      TOKEN_DECRYPT: 'The answer from NAV could not be opened: the exchange key is wrong.',
      NO_TRANSACTION:
        'NAV took the request but gave no transaction id, so Salesdesk cannot ask what became of it.',
      HTTP: 'NAV’s server answered with an error (HTTP {{status}}) instead of NAV’s answer.',
      NOT_REGISTERED_CUSTOMER: 'The company is not registered in NAV’s Online Számla system.',
      INVALID_CUSTOMER: 'The company’s tax number does not belong to this technical user.',
      INVALID_USER_RELATION: 'The technical user may not report for this company.',
      FORBIDDEN: 'The technical user has no right to report invoices.',
      INVALID_REQUEST: 'NAV could not read the request.',
      INVALID_TIMESTAMP: 'This computer’s clock is too far from the real time.',
      SCHEMA_VIOLATION: 'The invoice data does not have the form NAV requires.',
      SUPPLIER_TAX_NUMBER_MISMATCH: 'The seller’s tax number on the invoice is not the company’s.',
      INVOICE_NUMBER_NOT_UNIQUE: 'NAV already has an invoice with this number.',
      INVALID_INVOICE_REFERENCE: 'NAV does not know the original invoice this note corrects.',
      INVALID_ANNULMENT_REFERENCE: 'NAV does not know the invoice to annul.',
      ANNULMENT_IN_PROGRESS: 'A technical annulment of this invoice is already in progress.',
      MODIFICATION_INDEX_NOT_UNIQUE: 'NAV already has a correction with this sequence number.',
      INVALID_VAT_DATA: 'The VAT data of the invoice does not add up.',
      CUSTOMER_DATA_EXPECTED: 'The customer’s details are missing.',
      CUSTOMER_DATA_NOT_EXPECTED: 'Customer details were sent for a private person.',
      MISSING_CUSTOMER_DOMESTIC_TAXNUMBER: 'The Hungarian customer’s tax number is missing.',
      DOMESTIC_TAXNUMBER_EXPECTED_REVERSE_CHARGE: 'Reverse charge needs the customer’s Hungarian tax number.',
      INVALID_INVOICE_NUMBER: 'The invoice number has a form NAV does not accept.',
      INVOICE_ISSUE_DATE_LATE: 'The invoice was reported later than the law allows.',
      INVOICE_DELIVERY_DATE_LATE: 'The supply date is far from the issue date.',
      INVALID_LINE_VAT_RATE_NORMAL: 'A line has a VAT rate that is not valid in Hungary.'
    }
  }
}

const es: Strings<typeof en> = {
  navReporting: {
    title: 'NAV Online Számla (Hungría)',
    intro:
      'Cada factura, factura rectificativa y nota de cargo de una empresa con número fiscal húngaro se comunica a la administración tributaria (NAV) al emitirse.',
    enabled: 'Comunicar las facturas a NAV',
    environment: 'Entorno de NAV',
    test: 'Pruebas',
    production: 'Producción',
    testUrl: 'Dirección de pruebas',
    productionUrl: 'Dirección de producción',
    software: {
      softwareId: 'Id. del programa (18 caracteres)',
      softwareName: 'Nombre del programa',
      softwareMainVersion: 'Versión',
      softwareDevName: 'Desarrollador',
      softwareDevContact: 'Contacto del desarrollador',
      softwareDevCountryCode: 'País del desarrollador',
      softwareDevTaxNumber: 'NIF del desarrollador'
    },
    save: 'Guardar ajustes de NAV',
    saved: 'Ajustes de NAV guardados.',
    technicalUser: 'Usuario técnico',
    credential: {
      login: 'Usuario',
      password: 'Contraseña',
      signatureKey: 'Clave de firma',
      exchangeKey: 'Clave de intercambio'
    },
    isSet: 'configurado',
    notSet: 'sin configurar',
    keepHint: 'Deje un campo vacío para conservar lo ya configurado.',
    storeOs: 'El sistema operativo guarda cifrado el usuario técnico.',
    storeSession:
      'Esta ventana guarda el usuario técnico solo durante esta sesión: introdúzcalo cada vez que inicie Salesdesk.',
    saveCredentials: 'Guardar el usuario técnico',
    credentialsSaved: 'Usuario técnico guardado.',
    openQueue: 'Ver las comunicaciones a NAV',
    queueTitle: 'Comunicaciones a NAV',
    waiting_one: '{{count}} factura pendiente de comunicar a NAV',
    waiting_many: '{{count}} facturas pendientes de comunicar a NAV',
    waiting_other: '{{count}} facturas pendientes de comunicar a NAV',
    aborted_one: '{{count}} factura rechazada por NAV',
    aborted_many: '{{count}} facturas rechazadas por NAV',
    aborted_other: '{{count}} facturas rechazadas por NAV',
    allReported: 'Todas las facturas se han comunicado a NAV.',
    off: 'La comunicación a NAV está desactivada. Actívela en Ajustes → NAV.',
    sendNow: 'Enviar a NAV ahora',
    sending: 'Enviando…',
    runResult:
      'Enviadas {{sent}}, aceptadas {{done}}, rechazadas {{aborted}}; {{waiting}} siguen pendientes.',
    lastRun: 'Último intento {{when}}: enviadas {{sent}}, aceptadas {{done}}, rechazadas {{aborted}}.',
    lastRunFailed: 'El último intento {{when}} falló: {{error}}',
    neverRun: 'Aún no se ha enviado nada a NAV.',
    problems: 'Requiere atención',
    recent: 'Últimas comunicaciones',
    column: {
      number: 'Número',
      status: 'Estado en NAV',
      attempts: 'Intentos',
      what: 'Respuesta de NAV'
    },
    nextAttempt: 'Próximo intento {{when}}',
    sendAgain: 'Volver a enviar',
    queuedAgain: 'Puesta de nuevo en cola; se enviará en el próximo envío.',
    status: { ...navListStatusWords.es, replaced: 'Sustituida' },
    kind: {
      invoice: 'Datos de la factura',
      annulment: 'Anulación técnica'
    },
    severity: {
      ERROR: 'Error',
      WARN: 'Aviso',
      INFO: 'Nota'
    },
    taxpayerCheck: 'Comprobar en NAV y rellenar nombre y dirección',
    taxpayerFound:
      'NAV conoce este número fiscal: {{name}}. Nombre y dirección de facturación rellenados; revise y guarde.',
    taxpayerUnknown: 'NAV no conoce este número fiscal como contribuyente húngaro válido.',
    documentSection: 'Comunicación a NAV',
    transaction: 'Id. de transacción',
    navSaid: 'Texto de NAV: {{message}}',
    downloadXml: 'Descargar los datos comunicados (XML)',
    annul: 'Anulación técnica…',
    annulTitle: 'Anulación técnica en NAV',
    annulHint:
      'Solo para un error técnico en datos que NAV ha aceptado (la factura nunca se entregó al cliente). Una corrección real es una factura rectificativa.',
    annulCode: 'Qué estaba mal',
    annulCodes: {
      ERRATIC_DATA: 'Datos erróneos',
      ERRATIC_INVOICE_NUMBER: 'Número de factura erróneo',
      ERRATIC_INVOICE_ISSUE_DATE: 'Fecha de expedición errónea',
      ERRATIC_ELECTRONIC_HASH_VALUE: 'Hash de factura electrónica erróneo'
    },
    annulReason: 'Motivo',
    annulConfirm: 'Poner la anulación en cola',
    annulQueued: 'La anulación técnica está en cola; se enviará en el próximo envío.',
    code: {
      NETWORK: 'No se pudo conectar con NAV (sin conexión o dirección errónea).',
      OPERATION_FAILED: 'NAV tuvo un problema técnico; se volverá a enviar más tarde.',
      MAINTENANCE_MODE: 'NAV está en mantenimiento; se volverá a enviar más tarde.',
      INVALID_SECURITY_USER: 'NAV no conoce este usuario técnico o la contraseña es errónea.',
      INVALID_REQUEST_SIGNATURE: 'NAV rechazó la firma de la petición: la clave de firma es errónea.',
      INVALID_EXCHANGE_TOKEN: 'NAV rechazó el token de intercambio: compruebe la clave de intercambio.',
      TOKEN_DECRYPT: 'No se pudo abrir la respuesta de NAV: la clave de intercambio es errónea.',
      NO_TRANSACTION:
        'NAV recibió la petición pero no dio ningún identificador de transacción, así que Salesdesk no puede consultar qué fue de ella.',
      HTTP: 'El servidor de NAV respondió con un error (HTTP {{status}}) en lugar de la respuesta de NAV.',
      NOT_REGISTERED_CUSTOMER: 'La empresa no está dada de alta en el sistema Online Számla de NAV.',
      INVALID_CUSTOMER: 'El número fiscal de la empresa no corresponde a este usuario técnico.',
      INVALID_USER_RELATION: 'El usuario técnico no puede comunicar por esta empresa.',
      FORBIDDEN: 'El usuario técnico no tiene permiso para comunicar facturas.',
      INVALID_REQUEST: 'NAV no pudo leer la petición.',
      INVALID_TIMESTAMP: 'El reloj de este ordenador está demasiado desajustado.',
      SCHEMA_VIOLATION: 'Los datos de la factura no tienen la forma que exige NAV.',
      SUPPLIER_TAX_NUMBER_MISMATCH: 'El número fiscal del vendedor en la factura no es el de la empresa.',
      INVOICE_NUMBER_NOT_UNIQUE: 'NAV ya tiene una factura con este número.',
      INVALID_INVOICE_REFERENCE: 'NAV no conoce la factura original que esta rectifica.',
      INVALID_ANNULMENT_REFERENCE: 'NAV no conoce la factura que se quiere anular.',
      ANNULMENT_IN_PROGRESS: 'Ya hay una anulación técnica de esta factura en curso.',
      MODIFICATION_INDEX_NOT_UNIQUE: 'NAV ya tiene una rectificación con este número de orden.',
      INVALID_VAT_DATA: 'Los datos de IVA de la factura no cuadran.',
      CUSTOMER_DATA_EXPECTED: 'Faltan los datos del cliente.',
      CUSTOMER_DATA_NOT_EXPECTED: 'Se enviaron datos de cliente para un particular.',
      MISSING_CUSTOMER_DOMESTIC_TAXNUMBER: 'Falta el número fiscal húngaro del cliente.',
      DOMESTIC_TAXNUMBER_EXPECTED_REVERSE_CHARGE:
        'La inversión del sujeto pasivo exige el número fiscal húngaro del cliente.',
      INVALID_INVOICE_NUMBER: 'NAV no acepta la forma de este número de factura.',
      INVOICE_ISSUE_DATE_LATE: 'La factura se comunicó más tarde de lo que permite la ley.',
      INVOICE_DELIVERY_DATE_LATE: 'La fecha de operación está muy lejos de la fecha de expedición.',
      INVALID_LINE_VAT_RATE_NORMAL: 'Una línea tiene un tipo de IVA que no es válido en Hungría.'
    }
  }
}

const ca: Strings<typeof en> = {
  navReporting: {
    title: 'NAV Online Számla (Hongria)',
    intro:
      'Cada factura, factura rectificativa i nota de càrrec d’una empresa amb número fiscal hongarès es comunica a l’administració tributària (NAV) en emetre’s.',
    enabled: 'Comunica les factures a NAV',
    environment: 'Entorn de NAV',
    test: 'Proves',
    production: 'Producció',
    testUrl: 'Adreça de proves',
    productionUrl: 'Adreça de producció',
    software: {
      softwareId: 'Id. del programa (18 caràcters)',
      softwareName: 'Nom del programa',
      softwareMainVersion: 'Versió',
      softwareDevName: 'Desenvolupador',
      softwareDevContact: 'Contacte del desenvolupador',
      softwareDevCountryCode: 'País del desenvolupador',
      softwareDevTaxNumber: 'NIF del desenvolupador'
    },
    save: 'Desa la configuració de NAV',
    saved: 'Configuració de NAV desada.',
    technicalUser: 'Usuari tècnic',
    credential: {
      login: 'Usuari',
      password: 'Contrasenya',
      signatureKey: 'Clau de signatura',
      exchangeKey: 'Clau d’intercanvi'
    },
    isSet: 'configurat',
    notSet: 'sense configurar',
    keepHint: 'Deixeu un camp buit per conservar el que ja hi ha.',
    storeOs: 'El sistema operatiu guarda xifrat l’usuari tècnic.',
    storeSession:
      'Aquesta finestra guarda l’usuari tècnic només durant aquesta sessió: introduïu-lo cada vegada que obriu Salesdesk.',
    saveCredentials: 'Desa l’usuari tècnic',
    credentialsSaved: 'Usuari tècnic desat.',
    openQueue: 'Mostra les comunicacions a NAV',
    queueTitle: 'Comunicacions a NAV',
    waiting_one: '{{count}} factura pendent de comunicar a NAV',
    waiting_many: '{{count}} factures pendents de comunicar a NAV',
    waiting_other: '{{count}} factures pendents de comunicar a NAV',
    aborted_one: '{{count}} factura rebutjada per NAV',
    aborted_many: '{{count}} factures rebutjades per NAV',
    aborted_other: '{{count}} factures rebutjades per NAV',
    allReported: 'Totes les factures s’han comunicat a NAV.',
    off: 'La comunicació a NAV està desactivada. Activeu-la a Configuració → NAV.',
    sendNow: 'Envia a NAV ara',
    sending: 'S’està enviant…',
    runResult: 'Enviades {{sent}}, acceptades {{done}}, rebutjades {{aborted}}; {{waiting}} encara pendents.',
    lastRun: 'Últim intent {{when}}: enviades {{sent}}, acceptades {{done}}, rebutjades {{aborted}}.',
    lastRunFailed: 'L’últim intent {{when}} ha fallat: {{error}}',
    neverRun: 'Encara no s’ha enviat res a NAV.',
    problems: 'Cal atenció',
    recent: 'Últimes comunicacions',
    column: {
      number: 'Número',
      status: 'Estat a NAV',
      attempts: 'Intents',
      what: 'Resposta de NAV'
    },
    nextAttempt: 'Proper intent {{when}}',
    sendAgain: 'Torna a enviar',
    queuedAgain: 'Tornada a posar a la cua; s’enviarà en el proper enviament.',
    status: { ...navListStatusWords.ca, replaced: 'Substituïda' },
    kind: {
      invoice: 'Dades de la factura',
      annulment: 'Anul·lació tècnica'
    },
    severity: {
      ERROR: 'Error',
      WARN: 'Avís',
      INFO: 'Nota'
    },
    taxpayerCheck: 'Comprova a NAV i omple el nom i l’adreça',
    taxpayerFound:
      'NAV coneix aquest número fiscal: {{name}}. Nom i adreça de facturació omplerts; reviseu-los i deseu.',
    taxpayerUnknown: 'NAV no coneix aquest número fiscal com a contribuent hongarès vàlid.',
    documentSection: 'Comunicació a NAV',
    transaction: 'Id. de transacció',
    navSaid: 'Text de NAV: {{message}}',
    downloadXml: 'Baixa les dades comunicades (XML)',
    annul: 'Anul·lació tècnica…',
    annulTitle: 'Anul·lació tècnica a NAV',
    annulHint:
      'Només per a un error tècnic en dades que NAV ha acceptat (la factura no s’ha lliurat mai al client). Una correcció real és una factura rectificativa.',
    annulCode: 'Què era incorrecte',
    annulCodes: {
      ERRATIC_DATA: 'Dades incorrectes',
      ERRATIC_INVOICE_NUMBER: 'Número de factura incorrecte',
      ERRATIC_INVOICE_ISSUE_DATE: 'Data d’expedició incorrecta',
      ERRATIC_ELECTRONIC_HASH_VALUE: 'Hash de factura electrònica incorrecte'
    },
    annulReason: 'Motiu',
    annulConfirm: 'Posa l’anul·lació a la cua',
    annulQueued: 'L’anul·lació tècnica és a la cua; s’enviarà en el proper enviament.',
    code: {
      NETWORK: 'No s’ha pogut connectar amb NAV (sense connexió o adreça incorrecta).',
      OPERATION_FAILED: 'NAV ha tingut un problema tècnic; es tornarà a enviar més tard.',
      MAINTENANCE_MODE: 'NAV està en manteniment; es tornarà a enviar més tard.',
      INVALID_SECURITY_USER: 'NAV no coneix aquest usuari tècnic o la contrasenya és incorrecta.',
      INVALID_REQUEST_SIGNATURE:
        'NAV ha rebutjat la signatura de la petició: la clau de signatura és incorrecta.',
      INVALID_EXCHANGE_TOKEN: 'NAV ha rebutjat el testimoni d’intercanvi: comproveu la clau d’intercanvi.',
      TOKEN_DECRYPT: 'No s’ha pogut obrir la resposta de NAV: la clau d’intercanvi és incorrecta.',
      NO_TRANSACTION:
        'NAV ha rebut la petició però no ha donat cap identificador de transacció, així que Salesdesk no pot consultar què se n’ha fet.',
      HTTP: 'El servidor de NAV ha respost amb un error (HTTP {{status}}) en lloc de la resposta de NAV.',
      NOT_REGISTERED_CUSTOMER: 'L’empresa no està donada d’alta al sistema Online Számla de NAV.',
      INVALID_CUSTOMER: 'El número fiscal de l’empresa no correspon a aquest usuari tècnic.',
      INVALID_USER_RELATION: 'L’usuari tècnic no pot comunicar per aquesta empresa.',
      FORBIDDEN: 'L’usuari tècnic no té permís per comunicar factures.',
      INVALID_REQUEST: 'NAV no ha pogut llegir la petició.',
      INVALID_TIMESTAMP: 'El rellotge d’aquest ordinador està massa desajustat.',
      SCHEMA_VIOLATION: 'Les dades de la factura no tenen la forma que exigeix NAV.',
      SUPPLIER_TAX_NUMBER_MISMATCH: 'El número fiscal del venedor a la factura no és el de l’empresa.',
      INVOICE_NUMBER_NOT_UNIQUE: 'NAV ja té una factura amb aquest número.',
      INVALID_INVOICE_REFERENCE: 'NAV no coneix la factura original que aquesta rectifica.',
      INVALID_ANNULMENT_REFERENCE: 'NAV no coneix la factura que es vol anul·lar.',
      ANNULMENT_IN_PROGRESS: 'Ja hi ha una anul·lació tècnica d’aquesta factura en curs.',
      MODIFICATION_INDEX_NOT_UNIQUE: 'NAV ja té una rectificació amb aquest número d’ordre.',
      INVALID_VAT_DATA: 'Les dades d’IVA de la factura no quadren.',
      CUSTOMER_DATA_EXPECTED: 'Falten les dades del client.',
      CUSTOMER_DATA_NOT_EXPECTED: 'S’han enviat dades de client per a un particular.',
      MISSING_CUSTOMER_DOMESTIC_TAXNUMBER: 'Falta el número fiscal hongarès del client.',
      DOMESTIC_TAXNUMBER_EXPECTED_REVERSE_CHARGE:
        'La inversió del subjecte passiu exigeix el número fiscal hongarès del client.',
      INVALID_INVOICE_NUMBER: 'NAV no accepta la forma d’aquest número de factura.',
      INVOICE_ISSUE_DATE_LATE: 'La factura s’ha comunicat més tard del que permet la llei.',
      INVOICE_DELIVERY_DATE_LATE: 'La data de l’operació és molt lluny de la data d’expedició.',
      INVALID_LINE_VAT_RATE_NORMAL: 'Una línia té un tipus d’IVA que no és vàlid a Hongria.'
    }
  }
}

const hu: Strings<typeof en> = {
  navReporting: {
    title: 'NAV Online Számla (Magyarország)',
    intro:
      'Magyar adószámmal rendelkező cég minden számláját, helyesbítő számláját és terhelési értesítőjét a kiállításkor jelentjük a NAV-nak.',
    enabled: 'Számlák jelentése a NAV-nak',
    environment: 'NAV környezet',
    test: 'Teszt',
    production: 'Éles',
    testUrl: 'Teszt cím',
    productionUrl: 'Éles cím',
    software: {
      softwareId: 'Szoftverazonosító (18 karakter)',
      softwareName: 'Szoftver neve',
      softwareMainVersion: 'Verzió',
      softwareDevName: 'Fejlesztő',
      softwareDevContact: 'Fejlesztő elérhetősége',
      softwareDevCountryCode: 'Fejlesztő országa',
      softwareDevTaxNumber: 'Fejlesztő adószáma'
    },
    save: 'NAV beállítások mentése',
    saved: 'NAV beállítások mentve.',
    technicalUser: 'Technikai felhasználó',
    credential: {
      login: 'Felhasználónév',
      password: 'Jelszó',
      signatureKey: 'Aláírókulcs',
      exchangeKey: 'Cserekulcs'
    },
    isSet: 'megadva',
    notSet: 'nincs megadva',
    keepHint: 'Hagyja üresen a mezőt, ha a már megadott értéket megtartja.',
    storeOs: 'A technikai felhasználó adatait az operációs rendszer titkosítva őrzi.',
    storeSession:
      'Ez az ablak a technikai felhasználót csak ebben a munkamenetben őrzi: a Salesdesk minden indításakor adja meg újra.',
    saveCredentials: 'Technikai felhasználó mentése',
    credentialsSaved: 'Technikai felhasználó mentve.',
    openQueue: 'NAV-jelentések megtekintése',
    queueTitle: 'Jelentések a NAV-nak',
    waiting_one: '{{count}} számla vár a NAV-jelentésre',
    waiting_other: '{{count}} számla vár a NAV-jelentésre',
    aborted_one: '{{count}} számlát a NAV elutasított',
    aborted_other: '{{count}} számlát a NAV elutasított',
    allReported: 'Minden számla jelentve a NAV-nak.',
    off: 'A NAV-jelentés ki van kapcsolva. Kapcsolja be: Beállítások → NAV.',
    sendNow: 'Küldés a NAV-nak most',
    sending: 'Küldés…',
    runResult: 'Elküldve {{sent}}, befogadva {{done}}, elutasítva {{aborted}}; még vár {{waiting}}.',
    lastRun: 'Utolsó próbálkozás {{when}}: elküldve {{sent}}, befogadva {{done}}, elutasítva {{aborted}}.',
    lastRunFailed: 'Az utolsó próbálkozás ({{when}}) nem sikerült: {{error}}',
    neverRun: 'Még semmi sem ment a NAV-nak.',
    problems: 'Teendő van vele',
    recent: 'Legutóbbi jelentések',
    column: {
      number: 'Sorszám',
      status: 'NAV állapot',
      attempts: 'Próbálkozások',
      what: 'A NAV válasza'
    },
    nextAttempt: 'Következő próbálkozás {{when}}',
    sendAgain: 'Újraküldés',
    queuedAgain: 'Újra sorban áll; a következő küldéssel megy.',
    status: { ...navListStatusWords.hu, replaced: 'Lecserélve' },
    kind: {
      invoice: 'Számlaadat',
      annulment: 'Technikai érvénytelenítés'
    },
    severity: {
      ERROR: 'Hiba',
      WARN: 'Figyelmeztetés',
      INFO: 'Megjegyzés'
    },
    taxpayerCheck: 'Ellenőrzés a NAV-nál, név és cím kitöltése',
    taxpayerFound:
      'A NAV ismeri ezt az adószámot: {{name}}. A név és a számlázási cím kitöltve; ellenőrizze és mentse.',
    taxpayerUnknown: 'A NAV nem ismeri ezt az adószámot érvényes magyar adózóként.',
    documentSection: 'NAV-jelentés',
    transaction: 'Tranzakcióazonosító',
    navSaid: 'A NAV szövege: {{message}}',
    downloadXml: 'A jelentett adatok letöltése (XML)',
    annul: 'Technikai érvénytelenítés…',
    annulTitle: 'Technikai érvénytelenítés a NAV-nál',
    annulHint:
      'Csak a NAV által befogadott adat technikai hibájára (a számlát nem adták át a vevőnek). Valódi javítás helyesbítő számlával történik.',
    annulCode: 'Mi volt hibás',
    annulCodes: {
      ERRATIC_DATA: 'Hibás adattartalom',
      ERRATIC_INVOICE_NUMBER: 'Hibás számlaszám',
      ERRATIC_INVOICE_ISSUE_DATE: 'Hibás kiállítási dátum',
      ERRATIC_ELECTRONIC_HASH_VALUE: 'Hibás elektronikus számla hash-érték'
    },
    annulReason: 'Indoklás',
    annulConfirm: 'Érvénytelenítés sorba állítása',
    annulQueued: 'A technikai érvénytelenítés sorban áll; a következő küldéssel megy.',
    code: {
      NETWORK: 'A NAV nem érhető el (nincs kapcsolat, vagy hibás a cím).',
      OPERATION_FAILED: 'A NAV-nál technikai hiba történt; később újraküldjük.',
      MAINTENANCE_MODE: 'A NAV rendszere karbantartás alatt áll; később újraküldjük.',
      INVALID_SECURITY_USER: 'A NAV nem ismeri ezt a technikai felhasználót, vagy hibás a jelszó.',
      INVALID_REQUEST_SIGNATURE: 'A NAV elutasította a kérés aláírását: hibás az aláírókulcs.',
      INVALID_EXCHANGE_TOKEN: 'A NAV elutasította az adatszolgáltatási tokent: ellenőrizze a cserekulcsot.',
      TOKEN_DECRYPT: 'A NAV válasza nem nyitható meg: hibás a cserekulcs.',
      NO_TRANSACTION:
        'A NAV átvette a kérést, de nem adott tranzakcióazonosítót, így a Salesdesk nem tudja lekérdezni, mi lett vele.',
      HTTP: 'A NAV szervere hibával válaszolt (HTTP {{status}}), nem a NAV szokásos válaszával.',
      NOT_REGISTERED_CUSTOMER: 'A cég nincs regisztrálva a NAV Online Számla rendszerében.',
      INVALID_CUSTOMER: 'A cég adószáma nem ehhez a technikai felhasználóhoz tartozik.',
      INVALID_USER_RELATION: 'A technikai felhasználó nem jelenthet ennek a cégnek a nevében.',
      FORBIDDEN: 'A technikai felhasználónak nincs joga számlát jelenteni.',
      INVALID_REQUEST: 'A NAV nem tudta értelmezni a kérést.',
      INVALID_TIMESTAMP: 'A számítógép órája túlságosan eltér a pontos időtől.',
      SCHEMA_VIOLATION: 'A számlaadatok nem felelnek meg a NAV által előírt formának.',
      SUPPLIER_TAX_NUMBER_MISMATCH: 'A számlán szereplő eladói adószám nem a cégé.',
      INVOICE_NUMBER_NOT_UNIQUE: 'A NAV-nál már van számla ezzel a sorszámmal.',
      INVALID_INVOICE_REFERENCE: 'A NAV nem ismeri az eredeti számlát, amelyet ez helyesbít.',
      INVALID_ANNULMENT_REFERENCE: 'A NAV nem ismeri az érvénytelenítendő számlát.',
      ANNULMENT_IN_PROGRESS: 'Ennek a számlának a technikai érvénytelenítése már folyamatban van.',
      MODIFICATION_INDEX_NOT_UNIQUE: 'A NAV-nál már van módosítás ezzel a sorszámmal.',
      INVALID_VAT_DATA: 'A számla áfaadatai nem egyeznek.',
      CUSTOMER_DATA_EXPECTED: 'Hiányoznak a vevő adatai.',
      CUSTOMER_DATA_NOT_EXPECTED: 'Magánszemély vevőnél vevőadatok kerültek a jelentésbe.',
      MISSING_CUSTOMER_DOMESTIC_TAXNUMBER: 'Hiányzik a belföldi vevő adószáma.',
      DOMESTIC_TAXNUMBER_EXPECTED_REVERSE_CHARGE: 'Fordított adózáshoz kell a vevő magyar adószáma.',
      INVALID_INVOICE_NUMBER: 'A NAV nem fogadja el ennek a számlaszámnak a formáját.',
      INVOICE_ISSUE_DATE_LATE: 'A számlát a törvényes határidőn túl jelentettük.',
      INVOICE_DELIVERY_DATE_LATE: 'A teljesítés dátuma túl messze esik a kiállítás dátumától.',
      INVALID_LINE_VAT_RATE_NORMAL: 'Egy tétel áfakulcsa Magyarországon nem érvényes.'
    }
  }
}

const ru: Strings<typeof en> = {
  navReporting: {
    title: 'NAV Online Számla (Венгрия)',
    intro:
      'Каждый счёт, кредит-нота и дебет-нота компании с венгерским налоговым номером передаются в налоговую службу (NAV) при выставлении.',
    enabled: 'Передавать счета в NAV',
    environment: 'Среда NAV',
    test: 'Тестовая',
    production: 'Рабочая',
    testUrl: 'Тестовый адрес',
    productionUrl: 'Рабочий адрес',
    software: {
      softwareId: 'Идентификатор программы (18 символов)',
      softwareName: 'Название программы',
      softwareMainVersion: 'Версия',
      softwareDevName: 'Разработчик',
      softwareDevContact: 'Контакт разработчика',
      softwareDevCountryCode: 'Страна разработчика',
      softwareDevTaxNumber: 'Налоговый номер разработчика'
    },
    save: 'Сохранить настройки NAV',
    saved: 'Настройки NAV сохранены.',
    technicalUser: 'Технический пользователь',
    credential: {
      login: 'Логин',
      password: 'Пароль',
      signatureKey: 'Ключ подписи',
      exchangeKey: 'Ключ обмена'
    },
    isSet: 'задан',
    notSet: 'не задан',
    keepHint: 'Оставьте поле пустым, чтобы сохранить уже заданное значение.',
    storeOs: 'Данные технического пользователя хранятся в зашифрованном виде средствами системы.',
    storeSession:
      'Это окно хранит технического пользователя только в этом сеансе: вводите его заново при каждом запуске Salesdesk.',
    saveCredentials: 'Сохранить технического пользователя',
    credentialsSaved: 'Технический пользователь сохранён.',
    openQueue: 'Открыть передачи в NAV',
    queueTitle: 'Передачи в NAV',
    waiting_one: '{{count}} счёт ожидает передачи в NAV',
    waiting_few: '{{count}} счёта ожидают передачи в NAV',
    waiting_many: '{{count}} счетов ожидают передачи в NAV',
    waiting_other: '{{count}} счёта ожидают передачи в NAV',
    aborted_one: '{{count}} счёт отклонён NAV',
    aborted_few: '{{count}} счёта отклонены NAV',
    aborted_many: '{{count}} счетов отклонены NAV',
    aborted_other: '{{count}} счёта отклонены NAV',
    allReported: 'Все счета переданы в NAV.',
    off: 'Передача в NAV выключена. Включите её в разделе Настройки → NAV.',
    sendNow: 'Отправить в NAV сейчас',
    sending: 'Отправка…',
    runResult: 'Отправлено {{sent}}, принято {{done}}, отклонено {{aborted}}; ещё ждут {{waiting}}.',
    lastRun: 'Последняя попытка {{when}}: отправлено {{sent}}, принято {{done}}, отклонено {{aborted}}.',
    lastRunFailed: 'Последняя попытка {{when}} не удалась: {{error}}',
    neverRun: 'В NAV ещё ничего не отправлялось.',
    problems: 'Требует внимания',
    recent: 'Последние передачи',
    column: {
      number: 'Номер',
      status: 'Статус в NAV',
      attempts: 'Попытки',
      what: 'Ответ NAV'
    },
    nextAttempt: 'Следующая попытка {{when}}',
    sendAgain: 'Отправить снова',
    queuedAgain: 'Снова в очереди; уйдёт со следующей отправкой.',
    status: { ...navListStatusWords.ru, replaced: 'Заменён' },
    kind: {
      invoice: 'Данные счёта',
      annulment: 'Техническое аннулирование'
    },
    severity: {
      ERROR: 'Ошибка',
      WARN: 'Предупреждение',
      INFO: 'Примечание'
    },
    taxpayerCheck: 'Проверить в NAV и заполнить название и адрес',
    taxpayerFound:
      'NAV знает этот налоговый номер: {{name}}. Название и адрес для счетов заполнены; проверьте и сохраните.',
    taxpayerUnknown: 'NAV не знает этот налоговый номер как действующего венгерского налогоплательщика.',
    documentSection: 'Передача в NAV',
    transaction: 'Идентификатор транзакции',
    navSaid: 'Текст NAV: {{message}}',
    downloadXml: 'Скачать переданные данные (XML)',
    annul: 'Техническое аннулирование…',
    annulTitle: 'Техническое аннулирование в NAV',
    annulHint:
      'Только для технической ошибки в данных, которые NAV принял (счёт не передавался покупателю). Настоящее исправление — кредит-нота.',
    annulCode: 'Что было неверно',
    annulCodes: {
      ERRATIC_DATA: 'Неверные данные',
      ERRATIC_INVOICE_NUMBER: 'Неверный номер счёта',
      ERRATIC_INVOICE_ISSUE_DATE: 'Неверная дата счёта',
      ERRATIC_ELECTRONIC_HASH_VALUE: 'Неверный хеш электронного счёта'
    },
    annulReason: 'Причина',
    annulConfirm: 'Поставить аннулирование в очередь',
    annulQueued: 'Техническое аннулирование в очереди; уйдёт со следующей отправкой.',
    code: {
      NETWORK: 'Не удалось связаться с NAV (нет соединения или неверный адрес).',
      OPERATION_FAILED: 'Техническая ошибка на стороне NAV; отправка повторится позже.',
      MAINTENANCE_MODE: 'В NAV идут технические работы; отправка повторится позже.',
      INVALID_SECURITY_USER: 'NAV не знает этого технического пользователя, или пароль неверен.',
      INVALID_REQUEST_SIGNATURE: 'NAV отклонил подпись запроса: ключ подписи неверен.',
      INVALID_EXCHANGE_TOKEN: 'NAV отклонил токен обмена: проверьте ключ обмена.',
      TOKEN_DECRYPT: 'Не удалось расшифровать ответ NAV: ключ обмена неверен.',
      NO_TRANSACTION:
        'NAV принял запрос, но не выдал идентификатор транзакции, поэтому Salesdesk не может узнать, что с ним стало.',
      HTTP: 'Сервер NAV ответил ошибкой (HTTP {{status}}) вместо ответа NAV.',
      NOT_REGISTERED_CUSTOMER: 'Компания не зарегистрирована в системе Online Számla NAV.',
      INVALID_CUSTOMER: 'Налоговый номер компании не относится к этому техническому пользователю.',
      INVALID_USER_RELATION: 'Технический пользователь не может передавать данные за эту компанию.',
      FORBIDDEN: 'У технического пользователя нет права передавать счета.',
      INVALID_REQUEST: 'NAV не смог прочитать запрос.',
      INVALID_TIMESTAMP: 'Часы этого компьютера слишком сильно расходятся с точным временем.',
      SCHEMA_VIOLATION: 'Данные счёта не соответствуют форме, которую требует NAV.',
      SUPPLIER_TAX_NUMBER_MISMATCH: 'Налоговый номер продавца в счёте не совпадает с номером компании.',
      INVOICE_NUMBER_NOT_UNIQUE: 'В NAV уже есть счёт с этим номером.',
      INVALID_INVOICE_REFERENCE: 'NAV не знает исходный счёт, который исправляет этот документ.',
      INVALID_ANNULMENT_REFERENCE: 'NAV не знает счёт, который нужно аннулировать.',
      ANNULMENT_IN_PROGRESS: 'Техническое аннулирование этого счёта уже выполняется.',
      MODIFICATION_INDEX_NOT_UNIQUE: 'В NAV уже есть исправление с этим порядковым номером.',
      INVALID_VAT_DATA: 'Данные НДС в счёте не сходятся.',
      CUSTOMER_DATA_EXPECTED: 'Нет данных покупателя.',
      CUSTOMER_DATA_NOT_EXPECTED: 'Для частного лица переданы данные покупателя.',
      MISSING_CUSTOMER_DOMESTIC_TAXNUMBER: 'Нет венгерского налогового номера покупателя.',
      DOMESTIC_TAXNUMBER_EXPECTED_REVERSE_CHARGE:
        'Для обратного начисления НДС нужен венгерский налоговый номер покупателя.',
      INVALID_INVOICE_NUMBER: 'NAV не принимает такой формат номера счёта.',
      INVOICE_ISSUE_DATE_LATE: 'Счёт передан позже срока, установленного законом.',
      INVOICE_DELIVERY_DATE_LATE: 'Дата отгрузки слишком далека от даты счёта.',
      INVALID_LINE_VAT_RATE_NORMAL: 'В строке указана ставка НДС, недопустимая в Венгрии.'
    }
  }
}

export const navStrings: Translations<typeof en> = { en, es, ca, hu, ru }
