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
    home: 'Go to customers'
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
    home: 'Ir a clientes'
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
    home: 'Vés als clients'
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
    home: 'Ugrás az ügyfelekhez'
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
    home: 'К списку клиентов'
  }
}

export const componentsStrings: Translations<typeof en> = { en, es, ca, hu, ru }

/** English messages of the schemas and the API, translated. */
export const componentsMessages: MessageTranslations = {
  es: {
    'At most {n} characters': 'Como máximo {n} caracteres',
    'Choose a file': 'Elija un archivo',
    'This sent report does not exist.': 'Este informe enviado no existe.',
    'Enter a number of days': 'Escriba un número de días',
    'Prices are whole cents': 'Los precios son céntimos enteros',
    'VAT cannot be negative': 'El IVA no puede ser negativo',
    'VAT is at most 100 %': 'El IVA es como máximo 100 %',
    'This sales executive does not exist': 'Este comercial no existe',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Algo ha fallado y no se ha guardado nada. Inténtelo de nuevo; si sigue ocurriendo, haga una copia de seguridad y contacte con soporte.'
  },
  ca: {
    'At most {n} characters': 'Com a màxim {n} caràcters',
    'Choose a file': 'Trieu un fitxer',
    'This sent report does not exist.': 'Aquest informe enviat no existeix.',
    'Enter a number of days': 'Escriviu un nombre de dies',
    'Prices are whole cents': 'Els preus són cèntims sencers',
    'VAT cannot be negative': 'L’IVA no pot ser negatiu',
    'VAT is at most 100 %': 'L’IVA és com a màxim el 100 %',
    'This sales executive does not exist': 'Aquest comercial no existeix',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Alguna cosa ha fallat i no s’ha desat res. Torneu-ho a provar; si continua passant, feu una còpia de seguretat i contacteu amb el suport.'
  },
  hu: {
    'At most {n} characters': 'Legfeljebb {n} karakter',
    'Choose a file': 'Válasszon fájlt',
    'This sent report does not exist.': 'Ez az elküldött jelentés nem létezik.',
    'Enter a number of days': 'Adja meg a napok számát',
    'Prices are whole cents': 'Az árak egész fillérek/centek',
    'VAT cannot be negative': 'Az áfa nem lehet negatív',
    'VAT is at most 100 %': 'Az áfa legfeljebb 100%',
    'This sales executive does not exist': 'Ez az értékesítő nem létezik',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Hiba történt, semmi sem lett mentve. Próbálja újra; ha továbbra is előfordul, készítsen biztonsági mentést, és forduljon az ügyfélszolgálathoz.'
  },
  ru: {
    'At most {n} characters': 'Не более {n} символов',
    'Choose a file': 'Выберите файл',
    'This sent report does not exist.': 'Такого отправленного отчёта нет.',
    'Enter a number of days': 'Укажите количество дней',
    'Prices are whole cents': 'Цены указываются в целых копейках (центах)',
    'VAT cannot be negative': 'НДС не может быть отрицательным',
    'VAT is at most 100 %': 'НДС не может превышать 100 %',
    'This sales executive does not exist': 'Такого менеджера нет',
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.':
      'Произошла ошибка, ничего не сохранено. Попробуйте ещё раз; если ошибка повторяется, сделайте резервную копию и обратитесь в поддержку.'
  }
}
