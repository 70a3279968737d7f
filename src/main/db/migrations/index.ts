/**
 * The ordered, append-only list of migrations. A static list (not a folder read at run
 * time) so it survives bundling. Never reorder an entry once released, nor change what it runs: add
 * one. test/db/migration-record.test.ts holds every statement each entry runs, so its code can be
 * reorganised (shared column and guard helpers) without changing what it does.
 *
 * A database records how many entries of this list have run (user_version; open.ts runs
 * `list.slice(user_version)`), so an entry's position is what counts; the numbered names only
 * keep files and list in the same order.
 *
 * Gaps in the numbers (0004, 0008, 0010, 0017, 0018, 0020, 0021, 0025–0027, 0030, 0031, 0033):
 * engineers working in parallel each reserve a number for their area's migration before they
 * know whether they will need one; the numbers not used stay unused. No file with any of these
 * numbers exists anywhere in this repository's history (checked with `git log --all`), so no
 * database ever ran one. `0008a_activity_data` was added between 0007 and 0009 before numbers were
 * reserved. Filling a gap or renaming a file now would change nothing for the list's order but
 * would make the names disagree with databases' records and the history, so they stay.
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import * as m0001 from './0001_master_data'
import * as m0002 from './0002_documents'
import * as m0003 from './0003_contracts_schedule'
import * as m0005 from './0005_figures'
import * as m0006 from './0006_payments'
import * as m0007 from './0007_document_legal'
import * as m0008a from './0008a_activity_data'
import * as m0009 from './0009_tamper_evidence'
import * as m0011 from './0011_verifactu'
import * as m0012 from './0012_nav'
import * as m0013 from './0013_currencies'
import * as m0014 from './0014_everyday'
import * as m0015 from './0015_customer_desk'
import * as m0016 from './0016_record_chain'
import * as m0019 from './0019_documents'
import * as m0022 from './0022_languages'
import * as m0023 from './0023_desk'
import * as m0024 from './0024_verifactu'
import * as m0028 from './0028_everyday'
import * as m0029 from './0029_imports'
import * as m0032 from './0032_desk'
import * as m0034 from './0034_documents'
import * as m0036 from './0036_money'
import * as m0040 from './0040_documents'
import * as m0043 from './0043_money'
import * as m0045 from './0045_speed'
import * as m0047 from './0047_documents'
import * as m0052 from './0052_documents'

export interface Migration {
  name: string
  /** `sqlite` is the same connection, inside the same transaction, for bulk work a migration must do in one pass. */
  up(db: Kysely<unknown>, sqlite: BetterSqlite3.Database): Promise<void>
}

export const migrations: readonly Migration[] = [
  { name: '0001_master_data', up: m0001.up },
  { name: '0002_documents', up: m0002.up },
  { name: '0003_contracts_schedule', up: m0003.up },
  { name: '0005_figures', up: m0005.up },
  { name: '0006_payments', up: m0006.up },
  { name: '0007_document_legal', up: m0007.up },
  { name: '0008a_activity_data', up: m0008a.up },
  { name: '0009_tamper_evidence', up: m0009.up },
  { name: '0011_verifactu', up: m0011.up },
  { name: '0012_nav', up: m0012.up },
  { name: '0013_currencies', up: m0013.up },
  { name: '0014_everyday', up: m0014.up },
  { name: '0015_customer_desk', up: m0015.up },
  { name: '0016_record_chain', up: m0016.up },
  { name: '0019_documents', up: m0019.up },
  { name: '0022_languages', up: m0022.up },
  { name: '0023_desk', up: m0023.up },
  { name: '0024_verifactu', up: m0024.up },
  { name: '0028_everyday', up: m0028.up },
  { name: '0029_imports', up: m0029.up },
  { name: '0032_desk', up: m0032.up },
  { name: '0034_documents', up: m0034.up },
  { name: '0036_money', up: m0036.up },
  { name: '0040_documents', up: m0040.up },
  { name: '0043_money', up: m0043.up },
  { name: '0045_speed', up: m0045.up },
  { name: '0047_documents', up: m0047.up },
  { name: '0052_documents', up: m0052.up }
]
