/**
 * The record chain: tamper evidence for what the store must never change. Every issued
 * document (all types, with its lines and the frozen customer snapshot), payment, payment
 * return and activity-log entry gets one entry in `record_chain`, appended in the same
 * transaction as the write it covers. An entry holds the SHA-256 of the record and the hash of
 * (previous entry's hash, table, id, version, record hash): changing, deleting or adding a
 * record behind the application's back, or editing the chain itself, breaks the chain at a
 * place `verifyChain` names — even if someone dropped every trigger first.
 *
 * What is hashed is an explicit field list per table and version. Never edit a released
 * version: add the next one (and bump `currentVersion`), so old entries keep verifying with
 * the list they were made with. Serialisation is canonical: keys sorted, every value as text
 * (integers too), null explicit — the same on every machine and SQLite version.
 */
import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'

export const chainedTables = ['documents', 'payments', 'payment_returns', 'activity_log'] as const
export type ChainedTable = (typeof chainedTables)[number]

interface FieldList {
  fields: readonly string[]
  /** Documents: the fields of each line, hashed with the document. */
  lines?: readonly string[]
}

export const chainFieldLists: Record<ChainedTable, Record<number, FieldList>> = {
  documents: {
    // With 0007's seller snapshot, supply data and totals; lines with 0007's VAT category and prices.
    1: {
      fields: [
        'id',
        'type',
        'number',
        'series_year',
        'sequence',
        'customer_id',
        'executive_id',
        'customer_code',
        'customer_name',
        'customer_tax_id',
        'billing_line1',
        'billing_line2',
        'billing_postal_code',
        'billing_city',
        'billing_region',
        'billing_country',
        'issue_date',
        'valid_until',
        'due_date',
        'promised_date',
        'currency',
        'payment_method',
        'payment_instructions',
        'notes',
        'terms',
        'reason',
        'source_id',
        'corrects_id',
        'replaces_id',
        'net_cents',
        'vat_cents',
        'total_cents',
        'issued_at',
        'created_at',
        'seller_legal_name',
        'seller_tax_id',
        'seller_address_line1',
        'seller_address_line2',
        'seller_postal_code',
        'seller_city',
        'seller_region',
        'seller_country',
        'seller_iban',
        'seller_bic',
        'seller_phone',
        'seller_email',
        'seller_website',
        'seller_registration',
        'seller_footer',
        'seller_logo_sha256',
        'document_language',
        'print_locale',
        'paper_size',
        'supply_date',
        'supply_period_start',
        'supply_period_end',
        'buyer_reference',
        'order_reference',
        'corrected_number',
        'corrected_issue_date',
        'line_net_cents',
        'allowance_total_cents',
        'charge_total_cents',
        'prepaid_cents',
        'rounding_cents',
        'payable_cents'
      ],
      lines: [
        'id',
        'document_id',
        'position',
        'product_id',
        'description',
        'unit',
        'quantity_milli',
        'unit_price_ten_thousandths',
        'gross_price_ten_thousandths',
        'price_base_quantity_milli',
        'discount_bp',
        'allowance_cents',
        'allowance_reason',
        'charge_cents',
        'charge_reason',
        'vat_category',
        'vat_rate_bp',
        'vat_exemption_code',
        'vat_exemption_text',
        'promised_date',
        'source_line_id',
        'gross_cents',
        'discount_cents',
        'net_cents'
      ]
    }
  },
  payments: {
    1: {
      fields: [
        'id',
        'customer_id',
        'payment_date',
        'amount_cents',
        'method',
        'reference',
        'note',
        'source',
        'created_at',
        'created_by'
      ]
    }
  },
  payment_returns: {
    1: {
      fields: [
        'id',
        'payment_id',
        'return_date',
        'reason',
        'bank_fee_cents',
        'rebilled',
        'debit_note_id',
        'note',
        'created_at',
        'created_by'
      ]
    }
  },
  activity_log: {
    1: { fields: ['id', 'at', 'actor', 'entity', 'entity_id', 'action', 'summary', 'details'] }
  }
}

export const currentVersion: Record<ChainedTable, number> = {
  documents: 1,
  payments: 1,
  payment_returns: 1,
  activity_log: 1
}

/** Which rows of a table are chained: issued documents only (drafts change freely). */
const chainedRows: Record<ChainedTable, string> = {
  documents: 'number is not null',
  payments: '1',
  payment_returns: '1',
  activity_log: '1'
}

const GENESIS = '0'.repeat(64)

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function sorted(list: readonly string[]): string[] {
  return [...list].sort()
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint') return JSON.stringify(String(value))
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('hex'))
  return JSON.stringify(JSON.stringify(value))
}

