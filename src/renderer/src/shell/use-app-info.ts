/** app.info (database path, folders, versions), loaded once and shared. */
import type { AppInfo } from '../../../shared/api'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'

let cached: Promise<AppInfo> | null = null

function loadAppInfo(): Promise<AppInfo> {
  cached ??= api.call('app.info', {}).catch((error: unknown) => {
    cached = null
    throw error
  })
  return cached
}

/**
 * Null until it arrives. If it cannot be read the shell shows no database path and Settings no folders;
 * the page's own reads of the same store fail alike and show the error.
 */
export function useAppInfo(): AppInfo | null {
  const { data } = useApiQuery(keys.app('info'), loadAppInfo)
  return data ?? null
}
