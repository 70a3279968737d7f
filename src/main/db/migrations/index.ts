/**
 * The ordered, append-only list of migrations. A static list (not a folder read at run
 * time) so it survives bundling. Never edit or reorder an entry once released: add one.
 */
import type { Kysely } from 'kysely'
import * as m0001 from './0001_master_data'
import * as m0002 from './0002_documents'
import * as m0003 from './0003_contracts_schedule'
import * as m0005 from './0005_figures'
import * as m0006 from './0006_payments'
import * as m0007 from './0007_document_legal'
import * as m0008 from './0008_currencies'
import * as m0009 from './0009_tamper_evidence'
import * as m0011 from './0011_verifactu'
import * as m0012 from './0012_nav'

export interface Migration {
  name: string
  up(db: Kysely<unknown>): Promise<void>
}

export const migrations: readonly Migration[] = [
  { name: '0001_master_data', up: m0001.up },
  { name: '0002_documents', up: m0002.up },
  { name: '0003_contracts_schedule', up: m0003.up },
  { name: '0005_figures', up: m0005.up },
  { name: '0006_payments', up: m0006.up },
  { name: '0007_document_legal', up: m0007.up },
  { name: '0008_currencies', up: m0008.up },
  { name: '0009_tamper_evidence', up: m0009.up },
  { name: '0011_verifactu', up: m0011.up },
  { name: '0012_nav', up: m0012.up }
]
