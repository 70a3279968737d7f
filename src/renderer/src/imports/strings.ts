/** Strings of the Import page (customers and products from another program's file), in the five languages. */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  imports: {
    title: 'Import',
    open: 'Import…',
    intro:
      'Bring in customers or products from another program’s export (CSV or Excel). Nothing is written until every row is right and you confirm.',
    fileTitle: '1. The file',
    kindLabel: 'What to import',
    kinds: {
      customers: 'Customers',
      products: 'Products (with prices)',
      openingBalances: 'Opening balances (invoices still open)'
    },
    file: 'File (.csv or .xlsx)',
    reading: 'Reading the file…',
    windows1252:
      'This file is not in UTF-8: it was read as Windows-1252 (Western European). Check the accents in the first rows.',
    firstRows: 'First rows of {{fileName}}',
    mappingTitle: '2. Which field each column fills',
    offeredSaved: 'These are the choices you confirmed last time for a file with the same columns.',
    offeredGuessed: 'Salesdesk guessed the fields from the column names: please check them.',
    column: 'Column in the file',
    examples: 'First values',
    field: 'Imports into',
    fieldFor: 'Field for the column {{column}}',
    doNotImport: 'Do not import',
    missing: 'Choose a column for: {{fields}}',
    fields: {
      code: 'Customer code',
      name: 'Name',
      taxId: 'Tax id',
      line1: 'Address',
      postalCode: 'Postal code',
      city: 'City',
      country: 'Country (ES, HU…)',
      contactName: 'Contact person',
      email: 'E-mail',
      phone: 'Phone',
      paymentTermsDays: 'Payment terms (days)',
      notes: 'Notes',
      sku: 'SKU',
      description: 'Description',
      unit: 'Unit',
      price: 'Price (net)',
      vatRate: 'VAT rate (%)',
      customer: 'Customer (code or tax id)',
      number: 'Invoice number',
      issueDate: 'Invoice date',
      dueDate: 'Due date',
      currency: 'Currency (EUR, HUF…)',
      amount: 'Amount still open'
    },
    checkTitle: '3. Check and import',
    checkIntro:
      'Check reads every row as the import will, against the records already in Salesdesk, and writes nothing.',
    check: 'Check',
    checking: 'Checking the rows…',
    importing: 'Importing…',
    run: {
      customers: 'Import the customers',
      products: 'Import the products',
      openingBalances: 'Import the opening balances'
    },
    existingLabel: 'Rows already in Salesdesk (same code or tax id, same SKU)',
    existing: {
      refuse: 'List them as problems',
      update: 'Update those records from the file',
      skip: 'Skip those rows'
    },
    existingOpening: 'Opening balances already recorded for the customer are always listed as problems.',
    checkedExisting: 'Records to update: {{updated}}; rows to skip: {{skipped}}.',
    updated: 'Records updated',
    skipped: 'Rows skipped (already in Salesdesk)',
    checkedGood:
      'Every row is right. Rows: {{rows}}; records to create: {{created}}. Nothing is written yet.',
    problemsFound:
      'Problems found: {{count}}. Nothing has been written. Correct the file and choose it again.',
    problemsLabel: 'Problems by row',
    row: 'Row',
    problemField: 'Field',
    problem: 'Problem',
    wholeRow: '(whole row)',
    moreProblems: 'Problems not listed here: {{count}}',
    doneTitle: 'Import finished',
    rowsRead: 'Rows read',
    created: {
      customers: 'Customers created',
      products: 'Products created',
      openingBalances: 'Opening balances created'
    },
    openList: {
      customers: 'Open the customer list',
      products: 'Open the product list',
      openingBalances: 'Open the aged receivables'
    },
    another: 'Import another file'
  }
}

