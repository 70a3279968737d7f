/** Strings of the shared components: buttons and words every screen uses, the unsaved-changes guard, error pages: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

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
    notSet: '—',
    fixCompany: 'Open Settings → Company'
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
    home: 'Go to customers'
  },
  checks: {
    pickCustomer: 'Pick a customer',
    enterQuantity: 'Enter a quantity',
    enterPrice: 'Enter a price',
    enterPercentage: 'Enter a percentage, e.g. 10 or 12.5',
    moreThanLeft: 'More than what is left on this line',
    pickLine: 'Pick at least one line',
    dateLike: 'Use a date like 2026-03-02',
    vatRatesAsPercentages: 'Enter VAT rates as percentages, e.g. 21; 10; 4; 0',
    daysBetween: 'Enter a number of days between 1 and 365',
    logoTooLarge: 'The logo is too large: at most 512 KB'
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
    notSet: '—',
    fixCompany: 'Abrir Ajustes → Empresa'
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
    home: 'Ir a clientes'
  },
  checks: {
    pickCustomer: 'Elija un cliente',
    enterQuantity: 'Indique una cantidad',
    enterPrice: 'Indique un precio',
    enterPercentage: 'Indique un porcentaje, p. ej. 10 o 12,5',
    moreThanLeft: 'Más de lo que queda en esta línea',
    pickLine: 'Elija al menos una línea',
    dateLike: 'Use una fecha como 2026-03-02',
    vatRatesAsPercentages: 'Indique los tipos de IVA en porcentaje, p. ej. 21; 10; 4; 0',
    daysBetween: 'Indique un número de días entre 1 y 365',
    logoTooLarge: 'El logotipo es demasiado grande: 512 KB como máximo'
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
    notSet: '—',
    fixCompany: 'Obre Configuració → Empresa'
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
    home: 'Vés als clients'
  },
  checks: {
    pickCustomer: 'Trieu un client',
    enterQuantity: 'Indiqueu una quantitat',
    enterPrice: 'Indiqueu un preu',
    enterPercentage: 'Indiqueu un percentatge, p. ex. 10 o 12,5',
    moreThanLeft: 'Més del que queda en aquesta línia',
    pickLine: 'Trieu almenys una línia',
    dateLike: 'Feu servir una data com 2026-03-02',
    vatRatesAsPercentages: 'Indiqueu els tipus d’IVA en percentatge, p. ex. 21; 10; 4; 0',
    daysBetween: 'Indiqueu un nombre de dies entre 1 i 365',
    logoTooLarge: 'El logotip és massa gran: com a màxim 512 KB'
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
    notSet: '—',
    fixCompany: 'Beállítások → Cég megnyitása'
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
    home: 'Ugrás az ügyfelekhez'
  },
  checks: {
    pickCustomer: 'Válasszon ügyfelet',
    enterQuantity: 'Adja meg a mennyiséget',
    enterPrice: 'Adja meg az árat',
    enterPercentage: 'Adjon meg egy százalékot, pl. 10 vagy 12,5',
    moreThanLeft: 'Több, mint amennyi a tételből még maradt',
    pickLine: 'Válasszon legalább egy tételt',
    dateLike: 'Dátumot adjon meg, pl. 2026-03-02',
    vatRatesAsPercentages: 'Az áfakulcsokat százalékban adja meg, pl. 27; 18; 5; 0',
    daysBetween: 'Adjon meg 1 és 365 közötti napszámot',
    logoTooLarge: 'A logó túl nagy: legfeljebb 512 KB'
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
    notSet: '—',
    fixCompany: 'Открыть Настройки → Компания'
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
    home: 'К списку клиентов'
  },
  checks: {
    pickCustomer: 'Выберите клиента',
    enterQuantity: 'Укажите количество',
    enterPrice: 'Укажите цену',
    enterPercentage: 'Укажите процент, например 10 или 12,5',
    moreThanLeft: 'Больше, чем осталось по этой строке',
    pickLine: 'Выберите хотя бы одну строку',
    dateLike: 'Укажите дату в виде 2026-03-02',
    vatRatesAsPercentages: 'Укажите ставки НДС в процентах, например 20; 10; 0',
    daysBetween: 'Укажите число дней от 1 до 365',
    logoTooLarge: 'Логотип слишком большой: не более 512 КБ'
  }
}

export const componentsStrings: Translations<typeof en> = { en, es, ca, hu, ru }

/**
 * A message made by a screen's own check (a field the screen validates before calling the API): a key
 * of the `checks` table above, never English text; `tm` (i18n/index.ts) translates it where it is
 * shown. `test/i18n/renderer-checks.test.ts` fails on an English literal in a check.
 */
export type CheckKey = `checks.${keyof typeof en.checks}`
