import { dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { englishMessage, type ApiResult } from '../shared/errors'

interface MenuActions {
  dataFolder: string
  backup: () => Promise<ApiResult<unknown>>
}

/** Electron.Menu: the type Menu.buildFromTemplate returns (the imported class extends it). */
export function buildMenu(actions: MenuActions): Electron.Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'Back up now',
          click: () => void backUpNow(actions)
        },
        { label: 'Open data folder', click: () => void shell.openPath(actions.dataFolder) },
        { type: 'separator' },
        { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' }
  ]
  return Menu.buildFromTemplate(template)
}

async function backUpNow(actions: MenuActions): Promise<void> {
  const result = await actions.backup()
  if (result.ok) {
    const { path } = result.data as { path: string }
    await dialog.showMessageBox({ message: englishMessage({ key: 'backupWritten' }), detail: path })
  } else {
    dialog.showErrorBox('Backup failed', result.error.message)
  }
}