const es: Strings<typeof en> = {
  imports: {
    title: 'Importar',
    open: 'Importar…',
    intro:
      'Traiga clientes o productos exportados desde otro programa (CSV o Excel). No se guarda nada hasta que todas las filas sean correctas y usted lo confirme.',
    fileTitle: '1. El archivo',
    kindLabel: 'Qué importar',
    kinds: {
      customers: 'Clientes',
      products: 'Productos (con precios)',
      openingBalances: 'Saldos iniciales (facturas pendientes)'
    },
    file: 'Archivo (.csv o .xlsx)',
    reading: 'Leyendo el archivo…',
    windows1252:
      'Este archivo no está en UTF-8: se ha leído como Windows-1252 (Europa occidental). Compruebe los acentos en las primeras filas.',
    firstRows: 'Primeras filas de {{fileName}}',
    mappingTitle: '2. Qué campo rellena cada columna',
    offeredSaved: 'Son las opciones que confirmó la última vez para un archivo con las mismas columnas.',
    offeredGuessed: 'Salesdesk ha deducido los campos por el nombre de las columnas: compruébelos.',
    column: 'Columna del archivo',
    examples: 'Primeros valores',
    field: 'Se importa en',
    fieldFor: 'Campo para la columna {{column}}',
    doNotImport: 'No importar',
    missing: 'Elija una columna para: {{fields}}',
    fields: {
      code: 'Código de cliente',
      name: 'Nombre',
      taxId: 'NIF',
      line1: 'Dirección',
      postalCode: 'Código postal',
      city: 'Población',
      country: 'País (ES, HU…)',
      contactName: 'Persona de contacto',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      paymentTermsDays: 'Plazo de pago (días)',
      notes: 'Notas',
      sku: 'Referencia',
      description: 'Descripción',
      unit: 'Unidad',
      price: 'Precio (base)',
      vatRate: 'Tipo de IVA (%)',
      customer: 'Cliente (código o NIF)',
      number: 'Número de factura',
      issueDate: 'Fecha de la factura',
      dueDate: 'Vencimiento',
      currency: 'Moneda (EUR, HUF…)',
      amount: 'Importe pendiente'
    },
    checkTitle: '3. Comprobar e importar',
    checkIntro:
      'Comprobar lee todas las filas como lo hará la importación, frente a los registros que ya hay en Salesdesk, y no guarda nada.',
    check: 'Comprobar',
    checking: 'Comprobando las filas…',
    importing: 'Importando…',
    run: {
      customers: 'Importar los clientes',
      products: 'Importar los productos',
      openingBalances: 'Importar los saldos iniciales'
    },
    existingLabel: 'Filas que ya están en Salesdesk (mismo código o NIF, misma referencia)',
    existing: {
      refuse: 'Mostrarlas como problemas',
      update: 'Actualizar esos registros con el archivo',
      skip: 'Omitir esas filas'
    },
    existingOpening:
      'Los saldos iniciales ya registrados para el cliente siempre se muestran como problemas.',
    checkedExisting: 'Registros que se actualizarán: {{updated}}; filas que se omitirán: {{skipped}}.',
    updated: 'Registros actualizados',
    skipped: 'Filas omitidas (ya en Salesdesk)',
    checkedGood:
      'Todas las filas son correctas. Filas: {{rows}}; registros que se crearán: {{created}}. Aún no se ha guardado nada.',
    problemsFound:
      'Problemas encontrados: {{count}}. No se ha guardado nada. Corrija el archivo y vuelva a elegirlo.',
    problemsLabel: 'Problemas por fila',
    row: 'Fila',
    problemField: 'Campo',
    problem: 'Problema',
    wholeRow: '(toda la fila)',
    moreProblems: 'Problemas que no se muestran aquí: {{count}}',
    doneTitle: 'Importación terminada',
    rowsRead: 'Filas leídas',
    created: {
      customers: 'Clientes creados',
      products: 'Productos creados',
      openingBalances: 'Saldos iniciales creados'
    },
    openList: {
      customers: 'Abrir la lista de clientes',
      products: 'Abrir la lista de productos',
      openingBalances: 'Abrir la antigüedad de saldos'
    },
    another: 'Importar otro archivo'
  }
}

