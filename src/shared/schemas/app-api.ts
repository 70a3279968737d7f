/** The application's own part of the API contract (version, paths, backup copy), spread into src/shared/api.ts. */
import { z } from 'zod'

export interface AppInfo {
  version: string
  databasePath: string
  dataFolder: string
  schemaVersion: number
  transport?: 'ipc' | 'http'
}

export interface BackupResult {
  path: string
  bytes: number
}

export const appApiInputs = {
  'app.info': z.object({}).strict(),
  'app.backup': z.object({}).strict()
} as const

export interface AppApiOutputs {
  'app.info': AppInfo
  'app.backup': BackupResult
}
