/**
 * Opens an address in the user's default browser (issue 13 item 15: when `npm start` falls back
 * to the local web host, the app should appear, not only print its address). The command per
 * system is the one each ships for "open with the default application"; the launcher is
 * injected so tests check the command without starting a browser.
 */
import { spawn } from 'node:child_process'

export interface BrowserCommand {
  command: string
  args: string[]
  /** Windows' cmd parses its own line: the arguments are passed as written, not re-quoted. */
  verbatim: boolean
}

/** The command that opens `url` in the default browser on `platform` (as `process.platform` names it). */
export function browserCommand(url: string, platform: NodeJS.Platform): BrowserCommand {
  if (platform === 'darwin') return { command: 'open', args: [url], verbatim: false }
  if (platform === 'win32')
    // `start`'s first quoted argument is a window title; & in the address would end cmd's command.
    return {
      command: 'cmd',
      args: ['/d', '/s', '/c', `start "" "${url.replace(/[&^%"]/g, '^$&')}"`],
      verbatim: true
    }
  return { command: 'xdg-open', args: [url], verbatim: false }
}

/** Starts a command detached; resolves false when it cannot be started or exits with an error. */
export type Launcher = (command: BrowserCommand) => Promise<boolean>

const launchDetached: Launcher = (command) =>
  new Promise((resolve) => {
    const child = spawn(command.command, command.args, {
      detached: true,
      stdio: 'ignore',
      windowsVerbatimArguments: command.verbatim
    })
    child.once('error', () => resolve(false))
    child.once('exit', (code) => resolve(code === 0))
    // xdg-open and open return at once; a browser started by them lives on without us.
    child.unref()
  })

/**
 * Opens `url` in the default browser; resolves whether that worked, so the caller can tell the
 * user to open the printed address by hand when it did not (no desktop, no xdg-open).
 */
export async function openInBrowser(
  url: string,
  options: { platform?: NodeJS.Platform; launch?: Launcher } = {}
): Promise<boolean> {
  const launch = options.launch ?? launchDetached
  try {
    return await launch(browserCommand(url, options.platform ?? process.platform))
  } catch {
    return false
  }
}
