/**
 * The IPC adapter and the Electron shell. Electron cannot run here, so `electron` is mocked:
 * src/main/index.ts is imported for real (it starts at import) against a temp data folder.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { isTrustedSenderUrl, registerIpc, type Dispatch } from '../src/main/ipc'
import type { InvokeChannels } from '../src/main/pdf-viewer'
import { IPC_CHANNEL, LANGUAGE_CHANNEL, PDF_CHANNEL } from '../src/shared/transport'
import { required } from '../src/shared/required'

/** What the mocked Electron stores: callbacks the tests call with the arguments Electron would pass. */
type Listener = (...args: unknown[]) => unknown
type IpcListener = Parameters<InvokeChannels['handle']>[1]

interface MockWindowOptions {
  webPreferences: Record<string, unknown>
}

const electron = vi.hoisted(() => {
  const state = {
    windows: [] as MockWindow[],
    ipcHandlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    permissionHandler: null as Listener | null,
    headersHandler: null as Listener | null,
    openExternal: [] as string[],
    errorBoxes: [] as string[],
    quits: 0,
    menu: null as unknown
  }
  class MockWindow {
    static getAllWindows = () => state.windows
    static getFocusedWindow = () => state.windows[0] ?? null
    options: MockWindowOptions
    listeners = new Map<string, Listener>()
    loadedUrl = ''
    openHandler: Listener | null = null
    webContents = {
      on: (event: string, listener: Listener) => this.listeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => {
        this.openHandler = handler
      },
      getURL: () => this.loadedUrl
    }
    constructor(options: MockWindowOptions) {
      this.options = options
      state.windows.push(this)
    }
    once() {}
    setMenuBarVisibility() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
  }
  const app = {
    requestSingleInstanceLock: () => true,
    // The computer's language: the menu starts in it, until the page says which it shows.
    getLocale: () => 'hu-HU',
    whenReady: () => Promise.resolve(),
    quit: () => {
      state.quits++
    },
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, listener)
      return app
    }
  }
  return {
    state,
    module: {
      // The shell seals credentials with the OS keychain; here a reversible stand-in.
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (text: string) => Buffer.from(`sealed:${text}`),
        decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, '')
      },
      app,
      BrowserWindow: MockWindow,
      ipcMain: {
        handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
        removeHandler: (channel: string) => state.ipcHandlers.delete(channel)
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: Listener) => {
            state.permissionHandler = handler
          },
          webRequest: {
            onHeadersReceived: (handler: Listener) => {
              state.headersHandler = handler
            }
          }
        }
      },
      shell: {
        openExternal: (url: string) => {
          state.openExternal.push(url)
          return Promise.resolve()
        },
        openPath: () => Promise.resolve('')
      },
      dialog: {
        showErrorBox: (title: string, message: string) => state.errorBoxes.push(`${title}: ${message}`),
        showMessageBox: () => Promise.resolve({ response: 0 })
      },
      Menu: {
        buildFromTemplate: (template: unknown) => ({ template }),
        setApplicationMenu: (menu: unknown) => {
          state.menu = menu
        }
      }
    }
  }
})

vi.mock('electron', () => ({ ...electron.module, default: electron.module }))

