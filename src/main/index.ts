/**
 * The Electron shell: one hardened window, the menu, dialogs and the IPC wiring.
 * Everything else (store, API, services) is Electron-free and lives beside this file.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron'
import { registerIpc, registerLanguage } from './ipc'
import { languageOfLocale, type Language } from '../shared/languages'
import { registerPdfViewer } from './pdf-viewer'
import { defaultDataFolder, defaultDatabasePath } from './paths'
import { startSalesdesk, type Salesdesk } from './runtime'
import { CONTENT_SECURITY_POLICY } from './host/static'
import { buildMenu } from './menu'
import { menuWords } from './menu-template'
import { openFailureText } from './message-language'
import { closeBeforeQuit } from './quit'
import { encryptedFileSecretStore } from './verifactu/secrets'

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererUrl =
  process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href

/** Only plain web links may leave the app, and only to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:'
  } catch {
    return false
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Salesdesk',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true
    }
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== window.webContents.getURL()) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void window.loadURL(rendererUrl)
  return window
}

/** A document's PDF in Chromium's viewer (zoom, pages, print), in a window that cannot go anywhere else. */
// Electron.BrowserWindow: the type BrowserWindow.getFocusedWindow() returns (the imported class extends it).
function showPdfWindow(file: string, title: string, parent: Electron.BrowserWindow | undefined): void {
  const viewer = new BrowserWindow({
    width: 900,
    height: 1000,
    title,
    parent,
    // A session of its own (in memory): the app page's CSP header is not forced onto Chromium's PDF viewer.
    webPreferences: {
      partition: 'salesdesk-pdf',
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    }
  })
  viewer.setMenuBarVisibility(false)
  const url = pathToFileURL(file).href
  viewer.webContents.on('will-navigate', (event, target) => {
    if (target !== url) event.preventDefault()
  })
  viewer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  void viewer.loadURL(url)
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  await app.whenReady()
  const dataFolder = defaultDataFolder()
  mkdirSync(dataFolder, { recursive: true })
  const logFile = join(dataFolder, 'salesdesk.log')
  let salesdesk: Salesdesk
  try {
    salesdesk = await startSalesdesk({
      databasePath: defaultDatabasePath(dataFolder),
      dataFolder,
      checkRecords: true,
      // The database's lock: `serve` or a restore on the same file is refused while the app runs.
      exclusive: true,
      // Credentials (NAV technical user, AEAT certificate password) sealed by the operating system.
      secrets: encryptedFileSecretStore(join(dataFolder, 'secrets.json'), safeStorage),
      background: true,
      // Start and clean shutdown go into the VERI*FACTU event log.
      systemLog: 'app',
      reportError: (method, error) =>
        appendFileSync(
          logFile,
          `${new Date().toISOString()} ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
        )
    })
  } catch (error) {
    const language = languageOfLocale(app.getLocale())
    dialog.showErrorBox(menuWords[language].cannotOpen, openFailureText(error, language))
    app.quit()
    return
  }
  hardenSession()
  registerIpc(ipcMain, salesdesk.api.dispatch, rendererUrl)
  const closePdfViewer = registerPdfViewer(ipcMain, {
    appUrl: rendererUrl,
    folder: join(tmpdir(), `salesdesk-pdf-${process.pid}`),
    open: (file, title) => showPdfWindow(file, title, BrowserWindow.getFocusedWindow() ?? undefined)
  })
  // The menu speaks the window's language: the computer's until the page says which it shows.
  const showMenu = (language: Language) =>
    Menu.setApplicationMenu(
      buildMenu({ dataFolder, backup: () => salesdesk.api.dispatch('app.backup', {}) }, language)
    )
  showMenu(languageOfLocale(app.getLocale()))
  registerLanguage(ipcMain, rendererUrl, showMenu)
  let window = createWindow()
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow()
  })
  app.on('window-all-closed', () => app.quit())
  // Quitting waits for the app to close (requests under way answered, the stop event, the store).
  closeBeforeQuit(
    app,
    async () => {
      closePdfViewer()
      await salesdesk.close()
    },
    (error) => {
      appendFileSync(logFile, `${new Date().toISOString()} quit: ${String(error)}\n`)
    }
  )
  app.on('web-contents-created', (_event, contents) =>
    contents.on('will-attach-webview', (e) => e.preventDefault())
  )
}

void main()
