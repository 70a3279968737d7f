import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'

/**
 * The user's data folder — the same place Electron's userData points to for "Salesdesk",
 * computed without Electron so the CLI and web host find the very same file.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SALESDESK_DATA) return env.SALESDESK_DATA
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Salesdesk')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Salesdesk')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Salesdesk')
}

export const DATABASE_FILE_NAME = 'salesdesk.db'

export function defaultDatabasePath(dataFolder = defaultDataFolder()): string {
  return join(dataFolder, DATABASE_FILE_NAME)
}

/** Who is acting, for the activity log: the operating-system user. */
export function currentActor(): string {
  try {
    return userInfo().username || 'user'
  } catch {
    return 'user'
  }
}