const ca: Strings<typeof en> = {
  imports: {
    title: 'Importa',
    open: 'Importa…',
    intro:
      'Porteu clients o productes exportats des d’un altre programa (CSV o Excel). No es desa res fins que totes les files són correctes i ho confirmeu.',
    fileTitle: '1. El fitxer',
    kindLabel: 'Què voleu importar',
    kinds: {
      customers: 'Clients',
      products: 'Productes (amb preus)',
      openingBalances: 'Saldos inicials (factures pendents)'
    },
    file: 'Fitxer (.csv o .xlsx)',
    reading: 'S’està llegint el fitxer…',
    windows1252:
      'Aquest fitxer no és UTF-8: s’ha llegit com a Windows-1252 (Europa occidental). Comproveu els accents de les primeres files.',
    firstRows: 'Primeres files de {{fileName}}',
    mappingTitle: '2. Quin camp omple cada columna',
    offeredSaved:
      'Són les opcions que vau confirmar l’última vegada per a un fitxer amb les mateixes columnes.',
    offeredGuessed: 'Salesdesk ha deduït els camps pel nom de les columnes: comproveu-los.',
    column: 'Columna del fitxer',
    examples: 'Primers valors',
    field: 'S’importa a',
    fieldFor: 'Camp per a la columna {{column}}',
    doNotImport: 'No s’importa',
    missing: 'Trieu una columna per a: {{fields}}',
    fields: {
      code: 'Codi de client',
      name: 'Nom',
      taxId: 'NIF',
      line1: 'Adreça',
      postalCode: 'Codi postal',
      city: 'Població',
      country: 'País (ES, HU…)',
      contactName: 'Persona de contacte',
      email: 'Correu electrònic',
      phone: 'Telèfon',
      paymentTermsDays: 'Termini de pagament (dies)',
      notes: 'Notes',
      sku: 'Referència',
      description: 'Descripció',
      unit: 'Unitat',
      price: 'Preu (base)',
      vatRate: 'Tipus d’IVA (%)',
      customer: 'Client (codi o NIF)',
      number: 'Número de factura',
      issueDate: 'Data de la factura',
      dueDate: 'Venciment',
      currency: 'Moneda (EUR, HUF…)',
      amount: 'Import pendent'
    },
    checkTitle: '3. Comprova i importa',
    checkIntro:
      'Comprova llegeix totes les files com ho farà la importació, davant dels registres que ja hi ha a Salesdesk, i no desa res.',
    check: 'Comprova',
    checking: 'S’estan comprovant les files…',
    importing: 'S’està important…',
    run: {
      customers: 'Importa els clients',
      products: 'Importa els productes',
      openingBalances: 'Importa els saldos inicials'
    },
    existingLabel: 'Files que ja són a Salesdesk (mateix codi o NIF, mateixa referència)',
    existing: {
      refuse: 'Mostra-les com a problemes',
      update: 'Actualitza aquests registres amb el fitxer',
      skip: 'Omet aquestes files'
    },
    existingOpening: 'Els saldos inicials ja registrats per al client sempre es mostren com a problemes.',
    checkedExisting: 'Registres que s’actualitzaran: {{updated}}; files que s’ometran: {{skipped}}.',
    updated: 'Registres actualitzats',
    skipped: 'Files omeses (ja a Salesdesk)',
    checkedGood:
      'Totes les files són correctes. Files: {{rows}}; registres que es crearan: {{created}}. Encara no s’ha desat res.',
    problemsFound: 'Problemes trobats: {{count}}. No s’ha desat res. Corregiu el fitxer i torneu-lo a triar.',
    problemsLabel: 'Problemes per fila',
    row: 'Fila',
    problemField: 'Camp',
    problem: 'Problema',
    wholeRow: '(tota la fila)',
    moreProblems: 'Problemes que no es mostren aquí: {{count}}',
    doneTitle: 'Importació acabada',
    rowsRead: 'Files llegides',
    created: {
      customers: 'Clients creats',
      products: 'Productes creats',
      openingBalances: 'Saldos inicials creats'
    },
    openList: {
      customers: 'Obre la llista de clients',
      products: 'Obre la llista de productes',
      openingBalances: 'Obre l’antiguitat de saldos'
    },
    another: 'Importa un altre fitxer'
  }
}