describe('the IPC adapter', () => {
  const appUrl = 'file:///opt/Salesdesk/resources/app.asar/out/renderer/index.html'

  it('trusts only the app page itself', () => {
    expect(isTrustedSenderUrl(appUrl, appUrl)).toBe(true)
    expect(isTrustedSenderUrl(`${appUrl}#/customers/12`, appUrl)).toBe(true)
    expect(isTrustedSenderUrl('file:///tmp/evil/index.html', appUrl)).toBe(false)
    expect(isTrustedSenderUrl('https://example.com/index.html', appUrl)).toBe(false)
    expect(isTrustedSenderUrl('about:blank', appUrl)).toBe(false)
    expect(isTrustedSenderUrl('', appUrl)).toBe(false)
    expect(isTrustedSenderUrl(undefined, appUrl)).toBe(false)
    expect(isTrustedSenderUrl('not a url', appUrl)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isTrustedSenderUrl('http://evil.localhost:5173/', 'http://localhost:5173/')).toBe(false)
  })

  it('refuses calls from other frames with "forbidden" and passes the app page through to dispatch', async () => {
    const handlers = new Map<string, IpcListener>()
    const calls: unknown[][] = []
    const dispatch: Dispatch = (method, payload) => {
      calls.push([method, payload])
      return Promise.resolve({ ok: true, data: 'dispatched' })
    }
    const unregister = registerIpc(
      {
        handle: (ch: string, l: IpcListener) => void handlers.set(ch, l),
        removeHandler: (ch: string) => void handlers.delete(ch)
      },
      dispatch,
      appUrl
    )
    const handler = required(handlers.get(IPC_CHANNEL), 'handlers.get(IPC_CHANNEL)')
    expect(handler).toBeTypeOf('function')
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', undefined]) {
      const result = await handler({ senderFrame: url === undefined ? null : { url } }, 'customers.list', {})
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(result).toHaveProperty('error.message', expect.stringMatching(/\S/))
    }
    expect(calls).toEqual([])
    expect(await handler({ senderFrame: { url: appUrl } }, 'customers.get', { id: 3 })).toEqual({
      ok: true,
      data: 'dispatched'
    })
    expect(calls).toEqual([['customers.get', { id: 3 }]])
    unregister()
    expect(handlers.has(IPC_CHANNEL)).toBe(false)
  })
})

