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
import { hash } from 'node:crypto'
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
        'payable_cents',
        // 0013: what a debit note is (price correction or fee), fixed at issue.
        'debit_kind'
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
        'created_by',
        // 0013: the currency the payment was received in, frozen with it.
        'currency'
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

/** One-shot hashing: several times faster than createHash().update().digest() per record. */
function sha256(text: string): string {
  return hash('sha256', text, 'hex')
}

function sorted(list: readonly string[]): string[] {
  return [...list].sort()
}

const quoted = (column: string) => `"${column.replace(/"/g, '""')}"`

/**
 * The canonical text of a row, built by SQLite itself: `{"key":value,...}` with keys sorted,
 * integers as JSON strings, text JSON-quoted, blobs as lower-case hex, null as null. Appending
 * and verifying both use this one expression, so they agree by construction, and the rows never
 * cross into JavaScript column by column (which is what made a full verify slow).
 */
function canonicalSql(keys: readonly string[], alias: string): string {
  const parts = keys.map((key, i) => {
    const c = `${alias}.${quoted(key)}`
    const value = `case when ${c} is null then 'null' when typeof(${c}) = 'text' then json_quote(${c})
      when typeof(${c}) = 'blob' then '"' || lower(hex(${c})) || '"' else '"' || ${c} || '"' end`
    return `'${i ? ',' : '{'}${JSON.stringify(key)}:' || ${value}`
  })
  return `${parts.join(' || ')} || '}'`
}

/**
 * One row per chained record of `table`: id, canonical record text and (documents) the
 * canonical text of its lines, each followed by a newline, in position order (null: no lines).
 */
function digestSql(table: ChainedTable, version: number, where: string): string {
  const list = chainFieldLists[table][version]
  const lines = list.lines
    ? `(select group_concat(${canonicalSql(sorted(list.lines), 'l')} || char(10), '' order by l.position, l.id)
        from document_lines l where l.document_id = r.id)`
    : 'null'
  return `select r.id, ${canonicalSql(sorted(list.fields), 'r')} as record, ${lines} as lines
    from ${quoted(table)} r where (${chainedRows[table]}) and ${where}`
}

const EMPTY_LINES = sha256('')

function digestFrom(
  table: ChainedTable,
  version: number,
  record: string,
  lines: string | null
): RecordDigest {
  return {
    recordHash: sha256(record),
    linesHash: chainFieldLists[table][version].lines ? (lines === null ? EMPTY_LINES : sha256(lines)) : null
  }
}

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
  const result = await sql<{ record: string; lines: string | null }>`${sql.raw(
    digestSql(table, version, 'r.id = ')
  )}${id}`.execute(db)
  const row = result.rows.at(0)
  return row ? digestFrom(table, version, row.record, row.lines) : null
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

/**
 * The canonical text of canonicalSql, built in JavaScript from the raw values of one row (read
 * with safeIntegers, so integers come exactly, as bigint). A real number is left to SQLite (null
 * here): its text form is SQLite's own. JSON.stringify quotes text as SQLite's json_quote does;
 * a record whose text nevertheless differs is digested again by SQLite before any alarm.
 */
function canonicalJs(prefixes: readonly string[], values: readonly unknown[], offset: number): string | null {
  let text = ''
  for (let i = 0; i < prefixes.length; i++) {
    const value = values[offset + i]
    let part: string
    if (value === null) part = 'null'
    else if (typeof value === 'string') part = needsEscape.test(value) ? JSON.stringify(value) : `"${value}"`
    else if (typeof value === 'bigint') part = `"${value.toString()}"`
    else if (Buffer.isBuffer(value)) part = `"${value.toString('hex')}"`
    else return null
    text += prefixes[i] + part
  }
  return `${text}}`
}

/** What JSON quoting changes in a text: a quote, a backslash or a control character. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found
const needsEscape = /["\\\u0000-\u001f]/

/** `{"a":`, `,"b":`, …: each key's part of the canonical text before its value. */
function keyPrefixes(keys: readonly string[]): string[] {
  return keys.map((key, i) => `${i ? ',' : '{'}${JSON.stringify(key)}:`)
}

/**
 * Each document's lines digest (canonical texts in position order, each followed by a newline),
 * built while streaming over the lines' index and hashed per document, so only one digest per
 * document is kept; null when a line cannot be rendered here (left to SQLite).
 */
