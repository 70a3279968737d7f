/**
 * The application menu as data, in the interface's language (issue 14), free of Electron so it can
 * be tested here: `menu.ts` turns it into Electron's menu and rebuilds it when the window says the
 * language changed. Every item carries its own label, the standard ones (Edit, View, Window, Quit)
 * too, since Electron's role labels follow the computer's language, not the one chosen in Salesdesk.
 */
import type { Language } from '../shared/languages'

const en = {
  file: 'File',
  backUpNow: 'Back up now',
  openDataFolder: 'Open data folder',
  quit: 'Quit Salesdesk',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  togglefullscreen: 'Full screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close window',
  backupFailed: 'Backup failed',
  cannotOpen: 'Salesdesk cannot open your data'
}
export type MenuWord = keyof typeof en

export const menuWords: Record<Language, Record<MenuWord, string>> = {
  en,
  es: {
    file: 'Archivo',
    backUpNow: 'Hacer copia de seguridad ahora',
    openDataFolder: 'Abrir la carpeta de datos',
    quit: 'Salir de Salesdesk',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    reload: 'Volver a cargar',
    forceReload: 'Forzar la recarga',
    toggleDevTools: 'Herramientas de desarrollo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    togglefullscreen: 'Pantalla completa',
    window: 'Ventana',
    minimize: 'Minimizar',
    zoom: 'Zoom',
    close: 'Cerrar la ventana',
    backupFailed: 'No se ha podido hacer la copia de seguridad',
    cannotOpen: 'Salesdesk no puede abrir sus datos'
  },
  ca: {
    file: 'Fitxer',
    backUpNow: 'Fes una còpia de seguretat ara',
    openDataFolder: 'Obre la carpeta de dades',
    quit: 'Surt de Salesdesk',
    edit: 'Edició',
    undo: 'Desfés',
    redo: 'Refés',
    cut: 'Retalla',
    copy: 'Copia',
    paste: 'Enganxa',
    selectAll: 'Selecciona-ho tot',
    view: 'Visualització',
    reload: 'Torna a carregar',
    forceReload: 'Força la recàrrega',
    toggleDevTools: 'Eines de desenvolupament',
    resetZoom: 'Mida real',
    zoomIn: 'Amplia',
    zoomOut: 'Redueix',
    togglefullscreen: 'Pantalla completa',
    window: 'Finestra',
    minimize: 'Minimitza',
    zoom: 'Zoom',
    close: 'Tanca la finestra',
    backupFailed: 'No s’ha pogut fer la còpia de seguretat',
    cannotOpen: 'Salesdesk no pot obrir les vostres dades'
  },
  hu: {
    file: 'Fájl',
    backUpNow: 'Biztonsági mentés most',
    openDataFolder: 'Adatmappa megnyitása',
    quit: 'Kilépés a Salesdeskből',
    edit: 'Szerkesztés',
    undo: 'Visszavonás',
    redo: 'Újra',
    cut: 'Kivágás',
    copy: 'Másolás',
    paste: 'Beillesztés',
    selectAll: 'Az összes kijelölése',
    view: 'Nézet',
    reload: 'Újratöltés',
    forceReload: 'Kényszerített újratöltés',
    toggleDevTools: 'Fejlesztői eszközök',
    resetZoom: 'Eredeti méret',
    zoomIn: 'Nagyítás',
    zoomOut: 'Kicsinyítés',
    togglefullscreen: 'Teljes képernyő',
    window: 'Ablak',
    minimize: 'Kis méret',
    zoom: 'Nagyítás/kicsinyítés',
    close: 'Ablak bezárása',
    backupFailed: 'A biztonsági mentés nem sikerült',
    cannotOpen: 'A Salesdesk nem tudja megnyitni az adatait'
  },
  ru: {
    file: 'Файл',
    backUpNow: 'Создать резервную копию',
    openDataFolder: 'Открыть папку с данными',
    quit: 'Выйти из Salesdesk',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    forceReload: 'Принудительно перезагрузить',
    toggleDevTools: 'Инструменты разработчика',
    resetZoom: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    togglefullscreen: 'Во весь экран',
    window: 'Окно',
    minimize: 'Свернуть',
    zoom: 'Масштаб',
    close: 'Закрыть окно',
    backupFailed: 'Не удалось создать резервную копию',
    cannotOpen: 'Salesdesk не может открыть ваши данные'
  }
}

/** Electron's standard actions the menu offers, named as Electron names them. */
type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'

/** One menu entry: a submenu, an Electron role, one of our commands, or a separator. */
export type MenuEntry =
  | { label: string; submenu: MenuEntry[] }
  | { label: string; role: MenuRole }
  | { label: string; command: 'backup' | 'dataFolder' }
  | { type: 'separator' }

const separator: MenuEntry = { type: 'separator' }

/** The menu with every label from `t` (the interface language's words). */
export function menuTemplate(t: (word: MenuWord) => string): MenuEntry[] {
  const role = (name: MenuRole & MenuWord): MenuEntry => ({ label: t(name), role: name })
  return [
    {
      label: t('file'),
      submenu: [
        { label: t('backUpNow'), command: 'backup' },
        { label: t('openDataFolder'), command: 'dataFolder' },
        separator,
        role('quit')
      ]
    },
    {
      label: t('edit'),
      submenu: [
        role('undo'),
        role('redo'),
        separator,
        role('cut'),
        role('copy'),
        role('paste'),
        role('selectAll')
      ]
    },
    {
      label: t('view'),
      submenu: [
        role('reload'),
        role('forceReload'),
        role('toggleDevTools'),
        separator,
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        separator,
        role('togglefullscreen')
      ]
    },
    { label: t('window'), submenu: [role('minimize'), role('zoom'), role('close')] }
  ]
}