describe('the Electron shell (src/main/index.ts with electron mocked)', () => {
  let dataFolder: string
  let window: (typeof electron.state.windows)[number]
  let rendererUrl: string

  beforeAll(async () => {
    dataFolder = mkdtempSync(join(tmpdir(), 'salesdesk-shell-'))
    vi.stubEnv('SALESDESK_DATA', dataFolder)
    // The built app loads its page from the file next to the bundle, not from a dev server.
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    await import('../src/main/index')
    // Opening a new database runs every migration first: allow more than vi.waitFor's 1 s default.
    await vi.waitFor(
      () => {
        if (electron.state.windows.length === 0)
          throw new Error(`no window yet ${JSON.stringify(electron.state.errorBoxes)}`)
      },
      { timeout: 30_000, interval: 50 }
    )
    window = electron.state.windows[0]
    rendererUrl = window.loadedUrl
  }, 40_000)

  afterAll(async () => {
    // Quitting is held (preventDefault) until the store has closed, then asked again.
    let held = false
    await electron.state.appListeners.get('will-quit')?.({
      preventDefault: () => {
        held = true
      }
    })
    await vi.waitFor(
      () => {
        if (!held || electron.state.quits === 0) throw new Error('the store has not closed yet')
      },
      { timeout: 30_000, interval: 50 }
    )
    vi.unstubAllEnvs()
    rmSync(dataFolder, { recursive: true, force: true })
  })

  it('opened the database in the data folder and showed no error', () => {
    expect(electron.state.errorBoxes).toEqual([])
    expect(existsSync(join(dataFolder, 'salesdesk.db'))).toBe(true)
    expect(rendererUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
  })

  it('creates a hardened window', () => {
    const prefs = window.options.webPreferences
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webSecurity).not.toBe(false)
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('prevents navigation away from the app page', () => {
    const willNavigate = required(window.listeners.get('will-navigate'), 'will-navigate listener')
    for (const url of ['https://evil.example/', 'file:///etc/passwd', `${rendererUrl}x`]) {
      const event = { preventDefault: vi.fn() }
      willNavigate(event, url)
      expect(event.preventDefault).toHaveBeenCalled()
    }
  })

  it('denies new windows and opens only http(s) and mailto links in the browser', () => {
    electron.state.openExternal.length = 0
    const urls = [
      'https://example.com/a',
      'http://example.com/',
      'mailto:ana@example.es',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'not a url'
    ]
    const openHandler = required(window.openHandler, 'window open handler')
    for (const url of urls) expect(openHandler({ url })).toEqual({ action: 'deny' })
    expect(electron.state.openExternal).toEqual([
      'https://example.com/a',
      'http://example.com/',
      'mailto:ana@example.es'
    ])
  })

  it('refuses every permission request and adds the Content-Security-Policy to responses', () => {
    const answers: boolean[] = []
    required(electron.state.permissionHandler, 'electron.state.permissionHandler')(
      null,
      'media',
      (allowed: boolean) => answers.push(allowed)
    )
    required(electron.state.permissionHandler, 'electron.state.permissionHandler')(
      null,
      'notifications',
      (allowed: boolean) => answers.push(allowed)
    )
    expect(answers).toEqual([false, false])
    let headers: Record<string, string[]> = {}
    required(electron.state.headersHandler, 'electron.state.headersHandler')(
      { responseHeaders: { 'x-a': ['1'] } },
      (response: { responseHeaders: Record<string, string[]> }) => {
        headers = response.responseHeaders
      }
    )
    expect(headers['x-a']).toEqual(['1'])
    expect(headers['Content-Security-Policy'][0]).toContain("default-src 'self'")
  })

  it('prevents webviews from being attached', () => {
    const contents = { on: vi.fn() }
    required(electron.state.appListeners.get('web-contents-created'), 'web-contents-created listener')(
      {},
      contents
    )
    const [event, listener] = contents.on.mock.calls[0] as [string, Listener]
    expect(event).toBe('will-attach-webview')
    const attach = { preventDefault: vi.fn() }
    listener(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('refuses IPC from an untrusted sender with "forbidden" and serves the app page', async () => {
    const handler = required(
      electron.state.ipcHandlers.get(IPC_CHANNEL),
      'electron.state.ipcHandlers.get(IPC_CHANNEL)'
    )
    const refused = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'customers.create', {
      customer: {}
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const info = await handler({ senderFrame: { url: rendererUrl } }, 'app.info', {})
    expect(info).toMatchObject({ ok: true, data: { databasePath: join(dataFolder, 'salesdesk.db') } })
    const invalid = await handler({ senderFrame: { url: rendererUrl } }, 'customers.get', { id: -1 })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it("builds the menu in the computer's language, then in the one the page says, and only from the page", async () => {
    type Item = { label?: string; role?: string; submenu?: Item[] }
    const menuLabels = () =>
      (electron.state.menu as { template: Item[] }).template.flatMap((top) => [
        top.label,
        ...(top.submenu ?? []).map((item) => item.label ?? '-')
      ])
    expect(menuLabels().slice(0, 3)).toEqual(['Fájl', 'Biztonsági mentés most', 'Adatmappa megnyitása'])
    const handler = required(electron.state.ipcHandlers.get(LANGUAGE_CHANNEL), 'the language channel')
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'ru')).toBe(false)
    expect(await handler({ senderFrame: { url: rendererUrl } }, 'de')).toBe(false)
    expect(menuLabels()[0]).toBe('Fájl')
    expect(await handler({ senderFrame: { url: rendererUrl } }, 'es')).toBe(true)
    expect(menuLabels()).toContain('Hacer copia de seguridad ahora')
    expect(menuLabels()).toContain('Salir de Salesdesk')
    expect(menuLabels()[0]).toBe('Archivo')
  })

  it('shows a PDF from the app page in a sandboxed viewer window that cannot navigate away', async () => {
    const handler = required(
      electron.state.ipcHandlers.get(PDF_CHANNEL),
      'electron.state.ipcHandlers.get(PDF_CHANNEL)'
    )
    const before = electron.state.windows.length
    const bytes = new TextEncoder().encode('%PDF-1.7\nINV-2026-00001\n%%EOF')
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'x.pdf', bytes)).toMatchObject({
      ok: false
    })
    expect(electron.state.windows.length).toBe(before)
    expect(await handler({ senderFrame: { url: rendererUrl } }, 'INV-2026-00001.pdf', bytes)).toEqual({
      ok: true
    })
    const viewer = required(electron.state.windows.at(-1), 'viewer window')
    expect(viewer.options.webPreferences).toMatchObject({
      partition: 'salesdesk-pdf',
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
    expect(viewer.options.webPreferences.preload).toBeUndefined()
    expect(viewer.loadedUrl).toMatch(/^file:.*INV-2026-00001\.pdf$/)
    const away = { preventDefault: vi.fn() }
    required(viewer.listeners.get('will-navigate'), "viewer.listeners.get('will-navigate')")(
      away,
      'https://evil.example/'
    )
    expect(away.preventDefault).toHaveBeenCalled()
    expect(required(viewer.openHandler, 'viewer.openHandler')({ url: 'https://evil.example/' })).toEqual({
      action: 'deny'
    })
  })
})