const hu: Strings<typeof en> = {
  imports: {
    title: 'Importálás',
    open: 'Importálás…',
    intro:
      'Ügyfelek vagy termékek átvétele egy másik program exportjából (CSV vagy Excel). Semmi sem kerül mentésre, amíg minden sor helyes nem lesz, és Ön jóvá nem hagyja.',
    fileTitle: '1. A fájl',
    kindLabel: 'Mit importál',
    kinds: {
      customers: 'Ügyfelek',
      products: 'Termékek (árakkal)',
      openingBalances: 'Nyitó tételek (nyitott számlák)'
    },
    file: 'Fájl (.csv vagy .xlsx)',
    reading: 'A fájl beolvasása…',
    windows1252:
      'Ez a fájl nem UTF-8 kódolású: Windows-1252 (nyugat-európai) kódolással olvastuk be. Ellenőrizze az ékezeteket az első sorokban.',
    firstRows: '{{fileName}} első sorai',
    mappingTitle: '2. Melyik oszlop melyik mezőbe kerül',
    offeredSaved: 'Ezeket választotta legutóbb egy ugyanilyen oszlopokkal rendelkező fájlnál.',
    offeredGuessed: 'A Salesdesk az oszlopnevekből következtetett a mezőkre: kérjük, ellenőrizze őket.',
    column: 'Oszlop a fájlban',
    examples: 'Első értékek',
    field: 'Ebbe a mezőbe',
    fieldFor: 'Mező a(z) {{column}} oszlophoz',
    doNotImport: 'Nem importálja',
    missing: 'Válasszon oszlopot ehhez: {{fields}}',
    fields: {
      code: 'Ügyfélkód',
      name: 'Név',
      taxId: 'Adószám',
      line1: 'Cím',
      postalCode: 'Irányítószám',
      city: 'Település',
      country: 'Ország (ES, HU…)',
      contactName: 'Kapcsolattartó',
      email: 'E-mail',
      phone: 'Telefon',
      paymentTermsDays: 'Fizetési határidő (nap)',
      notes: 'Megjegyzés',
      sku: 'Cikkszám',
      description: 'Leírás',
      unit: 'Mennyiségi egység',
      price: 'Ár (nettó)',
      vatRate: 'Áfakulcs (%)',
      customer: 'Ügyfél (kód vagy adószám)',
      number: 'Számlaszám',
      issueDate: 'Számla kelte',
      dueDate: 'Fizetési határidő',
      currency: 'Pénznem (EUR, HUF…)',
      amount: 'Nyitott összeg'
    },
    checkTitle: '3. Ellenőrzés és importálás',
    checkIntro:
      'Az Ellenőrzés úgy olvas be minden sort, ahogy az importálás fogja, összeveti a Salesdeskben már meglévő adatokkal, és semmit sem ment.',
    check: 'Ellenőrzés',
    checking: 'A sorok ellenőrzése…',
    importing: 'Importálás…',
    run: {
      customers: 'Ügyfelek importálása',
      products: 'Termékek importálása',
      openingBalances: 'Nyitó tételek importálása'
    },
    existingLabel: 'A Salesdeskben már meglévő sorok (azonos kód vagy adószám, azonos cikkszám)',
    existing: {
      refuse: 'Mutassa hibaként',
      update: 'Frissítse ezeket a rekordokat a fájlból',
      skip: 'Hagyja ki ezeket a sorokat'
    },
    existingOpening: 'Az ügyfélnél már rögzített nyitó tételek mindig hibaként jelennek meg.',
    checkedExisting: 'Frissítendő rekordok: {{updated}}; kihagyandó sorok: {{skipped}}.',
    updated: 'Frissített rekordok',
    skipped: 'Kihagyott sorok (már a Salesdeskben)',
    checkedGood:
      'Minden sor helyes. Sorok: {{rows}}; létrehozandó tételek: {{created}}. Még semmi sincs mentve.',
    problemsFound: 'Talált hibák: {{count}}. Semmi sem lett mentve. Javítsa a fájlt, és válassza ki újra.',
    problemsLabel: 'Hibák soronként',
    row: 'Sor',
    problemField: 'Mező',
    problem: 'Hiba',
    wholeRow: '(az egész sor)',
    moreProblems: 'Itt fel nem sorolt hibák: {{count}}',
    doneTitle: 'Az importálás kész',
    rowsRead: 'Beolvasott sorok',
    created: {
      customers: 'Létrehozott ügyfelek',
      products: 'Létrehozott termékek',
      openingBalances: 'Létrehozott nyitó tételek'
    },
    openList: {
      customers: 'Ügyféllista megnyitása',
      products: 'Terméklista megnyitása',
      openingBalances: 'Korosított kintlévőségek megnyitása'
    },
    another: 'Másik fájl importálása'
  }
}

