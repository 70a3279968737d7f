/** Strings of the shared components: buttons and words every screen uses, the unsaved-changes guard, error pages: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { MessageTranslations, Strings, Translations } from '../../../shared/languages'

const en = {
  common: {
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    archive: 'Archive',
    reload: 'Reload the saved version',
    restore: 'Restore',
    remove: 'Remove',
    add: 'Add',
    back: 'Back to the list',
    search: 'Search',
    exportXlsx: 'Export to Excel',
    exporting: 'Exporting…',
    exported: 'Saved {{fileName}}.',
    loading: 'Loading…',
    loadingRow: 'Loading…',
    yes: 'Yes',
    no: 'No',
    all: 'All',
    active: 'Active',
    inactive: 'Inactive',
    created: 'Created',
    updated: 'Last changed',
    notFound: 'This record does not exist (any more).',
    noResults: 'Nothing matches these filters.',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    shortcutSave: 'Ctrl+S saves',
    required: 'required',
    notSet: '—'
  },
  guard: {
    title: 'Leave without saving?',
    body: 'You have changes that are not saved yet. If you leave now, they are lost.',
    stay: 'Stay and keep editing',
    leave: 'Leave without saving'
  },
  errors: {
    title: 'Something went wrong',
    body: 'Salesdesk ran into a problem showing this page. Your saved data is safe.',
    reload: 'Reload Salesdesk',
    home: 'Go to customers',
    checkFields: 'Please correct the marked fields.'
  }
}

const es: Strings<typeof en> = {
  common: {
    save: 'Guardar',
    saving: 'Guardando…',
    saved: 'Guardado.',
    cancel: 'Cancelar',
    close: 'Cerrar',
    delete: 'Eliminar',
    archive: 'Archivar',
    reload: 'Cargar la versión guardada',
    restore: 'Restaurar',
    remove: 'Quitar',
    add: 'Añadir',
    back: 'Volver a la lista',
    search: 'Buscar',
    exportXlsx: 'Exportar a Excel',
    exporting: 'Exportando…',
    exported: 'Guardado {{fileName}}.',
    loading: 'Cargando…',
    loadingRow: 'Cargando…',
    yes: 'Sí',
    no: 'No',
    all: 'Todos',
    active: 'Activo',
    inactive: 'Inactivo',
    created: 'Creado',
    updated: 'Último cambio',
    notFound: 'Este registro no existe (o ya no existe).',
    noResults: 'Nada coincide con estos filtros.',
    sortAscending: 'orden ascendente',
    sortDescending: 'orden descendente',
    shortcutSave: 'Ctrl+S guarda',
    required: 'obligatorio',
    notSet: '—'
  },
  guard: {
    title: '¿Salir sin guardar?',
    body: 'Tiene cambios sin guardar. Si sale ahora, se perderán.',
    stay: 'Quedarme y seguir editando',
    leave: 'Salir sin guardar'
  },
  errors: {
    title: 'Algo ha fallado',
    body: 'Salesdesk ha tenido un problema al mostrar esta página. Sus datos guardados están a salvo.',
    reload: 'Recargar Salesdesk',
    home: 'Ir a clientes',
    checkFields: 'Corrija los campos marcados.'
  }
}

const ca: Strings<typeof en> = {
  common: {
    save: 'Desa',
    saving: 'S’està desant…',
    saved: 'Desat.',
    cancel: 'Cancel·la',
    close: 'Tanca',
    delete: 'Suprimeix',
    archive: 'Arxiva',
    reload: 'Torna a carregar la versió desada',
    restore: 'Restaura',
    remove: 'Treu',
    add: 'Afegeix',
    back: 'Torna a la llista',
    search: 'Cerca',
    exportXlsx: 'Exporta a Excel',
    exporting: 'S’està exportant…',
    exported: 'S’ha desat {{fileName}}.',
    loading: 'S’està carregant…',
    loadingRow: 'S’està carregant…',
    yes: 'Sí',
    no: 'No',
    all: 'Tots',
    active: 'Actiu',
    inactive: 'Inactiu',
    created: 'Creat',
    updated: 'Darrer canvi',
    notFound: 'Aquest registre no existeix (o ja no existeix).',
    noResults: 'No hi ha res que coincideixi amb aquests filtres.',
    sortAscending: 'ordre ascendent',
    sortDescending: 'ordre descendent',
    shortcutSave: 'Ctrl+S desa',
    required: 'obligatori',
    notSet: '—'
  },
  guard: {
    title: 'Voleu sortir sense desar?',
    body: 'Teniu canvis que encara no s’han desat. Si sortiu ara, es perdran.',
    stay: 'Continua editant',
    leave: 'Surt sense desar'
  },
  errors: {
    title: 'Alguna cosa ha fallat',
    body: 'Salesdesk ha tingut un problema en mostrar aquesta pàgina. Les dades desades són segures.',
    reload: 'Torna a carregar Salesdesk',
    home: 'Vés als clients',
    checkFields: 'Corregiu els camps marcats.'
  }
}

const hu: Strings<typeof en> = {
  common: {
    save: 'Mentés',
    saving: 'Mentés…',
    saved: 'Mentve.',
    cancel: 'Mégse',
    close: 'Bezárás',
    delete: 'Törlés',
    archive: 'Archiválás',
    reload: 'A mentett változat újratöltése',
    restore: 'Visszaállítás',
    remove: 'Eltávolítás',
    add: 'Hozzáadás',
    back: 'Vissza a listához',
    search: 'Keresés',
    exportXlsx: 'Exportálás Excelbe',
    exporting: 'Exportálás…',
    exported: 'Mentve: {{fileName}}.',
    loading: 'Betöltés…',
    loadingRow: 'Betöltés…',
    yes: 'Igen',
    no: 'Nem',
    all: 'Mind',
    active: 'Aktív',
    inactive: 'Inaktív',
    created: 'Létrehozva',
    updated: 'Utoljára módosítva',
    notFound: 'Ez a rekord nem létezik (már).',
    noResults: 'Semmi sem felel meg ezeknek a szűrőknek.',
    sortAscending: 'növekvő sorrendben',
    sortDescending: 'csökkenő sorrendben',
    shortcutSave: 'Ctrl+S: mentés',
    required: 'kötelező',
    notSet: '—'
  },
  guard: {
    title: 'Kilép mentés nélkül?',
    body: 'Vannak még nem mentett módosításai. Ha most kilép, elvesznek.',
    stay: 'Maradok és szerkesztek tovább',
    leave: 'Kilépés mentés nélkül'
  },
  errors: {
    title: 'Hiba történt',
    body: 'A Salesdesk nem tudta megjeleníteni ezt az oldalt. A mentett adatai biztonságban vannak.',
    reload: 'A Salesdesk újratöltése',
    home: 'Ugrás az ügyfelekhez',
    checkFields: 'Kérjük, javítsa a megjelölt mezőket.'
  }
}

const ru: Strings<typeof en> = {
  common: {
    save: 'Сохранить',
    saving: 'Сохранение…',
    saved: 'Сохранено.',
    cancel: 'Отмена',
    close: 'Закрыть',
    delete: 'Удалить',
    archive: 'В архив',
    reload: 'Загрузить сохранённую версию',
    restore: 'Восстановить',
    remove: 'Убрать',
    add: 'Добавить',
    back: 'Назад к списку',
    search: 'Поиск',
    exportXlsx: 'Выгрузить в Excel',
    exporting: 'Выгрузка…',
    exported: 'Сохранено: {{fileName}}.',
    loading: 'Загрузка…',
    loadingRow: 'Загрузка…',
    yes: 'Да',
    no: 'Нет',
    all: 'Все',
    active: 'Активен',
    inactive: 'Неактивен',
    created: 'Создано',
    updated: 'Последнее изменение',
    notFound: 'Эта запись не существует (или уже удалена).',
    noResults: 'Ничего не найдено по этим фильтрам.',
    sortAscending: 'по возрастанию',
    sortDescending: 'по убыванию',
    shortcutSave: 'Ctrl+S — сохранить',
    required: 'обязательно',
    notSet: '—'
  },
  guard: {
    title: 'Уйти без сохранения?',
    body: 'Есть несохранённые изменения. Если уйти сейчас, они будут потеряны.',
    stay: 'Остаться и продолжить',
    leave: 'Уйти без сохранения'
  },
  errors: {
    title: 'Что-то пошло не так',
    body: 'Salesdesk не смог показать эту страницу. Сохранённые данные в безопасности.',
    reload: 'Перезапустить Salesdesk',
    home: 'К списку клиентов',
    checkFields: 'Исправьте отмеченные поля.'
  }
}

export const componentsStrings: Translations<typeof en> = { en, es, ca, hu, ru }

/** English messages of the schemas and the API, translated. */
export const componentsMessages: MessageTranslations = {
  es: {
    'Please correct the marked fields.': 'Corrija los campos marcados.',
    'Name is required': 'El nombre es obligatorio',
    'Contact name is required': 'El nombre del contacto es obligatorio',
    'SKU is required': 'El SKU es obligatorio',
    'Unit is required': 'La unidad es obligatoria',
    'At most {n} characters': 'Como máximo {n} caracteres',
    'The sales executive is missing': 'Falta el comercial',
    'The week is missing': 'Falta la semana',
    'The value is missing': 'Falta el valor',
    'The valid-from date is missing': 'Falta la fecha de inicio',
    'Choose a file': 'Elija un archivo',
    'This sent report does not exist.': 'Este informe enviado no existe.',
    'Not a valid e-mail address, e.g. name@example.com':
      'No es una dirección de correo válida, p. ej. nombre@ejemplo.com',
    'Use digits, spaces and + ( ) - . / only': 'Use solo cifras, espacios y + ( ) - . /',
    'Use letters, digits and . _ - / only': 'Use solo letras, cifras y . _ - /',
    'Use a two-letter country code, e.g. ES or HU': 'Use un código de país de dos letras, p. ej. ES o HU',
    'Enter a number of days': 'Escriba un número de días',
    'Whole days only': 'Solo días enteros',
    'Cannot be negative': 'No puede ser negativo',
    'At most 365 days': 'Como máximo 365 días',
    'At most 50 contacts': 'Como máximo 50 contactos',
    'Prices are whole cents': 'Los precios son céntimos enteros',
    'VAT cannot be negative': 'El IVA no puede ser negativo',
    'VAT is at most 100 %': 'El IVA es como máximo 100 %',
    'This sales executive does not exist': 'Este comercial no existe',
    'Some of the chosen products do not exist': 'Algunos de los productos elegidos no existen',
    'This code is already used by another customer': 'Este código ya lo usa otro cliente',
    'This SKU is already used by another product': 'Este SKU ya lo usa otro producto',
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Este cliente se ha modificado en otro lugar desde que lo abrió. Vuelva a cargarlo y repita el cambio.',
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.':
      'Este cliente tiene historial (documentos o visitas), así que no se puede eliminar. Archívelo en su lugar.',
    'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?':
      'No se puede contactar con Salesdesk. ¿Sigue abierta la ventana de Salesdesk o `salesdesk serve`?',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Algo ha fallado y no se ha guardado nada. Inténtelo de nuevo; si sigue ocurriendo, haga una copia de seguridad y contacte con soporte.'
  },
  ca: {
    'Please correct the marked fields.': 'Corregiu els camps marcats.',
    'Name is required': 'El nom és obligatori',
    'Contact name is required': 'El nom del contacte és obligatori',
    'SKU is required': 'El codi d’article és obligatori',
    'Unit is required': 'La unitat és obligatòria',
    'At most {n} characters': 'Com a màxim {n} caràcters',
    'The sales executive is missing': 'Falta el comercial',
    'The week is missing': 'Falta la setmana',
    'The value is missing': 'Falta el valor',
    'The valid-from date is missing': 'Falta la data d’inici de vigència',
    'Choose a file': 'Trieu un fitxer',
    'This sent report does not exist.': 'Aquest informe enviat no existeix.',
    'Not a valid e-mail address, e.g. name@example.com':
      'No és una adreça de correu vàlida, p. ex. nom@exemple.cat',
    'Use digits, spaces and + ( ) - . / only': 'Feu servir només xifres, espais i + ( ) - . /',
    'Use letters, digits and . _ - / only': 'Feu servir només lletres, xifres i . _ - /',
    'Use a two-letter country code, e.g. ES or HU':
      'Feu servir un codi de país de dues lletres, p. ex. ES o HU',
    'Enter a number of days': 'Escriviu un nombre de dies',
    'Whole days only': 'Només dies sencers',
    'Cannot be negative': 'No pot ser negatiu',
    'At most 365 days': 'Com a màxim 365 dies',
    'At most 50 contacts': 'Com a màxim 50 contactes',
    'Prices are whole cents': 'Els preus són cèntims sencers',
    'VAT cannot be negative': 'L’IVA no pot ser negatiu',
    'VAT is at most 100 %': 'L’IVA és com a màxim el 100 %',
    'This sales executive does not exist': 'Aquest comercial no existeix',
    'Some of the chosen products do not exist': 'Alguns dels productes triats no existeixen',
    'This code is already used by another customer': 'Aquest codi ja el fa servir un altre client',
    'This SKU is already used by another product': 'Aquest codi d’article ja el fa servir un altre producte',
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Aquest client s’ha modificat en un altre lloc des que l’heu obert. Torneu-lo a carregar i repetiu el canvi.',
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.':
      'Aquest client té historial (documents o visites) i no es pot suprimir. Arxiveu-lo.',
    'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?':
      'No es pot contactar amb Salesdesk. Encara és oberta la finestra de Salesdesk o `salesdesk serve`?',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Alguna cosa ha fallat i no s’ha desat res. Torneu-ho a provar; si continua passant, feu una còpia de seguretat i contacteu amb el suport.'
  },
  hu: {
    'Please correct the marked fields.': 'Kérjük, javítsa a megjelölt mezőket.',
    'Name is required': 'A név kötelező',
    'Contact name is required': 'A kapcsolattartó neve kötelező',
    'SKU is required': 'A cikkszám kötelező',
    'Unit is required': 'A mértékegység kötelező',
    'At most {n} characters': 'Legfeljebb {n} karakter',
    'The sales executive is missing': 'Hiányzik az értékesítő',
    'The week is missing': 'Hiányzik a hét',
    'The value is missing': 'Hiányzik az érték',
    'The valid-from date is missing': 'Hiányzik az érvényesség kezdete',
    'Choose a file': 'Válasszon fájlt',
    'This sent report does not exist.': 'Ez az elküldött jelentés nem létezik.',
    'Not a valid e-mail address, e.g. name@example.com': 'Érvénytelen e-mail-cím, pl. nev@pelda.hu',
    'Use digits, spaces and + ( ) - . / only': 'Csak számjegyek, szóközök és + ( ) - . / használható',
    'Use letters, digits and . _ - / only': 'Csak betűk, számjegyek és . _ - / használható',
    'Use a two-letter country code, e.g. ES or HU': 'Kétbetűs országkódot adjon meg, pl. ES vagy HU',
    'Enter a number of days': 'Adja meg a napok számát',
    'Whole days only': 'Csak egész nap',
    'Cannot be negative': 'Nem lehet negatív',
    'At most 365 days': 'Legfeljebb 365 nap',
    'At most 50 contacts': 'Legfeljebb 50 kapcsolattartó',
    'Prices are whole cents': 'Az árak egész fillérek/centek',
    'VAT cannot be negative': 'Az áfa nem lehet negatív',
    'VAT is at most 100 %': 'Az áfa legfeljebb 100%',
    'This sales executive does not exist': 'Ez az értékesítő nem létezik',
    'Some of the chosen products do not exist': 'A kiválasztott termékek némelyike nem létezik',
    'This code is already used by another customer': 'Ezt a kódot már egy másik ügyfél használja',
    'This SKU is already used by another product': 'Ezt a cikkszámot már egy másik termék használja',
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Ezt az ügyfelet máshol módosították, mióta megnyitotta. Töltse be újra, majd végezze el újra a módosítást.',
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.':
      'Ennek az ügyfélnek vannak előzményei (bizonylatok vagy látogatások), ezért nem törölhető. Archiválja helyette.',
    'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?':
      'A Salesdesk nem érhető el. Fut még a Salesdesk ablaka vagy a `salesdesk serve`?',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Hiba történt, semmi sem lett mentve. Próbálja újra; ha továbbra is előfordul, készítsen biztonsági mentést, és forduljon az ügyfélszolgálathoz.'
  },
  ru: {
    'Please correct the marked fields.': 'Исправьте отмеченные поля.',
    'Name is required': 'Укажите наименование',
    'Contact name is required': 'Укажите имя контактного лица',
    'SKU is required': 'Укажите артикул',
    'Unit is required': 'Укажите единицу измерения',
    'At most {n} characters': 'Не более {n} символов',
    'The sales executive is missing': 'Не указан менеджер',
    'The week is missing': 'Не указана неделя',
    'The value is missing': 'Не указано значение',
    'The valid-from date is missing': 'Не указана дата начала действия',
    'Choose a file': 'Выберите файл',
    'This sent report does not exist.': 'Такого отправленного отчёта нет.',
    'Not a valid e-mail address, e.g. name@example.com': 'Неверный адрес e-mail, например name@example.ru',
    'Use digits, spaces and + ( ) - . / only': 'Допустимы только цифры, пробелы и + ( ) - . /',
    'Use letters, digits and . _ - / only': 'Допустимы только буквы, цифры и . _ - /',
    'Use a two-letter country code, e.g. ES or HU': 'Укажите двухбуквенный код страны, например ES или HU',
    'Enter a number of days': 'Укажите количество дней',
    'Whole days only': 'Только целое число дней',
    'Cannot be negative': 'Не может быть отрицательным',
    'At most 365 days': 'Не более 365 дней',
    'At most 50 contacts': 'Не более 50 контактов',
    'Prices are whole cents': 'Цены указываются в целых копейках (центах)',
    'VAT cannot be negative': 'НДС не может быть отрицательным',
    'VAT is at most 100 %': 'НДС не может превышать 100 %',
    'This sales executive does not exist': 'Такого менеджера нет',
    'Some of the chosen products do not exist': 'Некоторых выбранных товаров нет',
    'This code is already used by another customer': 'Этот код уже занят другим клиентом',
    'This SKU is already used by another product': 'Этот артикул уже занят другим товаром',
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Клиент был изменён в другом месте после того, как вы его открыли. Загрузите его заново и повторите изменение.',
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.':
      'У клиента есть история (документы или визиты), поэтому удалить его нельзя. Переместите его в архив.',
    'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?':
      'Нет связи с Salesdesk. Открыто ли окно Salesdesk или запущен ли `salesdesk serve`?',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Произошла ошибка, ничего не сохранено. Попробуйте ещё раз; если ошибка повторяется, сделайте резервную копию и обратитесь в поддержку.'
  }
}
