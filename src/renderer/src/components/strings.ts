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

export const componentsStrings: Translations<typeof en> = { en, es }

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
  }
}