const ru: Strings<typeof en> = {
  imports: {
    title: 'Импорт',
    open: 'Импорт…',
    intro:
      'Перенесите клиентов или товары из выгрузки другой программы (CSV или Excel). Ничего не сохраняется, пока все строки не будут верны и вы не подтвердите импорт.',
    fileTitle: '1. Файл',
    kindLabel: 'Что импортировать',
    kinds: {
      customers: 'Клиенты',
      products: 'Товары (с ценами)',
      openingBalances: 'Начальные остатки (неоплаченные счета)'
    },
    file: 'Файл (.csv или .xlsx)',
    reading: 'Чтение файла…',
    windows1252:
      'Этот файл не в кодировке UTF-8: он прочитан как Windows-1252 (западноевропейская). Проверьте буквы с диакритикой в первых строках.',
    firstRows: 'Первые строки файла {{fileName}}',
    mappingTitle: '2. Какое поле заполняет каждый столбец',
    offeredSaved: 'Это сопоставление вы подтвердили в прошлый раз для файла с такими же столбцами.',
    offeredGuessed: 'Salesdesk определил поля по названиям столбцов: проверьте их.',
    column: 'Столбец файла',
    examples: 'Первые значения',
    field: 'Куда импортировать',
    fieldFor: 'Поле для столбца {{column}}',
    doNotImport: 'Не импортировать',
    missing: 'Выберите столбец для: {{fields}}',
    fields: {
      code: 'Код клиента',
      name: 'Наименование',
      taxId: 'ИНН',
      line1: 'Адрес',
      postalCode: 'Почтовый индекс',
      city: 'Город',
      country: 'Страна (ES, HU…)',
      contactName: 'Контактное лицо',
      email: 'Электронная почта',
      phone: 'Телефон',
      paymentTermsDays: 'Срок оплаты (дней)',
      notes: 'Примечания',
      sku: 'Артикул',
      description: 'Описание',
      unit: 'Единица измерения',
      price: 'Цена (без НДС)',
      vatRate: 'Ставка НДС (%)',
      customer: 'Клиент (код или ИНН)',
      number: 'Номер счёта',
      issueDate: 'Дата счёта',
      dueDate: 'Срок оплаты',
      currency: 'Валюта (EUR, HUF…)',
      amount: 'Сумма к оплате'
    },
    checkTitle: '3. Проверка и импорт',
    checkIntro:
      'Проверка читает все строки так же, как импорт, сверяет их с данными, уже имеющимися в Salesdesk, и ничего не сохраняет.',
    check: 'Проверить',
    checking: 'Проверка строк…',
    importing: 'Импорт…',
    run: {
      customers: 'Импортировать клиентов',
      products: 'Импортировать товары',
      openingBalances: 'Импортировать начальные остатки'
    },
    existingLabel: 'Строки, которые уже есть в Salesdesk (тот же код или ИНН, тот же артикул)',
    existing: {
      refuse: 'Показать их как ошибки',
      update: 'Обновить эти записи из файла',
      skip: 'Пропустить эти строки'
    },
    existingOpening: 'Уже записанные начальные остатки клиента всегда показываются как ошибки.',
    checkedExisting: 'Будет обновлено записей: {{updated}}; будет пропущено строк: {{skipped}}.',
    updated: 'Обновлено записей',
    skipped: 'Пропущено строк (уже в Salesdesk)',
    checkedGood:
      'Все строки верны. Строк: {{rows}}; будет создано записей: {{created}}. Пока ничего не сохранено.',
    problemsFound: 'Найдено ошибок: {{count}}. Ничего не сохранено. Исправьте файл и выберите его снова.',
    problemsLabel: 'Ошибки по строкам',
    row: 'Строка',
    problemField: 'Поле',
    problem: 'Ошибка',
    wholeRow: '(вся строка)',
    moreProblems: 'Ошибок, не показанных здесь: {{count}}',
    doneTitle: 'Импорт завершён',
    rowsRead: 'Прочитано строк',
    created: {
      customers: 'Создано клиентов',
      products: 'Создано товаров',
      openingBalances: 'Создано начальных остатков'
    },
    openList: {
      customers: 'Открыть список клиентов',
      products: 'Открыть список товаров',
      openingBalances: 'Открыть возрастной анализ задолженности'
    },
    another: 'Импортировать другой файл'
  }
}

export const importsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