function allLineDigests(sqlite: BetterSqlite3.Database, keys: readonly string[]): Map<number, string | null> {
  const digests = new Map<number, string | null>()
  const statement = sqlite
    .prepare(
      `select l.document_id, ${keys.map((k) => `l.${quoted(k)}`).join(', ')}
       from document_lines l order by l.document_id, l.position, l.id`
    )
    .raw(true)
    .safeIntegers(true)
  const prefixes = keyPrefixes(keys)
  let current: bigint | null = null
  let text: string | null = ''
  const flush = () => {
    if (current !== null) digests.set(Number(current), text === null ? null : sha256(text))
  }
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    const documentId = row[0] as bigint
    if (documentId !== current) {
      flush()
      current = documentId
      text = ''
    }
    if (text === null) continue
    const line = canonicalJs(prefixes, row, 1)
    text = line === null ? null : `${text}${line}\n`
  }
  flush()
  return digests
}

/** Digests by SQLite's canonical text, in one streaming pass: what new entries are made from. */
function allDigests(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  version: number
): Map<number, RecordDigest> {
  const digests = new Map<number, RecordDigest>()
  const statement = sqlite.prepare(digestSql(table, version, '1')).raw(true)
  for (const [id, record, lines] of statement.iterate() as Iterable<[number, string, string | null]>)
    digests.set(id, digestFrom(table, version, record, lines))
  return digests
}

/**
 * Digests of every chained record of a table for a full verify: the rows are read raw through
 * one prepared statement and hashed in JavaScript (SQLite building the canonical text column by
 * column was most of a full verify's time). Records JavaScript cannot render exactly (a real
 * number) are digested by SQLite, one by one.
 */
function allDigestsFast(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  version: number,
  rechecked: { count: number }
): Map<number, RecordDigest> {
  const list = chainFieldLists[table][version]
  const keys = sorted(list.fields)
  const lineKeys = list.lines ? sorted(list.lines) : null
  const lineDigests = lineKeys ? allLineDigests(sqlite, lineKeys) : null
  const digests = new Map<number, RecordDigest>()
  const prefixes = keyPrefixes(keys)
  const statement = sqlite
    .prepare(
      `select r.id, ${keys.map((k) => `r.${quoted(k)}`).join(', ')} from ${quoted(table)} r where ${chainedRows[table]}`
    )
    .raw(true)
    .safeIntegers(true)
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    const id = Number(row[0])
    const record = canonicalJs(prefixes, row, 1)
    // A document without lines: the empty text's digest; null: a line JavaScript cannot render.
    const linesHash = lineDigests ? (lineDigests.get(id) ?? (lineDigests.has(id) ? null : EMPTY_LINES)) : null
    if (record === null || (lineDigests && linesHash === null)) {
      rechecked.count++
      const slow = digestOne(sqlite, table, id, version)
      if (slow) digests.set(id, slow)
    } else digests.set(id, { recordHash: sha256(record), linesHash })
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
  /**
   * Records whose canonical text JavaScript could not render as SQLite does (a real number, or a
   * text the two quote differently), so SQLite digested them one by one: 0 in a healthy store.
   */
  rechecked: number
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

/** Prepared once per connection: the incremental check looks records up one by one. */
const lookups = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

/** Digest of one record with a given version's field list (old entries, incremental checks). */
function digestOne(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  id: number,
  version: number
): RecordDigest | null {
  const key = `${table}:${String(version)}`
  let statements = lookups.get(sqlite)
  if (!statements) lookups.set(sqlite, (statements = new Map<string, BetterSqlite3.Statement>()))
  let statement = statements.get(key)
  if (!statement)
    statements.set(key, (statement = sqlite.prepare(digestSql(table, version, 'r.id = ?')).raw(true)))
  const row = statement.get(id) as [number, string, string | null] | undefined
  return row ? digestFrom(table, version, row[1], row[2]) : null
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
  const rechecked = { count: 0 }
  if (!from)
    for (const table of chainedTables)
      digests.set(table, allDigestsFast(sqlite, table, currentVersion[table], rechecked))
  let previous = GENESIS
  let lastSeq = 0
  let entries = 0
  const report = (problem: ChainProblem | null): ChainReport => ({
    ok: problem === null,
    entries,
    perTable,
    lastSeq,
    lastHash: previous,
    problem,
    rechecked: rechecked.count
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
    const fromBulk = bulk !== undefined && entry.version === currentVersion[table]
    let digest = fromBulk
      ? bulk.get(entry.record_id)
      : digestOne(sqlite, table, entry.record_id, entry.version)
    // The bulk digests are built in JavaScript: before calling a record changed, SQLite's own
    // canonical text (the one the entry was made with) has the last word.
    if (
      fromBulk &&
      digest &&
      (digest.recordHash !== entry.record_hash || digest.linesHash !== entry.lines_hash)
    ) {
      rechecked.count++
      digest = digestOne(sqlite, table, entry.record_id, entry.version) ?? digest
    }
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