/** `{"key":"value",...}` with keys sorted: `values` come in the order of `sorted(fields)`. */
function canonical(keys: readonly string[], values: readonly unknown[]): string {
  let out = '{'
  for (let i = 0; i < keys.length; i++)
    out += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${valueText(values[i])}`
  return `${out}}`
}

const columnsSql = (fields: readonly string[]) => fields.map((f) => `"${f}"`).join(', ')

export function entryHash(
  previous: string,
  table: string,
  id: number,
  version: number,
  recordHash: string,
  linesHash: string | null
): string {
  return sha256(`${previous}|${table}|${id}|${version}|${recordHash}|${linesHash ?? ''}`)
}

interface RecordDigest {
  recordHash: string
  linesHash: string | null
}

/* ---------- appending (inside the caller's transaction, through Kysely) ---------- */

type AnyKysely = Kysely<any> // eslint-disable-line @typescript-eslint/no-explicit-any -- raw SQL on any schema (migrations and services)

async function digestOf(
  db: AnyKysely,
  table: ChainedTable,
  id: number,
  version: number
): Promise<RecordDigest | null> {
  const list = chainFieldLists[table][version]
  const keys = sorted(list.fields)
  const row = await sql<
    Record<string, unknown>
  >`select ${sql.raw(keys.map((k, i) => `"${k}" as c${i}`).join(', '))}
    from ${sql.raw(table)} where id = ${id} and ${sql.raw(chainedRows[table])}`.execute(db)
  const record = row.rows.at(0)
  if (!record) return null
  const recordHash = sha256(
    canonical(
      keys,
      keys.map((_, i) => record[`c${i}`])
    )
  )
  if (!list.lines) return { recordHash, linesHash: null }
  const lineKeys = sorted(list.lines)
  const lines = await sql<
    Record<string, unknown>
  >`select ${sql.raw(lineKeys.map((k, i) => `"${k}" as c${i}`).join(', '))}
    from document_lines where document_id = ${id} order by position, id`.execute(db)
  const hash = createHash('sha256')
  for (const line of lines.rows)
    hash.update(
      canonical(
        lineKeys,
        lineKeys.map((_, i) => line[`c${i}`])
      ) + '\n'
    )
  return { recordHash, linesHash: hash.digest('hex') }
}

/**
 * Appends the entry for one record; call it in the transaction that wrote the record (issuing
 * a document, recording a payment or a return, logging an activity).
 */
export async function appendToChain(db: AnyKysely, table: ChainedTable, id: number): Promise<void> {
  const raw = db.withoutPlugins()
  const version = currentVersion[table]
  const digest = await digestOf(raw, table, id, version)
  if (!digest) throw new Error(`${table} ${id} cannot be chained: it is not there (or not issued)`)
  const last = await sql<{
    hash: string
  }>`select hash from record_chain order by seq desc limit 1`.execute(raw)
  const previous = last.rows.at(0)?.hash ?? GENESIS
  const hash = entryHash(previous, table, id, version, digest.recordHash, digest.linesHash)
  await sql`insert into record_chain (record_table, record_id, version, record_hash, lines_hash, hash)
    values (${table}, ${id}, ${version}, ${digest.recordHash}, ${digest.linesHash}, ${hash})`.execute(raw)
}

/* ---------- bulk digests and verification (better-sqlite3, streaming) ---------- */

/** Digests of every chained record of a table, computed in one streaming pass. */
function allDigests(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  version: number
): Map<number, RecordDigest> {
  const list = chainFieldLists[table][version]
  const keys = sorted(list.fields)
  const linesByDocument = new Map<number, string>()
  if (list.lines) {
    const lineKeys = sorted(list.lines)
    const docIndex = lineKeys.indexOf('document_id')
    const statement = sqlite
      .prepare(
        `select ${columnsSql(lineKeys)} from document_lines
         where document_id in (select id from documents where number is not null)
         order by document_id, position, id`
      )
      .raw(true)
    let current = -1
    let hash = createHash('sha256')
    for (const values of statement.iterate() as Iterable<unknown[]>) {
      const documentId = Number(values[docIndex])
      if (documentId !== current) {
        if (current >= 0) linesByDocument.set(current, hash.digest('hex'))
        current = documentId
        hash = createHash('sha256')
      }
      hash.update(canonical(lineKeys, values) + '\n')
    }
    if (current >= 0) linesByDocument.set(current, hash.digest('hex'))
  }
  const emptyLines = sha256('')
  const digests = new Map<number, RecordDigest>()
  const idIndex = keys.indexOf('id')
  const statement = sqlite
    .prepare(`select ${columnsSql(keys)} from ${table} where ${chainedRows[table]}`)
    .raw(true)
  for (const values of statement.iterate() as Iterable<unknown[]>) {
    const id = Number(values[idIndex])
    digests.set(id, {
      recordHash: sha256(canonical(keys, values)),
      linesHash: list.lines ? (linesByDocument.get(id) ?? emptyLines) : null
    })
  }
  return digests
}

export type ChainProblemKind =
  'content_changed' | 'lines_changed' | 'record_missing' | 'chain_edited' | 'not_chained' | 'unknown_version'

export interface ChainProblem {
  kind: ChainProblemKind
  table: ChainedTable
  id: number
  /** The position in the chain, when the problem is at an entry. */
  seq: number | null
  /** "invoice INV-2026-00042", "payment 12", "activity entry 7". */
  label: string
  /** One sentence saying what differs. */
  message: string
}

export interface ChainReport {
  ok: boolean
  entries: number
  perTable: Record<ChainedTable, number>
  /** The last entry checked (to continue from next time). */
  lastSeq: number
  lastHash: string
  problem: ChainProblem | null
}

function labelOf(sqlite: BetterSqlite3.Database, table: ChainedTable, id: number): string {
  if (table === 'documents') {
    const row = sqlite.prepare('select type, number from documents where id = ?').get(id) as
      { type: string; number: string | null } | undefined
    return row?.number ? `${row.type.replace('_', ' ')} ${row.number}` : `document ${id}`
  }
  return table === 'payments'
    ? `payment ${id}`
    : table === 'payment_returns'
      ? `payment return ${id}`
      : `activity entry ${id}`
}

const problemText: Record<ChainProblemKind, string> = {
  content_changed: 'was changed after it was recorded',
  lines_changed: 'had its lines changed after it was issued',
  record_missing: 'was deleted (or un-issued) after it was recorded',
  chain_edited: 'has a chain entry that was edited or removed',
  not_chained: 'was added behind Salesdesk’s back (it is not in the chain)',
  unknown_version: 'has a chain entry made by a newer Salesdesk'
}

function problemAt(
  sqlite: BetterSqlite3.Database,
  kind: ChainProblemKind,
  table: ChainedTable,
  id: number,
  seq: number | null
): ChainProblem {
  const label = labelOf(sqlite, table, id)
  return { kind, table, id, seq, label, message: `The ${label} ${problemText[kind]}.` }
}

interface ChainEntryRow {
  seq: number
  record_table: ChainedTable
  record_id: number
  version: number
  record_hash: string
  lines_hash: string | null
  hash: string
}

function emptyCounts(): Record<ChainedTable, number> {
  return { documents: 0, payments: 0, payment_returns: 0, activity_log: 0 }
}

/** Digest of one record with a given version's field list (old entries, incremental checks). */
function digestOne(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  id: number,
  version: number
): RecordDigest | null {
  const list = chainFieldLists[table][version]
  const keys = sorted(list.fields)
  const values = sqlite
    .prepare(`select ${columnsSql(keys)} from ${table} where id = ? and ${chainedRows[table]}`)
    .raw(true)
    .get(id) as unknown[] | undefined
  if (!values) return null
  const recordHash = sha256(canonical(keys, values))
  if (!list.lines) return { recordHash, linesHash: null }
  const lineKeys = sorted(list.lines)
  const hash = createHash('sha256')
  const lines = sqlite
    .prepare(`select ${columnsSql(lineKeys)} from document_lines where document_id = ? order by position, id`)
    .raw(true)
    .all(id) as unknown[][]
  for (const line of lines) hash.update(canonical(lineKeys, line) + '\n')
  return { recordHash, linesHash: hash.digest('hex') }
}

/**
 * Checks the chain. In full (`from` omitted) every record and every entry is checked, and
 * records missing from the chain are found. From a checkpoint, only the entries after it are
 * checked, plus whether the number of records still matches the number of entries.
 */
export function verifyChain(
  sqlite: BetterSqlite3.Database,
  from?: { seq: number; hash: string }
): ChainReport {
  const perTable = emptyCounts()
  const digests = new Map<ChainedTable, Map<number, RecordDigest>>()
  if (!from)
    for (const table of chainedTables) digests.set(table, allDigests(sqlite, table, currentVersion[table]))
  let previous = GENESIS
  let lastSeq = 0
  let entries = 0
  const report = (problem: ChainProblem | null): ChainReport => ({
    ok: problem === null,
    entries,
    perTable,
    lastSeq,
    lastHash: previous,
    problem
  })
  if (from && from.seq > 0) {
    const anchor = sqlite.prepare('select * from record_chain where seq = ?').get(from.seq) as
      ChainEntryRow | undefined
    if (!anchor || anchor.hash !== from.hash) {
      const where = anchor ?? { record_table: 'activity_log' as const, record_id: 0 }
      return report(problemAt(sqlite, 'chain_edited', where.record_table, where.record_id, from.seq))
    }
    previous = from.hash
    lastSeq = from.seq
  }
  const rows = sqlite
    .prepare(
      'select seq, record_table, record_id, version, record_hash, lines_hash, hash from record_chain where seq > ? order by seq'
    )
    .iterate(lastSeq) as Iterable<ChainEntryRow>
  for (const entry of rows) {
    const table = entry.record_table
    const known = (chainFieldLists as Partial<Record<string, Record<number, FieldList>>>)[table]?.[
      entry.version
    ]
    if (!known) return report(problemAt(sqlite, 'unknown_version', table, entry.record_id, entry.seq))
    const bulk = digests.get(table)
    const digest =
      bulk && entry.version === currentVersion[table]
        ? bulk.get(entry.record_id)
        : digestOne(sqlite, table, entry.record_id, entry.version)
    bulk?.delete(entry.record_id)
    if (!digest) return report(problemAt(sqlite, 'record_missing', table, entry.record_id, entry.seq))
    if (
      entryHash(previous, table, entry.record_id, entry.version, entry.record_hash, entry.lines_hash) !==
      entry.hash
    )
      return report(problemAt(sqlite, 'chain_edited', table, entry.record_id, entry.seq))
    if (digest.recordHash !== entry.record_hash)
      return report(problemAt(sqlite, 'content_changed', table, entry.record_id, entry.seq))
    if (digest.linesHash !== entry.lines_hash)
      return report(problemAt(sqlite, 'lines_changed', table, entry.record_id, entry.seq))
    previous = entry.hash
    lastSeq = entry.seq
    entries++
    perTable[table]++
  }
  // Records nobody chained: added (or issued) with raw SQL, or chain entries deleted.
  for (const table of chainedTables) {
    if (from) {
      const records = (
        sqlite.prepare(`select count(*) as n from ${table} where ${chainedRows[table]}`).get() as {
          n: number
        }
      ).n
      const chained = (
        sqlite.prepare('select count(*) as n from record_chain where record_table = ?').get(table) as {
          n: number
        }
      ).n
      if (records !== chained) {
        const stray = sqlite
          .prepare(
            `select min(id) as id from ${table} t where ${chainedRows[table]}
             and not exists (select 1 from record_chain c where c.record_table = ? and c.record_id = t.id)`
          )
          .get(table) as { id: number | null }
        return report(
          problemAt(sqlite, stray.id === null ? 'chain_edited' : 'not_chained', table, stray.id ?? 0, null)
        )
      }
    } else {
      const left = digests.get(table)
      if (left && left.size > 0)
        return report(problemAt(sqlite, 'not_chained', table, Math.min(...left.keys()), null))
    }
  }
  return report(null)
}

/**
 * Chains every record that has no entry yet, in a fixed order (documents by issue time, then
 * payments, returns and the log by id). Only for a new chain: the 0009 migration over the
 * records kept before it, and the demo generator over the rows it wrote in bulk.
 */
export function chainUnchained(sqlite: BetterSqlite3.Database): number {
  const last = sqlite.prepare('select hash from record_chain order by seq desc limit 1').get() as
    { hash: string } | undefined
  let previous = last?.hash ?? GENESIS
  const insert = sqlite.prepare(
    'insert into record_chain (record_table, record_id, version, record_hash, lines_hash, hash) values (?, ?, ?, ?, ?, ?)'
  )
  let added = 0
  for (const table of chainedTables) {
    const version = currentVersion[table]
    const digests = allDigests(sqlite, table, version)
    const ids = sqlite
      .prepare(
        `select id from ${table} t where ${chainedRows[table]}
         and not exists (select 1 from record_chain c where c.record_table = ? and c.record_id = t.id)
         order by ${table === 'documents' ? 'issued_at, id' : 'id'}`
      )
      .pluck()
      .all(table) as number[]
    for (const id of ids) {
      const digest = digests.get(id)
      if (!digest) continue
      previous = entryHash(previous, table, id, version, digest.recordHash, digest.linesHash)
      insert.run(table, id, version, digest.recordHash, digest.linesHash, previous)
      added++
    }
  }
  return added
}
