import type { Kysely, Transaction } from 'kysely'
import type { Database } from './db/types'

/** What every service needs: the store, who is acting, and the clock (injectable for tests). */
export interface ServiceContext {
  db: Kysely<Database>
  actor: string
  now: () => Date
  /** The company's IANA time zone: what "today" means (see clock.ts). */
  timeZone: () => string
}

export type Executor = Kysely<Database> | Transaction<Database>

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString()
