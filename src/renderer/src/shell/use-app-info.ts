/** app.info (database path, folders, versions), loaded once and shared. */
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/api'
import { api } from '../api/client'

let cached: Promise<AppInfo> | null = null

export function loadAppInfo(): Promise<AppInfo> {
  cached ??= api.call('app.info', {}).catch((error: unknown) => {
    cached = null
    throw error
  })
  return cached
}

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let live = true
    loadAppInfo()
      .then((value) => live && setInfo(value))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return info
}
