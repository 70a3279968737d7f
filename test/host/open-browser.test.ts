import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { browserCommand, openInBrowser, type BrowserCommand } from '../../src/main/host/open-browser'

const url = 'http://127.0.0.1:41234/#token=a&b'

describe('opening the web host in the default browser', () => {
  it('uses each system’s own opener', async () => {
    const seen: BrowserCommand[] = []
    const launch = (command: BrowserCommand) => {
      seen.push(command)
      return Promise.resolve(true)
    }
    expect(await openInBrowser(url, { platform: 'linux', launch })).toBe(true)
    expect(await openInBrowser(url, { platform: 'darwin', launch })).toBe(true)
    expect(await openInBrowser(url, { platform: 'win32', launch })).toBe(true)
    expect(seen).toEqual([
      { command: 'xdg-open', args: [url], verbatim: false },
      { command: 'open', args: [url], verbatim: false },
      // cmd would end the command at a bare &: it is escaped, and "" is start's window title.
      {
        command: 'cmd',
        args: ['/d', '/s', '/c', 'start "" "http://127.0.0.1:41234/#token=a^&b"'],
        verbatim: true
      }
    ])
    expect(browserCommand(url, 'freebsd').command).toBe('xdg-open')
  })

  it('says when no browser could be opened, without throwing', async () => {
    expect(await openInBrowser(url, { platform: 'linux', launch: () => Promise.resolve(false) })).toBe(false)
    expect(
      await openInBrowser(url, { platform: 'linux', launch: () => Promise.reject(new Error('spawn EACCES')) })
    ).toBe(false)
  })

  describe('the real launcher', () => {
    const oldPath = process.env.PATH
    let folder = ''
    afterEach(() => {
      process.env.PATH = oldPath
      if (folder) rmSync(folder, { recursive: true, force: true })
    })

    it('runs the opener found on the PATH with the address (a stand-in xdg-open, no browser)', async () => {
      folder = mkdtempSync(join(tmpdir(), 'open-browser-'))
      const opener = join(folder, 'xdg-open')
      writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > "${join(folder, 'opened')}"\n`)
      chmodSync(opener, 0o755)
      process.env.PATH = folder
      expect(await openInBrowser(url, { platform: 'linux' })).toBe(true)
      expect(readFileSync(join(folder, 'opened'), 'utf8')).toBe(url)
    })

    it('resolves false when the system has no opener', async () => {
      folder = mkdtempSync(join(tmpdir(), 'open-browser-'))
      process.env.PATH = folder
      expect(await openInBrowser(url, { platform: 'linux' })).toBe(false)
    })
  })
})
