/**
 * The application menu in Electron, in the interface's language: the entries come from
 * `menu-template.ts` (tested without Electron); the shell rebuilds the menu when the window says
 * its language changed.
 */
import { dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { ApiResult } from '../shared/errors'
import type { Language } from '../shared/languages'
import { messageIn } from './message-language'
import { menuTemplate, menuWords, type MenuEntry } from './menu-template'

interface MenuActions {
  dataFolder: string
  backup: () => Promise<ApiResult<unknown>>
}

/** Electron.Menu: the type Menu.buildFromTemplate returns (the imported class extends it). */
export function buildMenu(actions: MenuActions, language: Language): Electron.Menu {
  const words = menuWords[language]
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    if ('type' in entry) return { type: 'separator' }
    if ('submenu' in entry) return { label: entry.label, submenu: entry.submenu.map(item) }
    if ('role' in entry) return { label: entry.label, role: entry.role }
    return {
      label: entry.label,
      click:
        entry.command === 'backup'
          ? () => void backUpNow(actions, language)
          : () => void shell.openPath(actions.dataFolder)
    }
  }
  return Menu.buildFromTemplate(menuTemplate((word) => words[word]).map(item))
}

async function backUpNow(actions: MenuActions, language: Language): Promise<void> {
  const result = await actions.backup()
  if (result.ok) {
    const { path } = result.data as { path: string }
    await dialog.showMessageBox({ message: messageIn({ key: 'backupWritten' }, language), detail: path })
  } else {
    const { key, params } = result.error
    dialog.showErrorBox(
      menuWords[language].backupFailed,
      key ? messageIn({ key, ...(params ? { params } : {}) }, language) : result.error.message
    )
  }
}
