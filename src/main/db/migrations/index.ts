/**
 * The ordered, append-only list of migrations. A static list (not a folder read at run
 * time) so it survives bundling. Never edit or reorder an entry once released: add one.
 */
import type { Kysely } from 'kysely'
import * as m0001 from './0001_master_data'

export interface Migration {
  name: string
  up(db: Kysely<unknown>): Promise<void>
}

export const migrations: readonly Migration[] = [{ name: '0001_master_data', up: m0001.up }]
