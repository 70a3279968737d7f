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
 * the list they were made with. Version 1 hashes `{"key":"value",...}` with keys sorted and every
 * value as text; version 2 (the same fields) hashes SQLite's `json_array(...)` of the values in
 * the listed order — no key names, integers as JSON numbers — which SQLite builds in one call per
 * row, so a full verify can stay inside one scan per table (issue 10: under 2 s for ~150 000
 * documents; version 1 text was ~1 GB on the large demo). Both are canonical: the same on every
 * machine; a binary value (never written by Salesdesk) cannot be rendered, so its record cannot
 * verify.
 */
import { hash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import type { ErrorKey, Message } from '../../shared/errors'
import { documentTypes, documentTypeWord, type DocumentType } from '../../shared/schemas/settings'
import { frozenColumns } from './migrations/0002_documents'
import { addedDocumentColumns } from './migrations/0007_document_legal'

export const chainedTables = ['documents', 'payments', 'payment_returns', 'activity_log'] as const
export type ChainedTable = (typeof chainedTables)[number]

interface FieldList {
  fields: readonly string[]
  /** Documents: the fields of each line, hashed with the document. */
  lines?: readonly string[]
  /**
   * How a record becomes text: `keys` (version 1) `{"key":"value",...}` with sorted keys, each line
   * followed by a newline; `values` (version 2) SQLite's `json_array` of the fields in this order,
   * lines joined by newlines.
   */
  form: 'keys' | 'values'
}

/** Version 2 of a table: the same fields as version 1, as `values` text. */
const asValues = (list: FieldList): FieldList => ({ ...list, form: 'values' })

/**
 * Version 1 of documents: every column frozen at issue (0002's, but its derived search text, then
 * 0007's seller snapshot, supply data and totals) and 0013's debit kind; lines with 0007's VAT
 * category and prices. Both migrations' lists are landed history, so this list cannot move.
 */
const documentsV1: FieldList = {
  form: 'keys',
  fields: [
    'id',
    ...frozenColumns.filter((column) => column !== 'search_text'),
    ...addedDocumentColumns,
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

const paymentsV1: FieldList = {
  form: 'keys',
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

const paymentReturnsV1: FieldList = {
  form: 'keys',
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

const activityV1: FieldList = {
  form: 'keys',
  fields: ['id', 'at', 'actor', 'entity', 'entity_id', 'action', 'summary', 'details']
}

export const chainFieldLists: Record<ChainedTable, Record<number, FieldList>> = {
  documents: { 1: documentsV1, 2: asValues(documentsV1) },
  payments: { 1: paymentsV1, 2: asValues(paymentsV1) },
  payment_returns: { 1: paymentReturnsV1, 2: asValues(paymentReturnsV1) },
  activity_log: { 1: activityV1, 2: asValues(activityV1) }
}

export const currentVersion: Record<ChainedTable, number> = {
  documents: 2,
  payments: 2,
  payment_returns: 2,
  activity_log: 2
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
 * Version 2's text of a row: `json_array` of the fields in the listed order, one SQLite call per
 * row. json_array refuses a binary value, which Salesdesk never writes into a chained record:
 * `binarySafe` (used after such a refusal, and for single records) gives null for a row holding
 * one instead, so that record fails to verify rather than the whole scan.
 */
function valuesSql(fields: readonly string[], alias: string, binarySafe: boolean): string {
  const columns = fields.map((field) => `${alias}.${quoted(field)}`)
  const array = `json_array(${columns.join(', ')})`
  return binarySafe
    ? `case when ${columns.map((c) => `typeof(${c}) = 'blob'`).join(' or ')} then null else ${array} end`
    : array
}

/** The text of the record itself, in its version's form. */
function recordTextSql(list: FieldList, alias: string, binarySafe: boolean): string {
  return list.form === 'keys'
    ? canonicalSql(sorted(list.fields), alias)
    : valuesSql(list.fields, alias, binarySafe)
}

/**
 * The text of a document's lines in position order (null: no lines, or, in version 2, a line
 * holding a binary value — told apart by `binary`).
 */
function linesTextSql(list: FieldList, document: string, binarySafe: boolean): string {
  if (!list.lines) return 'null'
  const text =
    list.form === 'keys'
      ? `group_concat(${canonicalSql(sorted(list.lines), 'l')} || char(10), '' order by l.position, l.id)`
      : `group_concat(${valuesSql(list.lines, 'l', binarySafe)}, char(10) order by l.position, l.id)`
  const binary = binarySafe && list.form === 'values' ? linesBinarySql(list.lines) : null
  return `(select ${binary ? `case when ${binary} then 'binary' else ${text} end` : text}
    from document_lines l where l.document_id = ${document})`
}

/** Whether any of a document's lines (alias l, in an aggregate) holds a binary value. */
function linesBinarySql(lines: readonly string[]): string {
  return `max(${lines.map((c) => `typeof(l.${quoted(c)}) = 'blob'`).join(' or ')})`
}

/**
 * One row per chained record of `table`: id, record text and (documents) the text of its lines
 * (null: no lines), both in the version's form.
 */
function digestSql(table: ChainedTable, version: number, where: string, binarySafe = true): string {
  const list = chainFieldLists[table][version]
  return `select r.id, ${recordTextSql(list, 'r', binarySafe)} as record, ${linesTextSql(list, 'r.id', binarySafe)} as lines
    from ${quoted(table)} r where (${chainedRows[table]}) and ${where}`
}

const EMPTY_LINES = sha256('')

/** What a record that cannot be rendered (a binary value in version 2) digests to: never a SHA-256. */
const UNRENDERABLE = 'binary value'

function digestFrom(
  table: ChainedTable,
  version: number,
  record: string | null,
  lines: string | null
): RecordDigest {
  const list = chainFieldLists[table][version]
  const binaryLines = list.form === 'values' && lines === 'binary'
  return {
    recordHash: record === null ? UNRENDERABLE : sha256(record),
    linesHash: list.lines ? (binaryLines ? UNRENDERABLE : lines === null ? EMPTY_LINES : sha256(lines)) : null
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
  const result = await sql<{ record: string | null; lines: string | null }>`${sql.raw(
    digestSql(table, version, 'r.id = ')
  )}${id}`.execute(db)
  const row = result.rows.at(0)
  return row ? digestFrom(table, version, row.record, row.lines) : null
}

/**
 * Appends the entry for one record; call it in the transaction that wrote the record (issuing
 * a document, recording a payment or a return, logging an activity).
 */
export async function appendToChain(trx: AnyKysely, table: ChainedTable, id: number): Promise<void> {
  const raw = trx.withoutPlugins()
  const version = currentVersion[table]
  const digest = await digestOf(raw, table, id, version)
  if (!digest || digest.recordHash === UNRENDERABLE || digest.linesHash === UNRENDERABLE)
    throw new Error(
      `${table} ${id} cannot be chained: it is not there (or not issued), or holds a binary value`
    )
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
  // A binary value makes json_array refuse the scan: such a record cannot be chained.
  const statement = sqlite.prepare(digestSql(table, version, '1', false)).raw(true)
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
  /**
   * The record by key, its kind a word and its number or id a parameter ("invoice INV-2026-00042",
   * "payment 12", "activity entry 7" in English), so every reader sees it in their own language.
   */
  record: Message
  /** One sentence by key saying what differs (its `label` parameter is `record`). */
  sentence: Message
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

/** A chained record by key: a document by its type and number, anything else by its kind and id. */
function recordOf(sqlite: BetterSqlite3.Database, table: ChainedTable, id: number): Message {
  if (table === 'documents') {
    const row = sqlite.prepare('select type, number from documents where id = ?').get(id) as
      { type: string; number: string | null } | undefined
    return row?.number && isDocumentType(row.type)
      ? { key: 'chainRecordDocument', params: { type: documentTypeWord(row.type), number: row.number } }
      : { key: 'chainRecordDocumentId', params: { id } }
  }
  return { key: recordKey[table], params: { id } }
}

const isDocumentType = (type: string): type is DocumentType =>
  (documentTypes as readonly string[]).includes(type)

const recordKey: Record<Exclude<ChainedTable, 'documents'>, ErrorKey> = {
  payments: 'chainRecordPayment',
  payment_returns: 'chainRecordPaymentReturn',
  activity_log: 'chainRecordActivity'
}

const problemKey: Record<ChainProblemKind, ErrorKey> = {
  content_changed: 'chainContentChanged',
  lines_changed: 'chainLinesChanged',
  record_missing: 'chainRecordMissing',
  chain_edited: 'chainEntryEdited',
  not_chained: 'chainNotChained',
  unknown_version: 'chainUnknownVersion'
}

function problemAt(
  sqlite: BetterSqlite3.Database,
  kind: ChainProblemKind,
  table: ChainedTable,
  id: number,
  seq: number | null
): ChainProblem {
  const record = recordOf(sqlite, table, id)
  return { kind, table, id, seq, record, sentence: { key: problemKey[kind], params: { label: record } } }
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
  const row = statement.get(id) as [number, string | null, string | null] | undefined
  return row ? digestFrom(table, version, row[1], row[2]) : null
}

/** A prepared statement's one row, typed. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row type of its own SQL
const one = <T>(sqlite: BetterSqlite3.Database, text: string, ...params: unknown[]) =>
  sqlite.prepare(text).get(...params) as T | undefined

/** The entry just before `seq` (the chain's start: seq 0 and the genesis hash). */
function entryBefore(sqlite: BetterSqlite3.Database, seq: number): { seq: number; hash: string } {
  return (
    one<{ seq: number; hash: string }>(
      sqlite,
      'select seq, hash from record_chain where seq < ? order by seq desc limit 1',
      seq
    ) ?? { seq: 0, hash: GENESIS }
  )
}

interface Walked {
  problem: ChainProblem | null
  entries: number
  perTable: Record<ChainedTable, number>
  lastSeq: number
  lastHash: string
}

/**
 * Walks the entries after `after` one by one (at most `limit`), checking each link and record:
 * the incremental check at start, and naming what is wrong at the entry a full verify found.
 */
function walkEntries(
  sqlite: BetterSqlite3.Database,
  after: { seq: number; hash: string },
  limit = -1
): Walked {
  const walked: Walked = {
    problem: null,
    entries: 0,
    perTable: emptyCounts(),
    lastSeq: after.seq,
    lastHash: after.hash
  }
  const rows = sqlite
    .prepare(
      'select seq, record_table, record_id, version, record_hash, lines_hash, hash from record_chain where seq > ? order by seq limit ?'
    )
    .iterate(after.seq, limit) as Iterable<ChainEntryRow>
  for (const entry of rows) {
    const table = entry.record_table
    const at = (kind: ChainProblemKind) => problemAt(sqlite, kind, table, entry.record_id, entry.seq)
    const known = (chainFieldLists as Partial<Record<string, Record<number, FieldList>>>)[table]?.[
      entry.version
    ]
    const digest = known ? digestOne(sqlite, table, entry.record_id, entry.version) : null
    walked.problem = !known
      ? at('unknown_version')
      : !digest
        ? at('record_missing')
        : entryHash(
              walked.lastHash,
              table,
              entry.record_id,
              entry.version,
              entry.record_hash,
              entry.lines_hash
            ) !== entry.hash
          ? at('chain_edited')
          : digest.recordHash !== entry.record_hash
            ? at('content_changed')
            : digest.linesHash !== entry.lines_hash
              ? at('lines_changed')
              : null
    if (walked.problem) return walked
    walked.lastHash = entry.hash
    walked.lastSeq = entry.seq
    walked.entries++
    walked.perTable[table]++
  }
  return walked
}

/** The records' hash function inside SQLite, so a full verify's rows never cross into JavaScript. */
const withHashFunction = new WeakSet<BetterSqlite3.Database>()
const HASH_FUNCTION = 'salesdesk_sha256'

function registerHash(sqlite: BetterSqlite3.Database): void {
  if (withHashFunction.has(sqlite)) return
  // Text, or its UTF-8 bytes (a blob: no decoding into JavaScript and encoding back, for large texts).
  sqlite.function(HASH_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' || value instanceof Uint8Array ? hash('sha256', value, 'hex') : null
  )
  withHashFunction.add(sqlite)
}

/**
 * The same for a `keys` version (stores chained before version 2): the rows read raw and hashed
 * in JavaScript; a record JavaScript renders differently is digested by SQLite before any alarm.
 */
function firstChangedInJs(
  sqlite: BetterSqlite3.Database,
  table: ChainedTable,
  version: number,
  rechecked: { count: number }
): number | null {
  const digests = allDigestsFast(sqlite, table, version, rechecked)
  const entries = sqlite
    .prepare(
      'select seq, record_id, record_hash, lines_hash from record_chain where record_table = ? and version = ? order by seq'
    )
    .raw(true)
    .iterate(table, version) as Iterable<[number, number, string, string | null]>
  const differs = (digest: RecordDigest, recordHash: string, linesHash: string | null) =>
    digest.recordHash !== recordHash || digest.linesHash !== linesHash
  for (const [seq, id, recordHash, linesHash] of entries) {
    let digest = digests.get(id)
    if (digest && differs(digest, recordHash, linesHash)) {
      rechecked.count++
      digest = digestOne(sqlite, table, id, version) ?? digest
    }
    if (!digest || differs(digest, recordHash, linesHash)) return seq
  }
  return null
}

/** The smallest id of a chained kind of record that has no entry: added behind Salesdesk's back. */
function firstUnchained(sqlite: BetterSqlite3.Database, table: ChainedTable): number | null {
  return (
    one<{ id: number | null }>(
      sqlite,
      `select min(id) as id from ${quoted(table)} t where ${chainedRows[table]}
       and not exists (select 1 from record_chain c where c.record_table = ? and c.record_id = t.id)`,
      table
    )?.id ?? null
  )
}

function recordCount(sqlite: BetterSqlite3.Database, table: ChainedTable): number {
  return (
    one<{ n: number }>(sqlite, `select count(*) as n from ${quoted(table)} where ${chainedRows[table]}`)?.n ??
    0
  )
}

function countsBefore(sqlite: BetterSqlite3.Database, seq: number): Record<ChainedTable, number> {
  const perTable = emptyCounts()
  const rows = sqlite
    .prepare('select record_table, count(*) as n from record_chain where seq < ? group by record_table')
    .all(seq) as Array<{ record_table: ChainedTable; n: number }>
  for (const row of rows) if (row.record_table in perTable) perTable[row.record_table] = row.n
  return perTable
}

/* ---------- the full verify: independent scans, in this thread or in worker threads ---------- */

/**
 * One check of a full verify, as data, so that it runs the same in this thread or in a worker
 * (chain-workers.ts) with its own read-only connection: `sql` answers with the smallest seq it
 * finds wrong, or null; `links` hashes the links of the entries in
 * (after, until] from the stored hash before them, and answers with the first seq that does not
 * match. Every scan reads one snapshot of its own: the chain is append-only and a record is written
 * with its entry in one transaction, so what a scan finds wrong is wrong in the file.
 */
export type ChainScan =
  | {
      kind: 'sql'
      text: string
      /** Run instead when `text` fails on a binary value (json_array refuses one). */
      binarySafeText: string | null
      params: { lo: number; hi: number }
      /** Estimated CPU (µs): workers take the scans longest first, so that they end together. */
      cost: number
    }
  | { kind: 'links'; after: number; until: number; previous: string; cost: number }

/** The rest of an entry's link text after the previous hash, built by SQLite (see entryHash). */
export const LINK_SCAN_SQL = `select seq, '|' || record_table || '|' || record_id || '|' || version || '|' ||
  record_hash || '|' || coalesce(lines_hash, ''), hash from record_chain where seq > ? and seq <= ? order by seq`

/**
 * Entries a links scan reads at once: `.all()` over a seq range costs about a third less CPU than
 * stepping `.iterate()` row by row (large demo: 0.86 → 0.61 s), and 10 000 rows stay a few MB.
 */
export const LINKS_AT_ONCE = 10_000

/** The first entry in (after, until] whose link does not hash to its stored `hash`. */
function firstBrokenLink(
  sqlite: BetterSqlite3.Database,
  scan: { after: number; until: number; previous: string }
) {
  let previous = scan.previous
  const statement = sqlite.prepare(LINK_SCAN_SQL).raw(true)
  for (let after = scan.after; after < scan.until; after += LINKS_AT_ONCE) {
    const rows = statement.all(after, Math.min(after + LINKS_AT_ONCE, scan.until)) as Array<
      [number, string | null, string]
    >
    for (const [seq, rest, stored] of rows) {
      if (rest === null || sha256(previous + rest) !== stored) return seq
      previous = stored
    }
  }
  return null
}

/** Runs one scan on this thread's connection. */
export function runChainScan(sqlite: BetterSqlite3.Database, scan: ChainScan): number | null {
  registerHash(sqlite)
  if (scan.kind === 'links') return firstBrokenLink(sqlite, scan)
  const run = (text: string) =>
    (sqlite.prepare(text).pluck().get(scan.params) as number | null | undefined) ?? null
  try {
    return run(scan.text)
  } catch (error) {
    if (!(scan.binarySafeText && error instanceof Error && /blob/i.test(error.message))) throw error
    return run(scan.binarySafeText)
  }
}

/**
 * Whose record text a full verify hashes as its UTF-8 bytes (a blob), as the lines are, instead of
 * as a JavaScript string: documents, whose text is long (the seller's and the customer's snapshot)
 * and mostly not ASCII, so a string costs decoding into two-byte characters and encoding back for
 * the hash (instructions counted with cachegrind on 10 000 documents of the large demo: the scan
 * 921 M → 668 M). Not the others: their short, often ASCII text is cheaper as a string than a
 * Buffer (payments ASCII only; the activity log even).
 */
const recordHashedAsBytes: Record<ChainedTable, boolean> = {
  documents: true,
  payments: false,
  payment_returns: false,
  activity_log: false
}

/** The entries of `table` made with a `values` version whose record is gone or differs, in an id range. */
function recordScanSql(table: ChainedTable, version: number, binarySafe: boolean): string {
  const list = chainFieldLists[table][version]
  const text = recordTextSql(list, 'r', binarySafe)
  return `select min(c.seq) from record_chain c
    left join ${quoted(table)} r on r.id = c.record_id and (${chainedRows[table]})
    where c.record_table = '${table}' and c.version = ${String(version)} and c.record_id between @lo and @hi
      and (r.id is null or ${HASH_FUNCTION}(${recordHashedAsBytes[table] ? `cast(${text} as blob)` : text}) is not c.record_hash)`
}

/**
 * The same for documents' lines: the lines of the range are read once in the lines' index order
 * and hashed per document (faster than looking each document's lines up), then compared. The text
 * (165 MB on the large demo) is hashed as its UTF-8 bytes, the bytes the app's sha256 of the text
 * hashes, without decoding it into a JavaScript string first.
 */
function linesScanSql(version: number, binarySafe: boolean): string {
  const lines = chainFieldLists.documents[version].lines ?? []
  const text = `group_concat(${valuesSql(lines, 'l', binarySafe)}, char(10) order by l.position, l.id)`
  const rendered = binarySafe ? `case when ${linesBinarySql(lines)} then 'binary' else ${text} end` : text
  return `select min(c.seq) from record_chain c
    left join (select l.document_id, ${HASH_FUNCTION}(cast(${rendered} as blob)) as lines_hash from document_lines l
      where l.document_id between @lo and @hi group by l.document_id) x on x.document_id = c.record_id
    where c.record_table = 'documents' and c.version = ${String(version)} and c.record_id between @lo and @hi
      and coalesce(x.lines_hash, '${EMPTY_LINES}') is not c.lines_hash`
}

const EVERYTHING = { lo: Number.MIN_SAFE_INTEGER, hi: Number.MAX_SAFE_INTEGER }

/** [lo, hi] cut into `parts` ranges of about the same width (the last one open-ended). */
function ranges(lo: number, hi: number, parts: number): Array<{ lo: number; hi: number }> {
  if (parts <= 1 || hi - lo < parts) return [EVERYTHING]
  const width = Math.ceil((hi - lo + 1) / parts)
  return Array.from({ length: parts }, (_, i) => ({
    lo: i === 0 ? EVERYTHING.lo : lo + i * width,
    hi: i === parts - 1 ? EVERYTHING.hi : lo + (i + 1) * width - 1
  }))
}

export interface ChainPlan {
  scans: ChainScan[]
  /** Entries of a version no Salesdesk release knows (made by a newer one): the first one. */
  unknownVersion: number | null
  /** Tables whose entries use a `keys` version (stores chained before version 2): checked here. */
  keys: Array<{ table: ChainedTable; version: number }>
  /** Entries per table (one per record: the chain's unique index). */
  perTable: Record<ChainedTable, number>
}

interface ChainGroup {
  record_table: ChainedTable
  version: number
  first: number
  n: number
}

/**
 * The chain's entries by table and version, each group's first seq and size. Grouping by both
 * sorts every entry (0.24 s CPU on the large demo); when all entries carry one version (a store
 * chained by one release) the groups by table come from the chain's unique index, with the version
 * read in one pass without sorting (0.09 s). Otherwise (entries of several versions, a missing
 * version, one stored as text) the grouped query answers, as before.
 */
function chainGroups(sqlite: BetterSqlite3.Database): ChainGroup[] {
  const versions = one<{ lo: unknown; hi: unknown; known: number; n: number }>(
    sqlite,
    'select min(version) as lo, max(version) as hi, count(version) as known, count(*) as n from record_chain'
  )
  if (
    versions &&
    versions.known === versions.n &&
    typeof versions.lo === 'number' &&
    versions.lo === versions.hi
  ) {
    const version = versions.lo
    const byTable = sqlite
      .prepare(
        'select record_table, min(seq) as first, count(*) as n from record_chain group by record_table'
      )
      .all() as Array<Omit<ChainGroup, 'version'>>
    return byTable.map((group) => ({ ...group, version }))
  }
  return sqlite
    .prepare(
      'select record_table, version, min(seq) as first, count(*) as n from record_chain group by record_table, version'
    )
    .all() as ChainGroup[]
}

/**
 * A scan's estimated CPU per row (µs, one thread, large demo: e.g. 148 473 documents' records
 * 0.80 s, their 1 174 324 lines 1.8 s, 536 762 links 0.6 s). Only the order and the cutting of the
 * scans depend on these, never what a verify finds.
 */
const COST_PER_RECORD: Record<ChainedTable, number> = {
  documents: 5.4,
  payments: 1.7,
  payment_returns: 1.7,
  activity_log: 2.7
}
const COST_OF_LINES_PER_DOCUMENT = 12
const COST_PER_LINK = 1.1

/**
 * Scans per worker: each kind of work is cut into pieces of about 1/8 of a worker's share, so that
 * the last pieces handed out are small and the workers end within one small piece of each other.
 */
const PIECES_PER_WORKER = 8

/**
 * What a full verify checks: links by seq, records and lines by record id. For `workers` > 1 each
 * kind of work is cut into pieces of about the same estimated CPU, largest first (the order workers
 * take them); for one thread each kind is one scan (cutting would only add work).
 */
export function planChainScans(sqlite: BetterSqlite3.Database, workers: number): ChainPlan {
  const lists = chainFieldLists as Partial<Record<string, Record<number, FieldList | undefined>>>
  const groups = chainGroups(sqlite)
  const plan: ChainPlan = { scans: [], unknownVersion: null, keys: [], perTable: emptyCounts() }
  const idRange = (table: ChainedTable) =>
    one<{ lo: number | null; hi: number | null }>(
      sqlite,
      'select min(record_id) as lo, max(record_id) as hi from record_chain where record_table = ?',
      table
    ) ?? { lo: null, hi: null }
  const last = one<{ seq: number | null }>(sqlite, 'select max(seq) as seq from record_chain')?.seq ?? 0
  // Each kind of work: its estimated cost, and how to make its scan over a range.
  const work: Array<{
    cost: number
    lo: number
    hi: number
    scan: (range: { lo: number; hi: number }, cost: number) => ChainScan
  }> = []
  for (const { record_table: table, version, first, n } of groups) {
    if (table in plan.perTable) plan.perTable[table] += n
    const list = lists[table]?.[version]
    if (!list) plan.unknownVersion = Math.min(plan.unknownVersion ?? first, first)
    else if (list.form === 'keys') plan.keys.push({ table, version })
    else {
      const { lo, hi } = idRange(table)
      const sqlScan =
        (text: (safe: boolean) => string) =>
        (params: { lo: number; hi: number }, cost: number): ChainScan => ({
          kind: 'sql',
          text: text(false),
          binarySafeText: text(true),
          params,
          cost
        })
      work.push({
        cost: n * COST_PER_RECORD[table],
        lo: lo ?? 0,
        hi: hi ?? 0,
        scan: sqlScan((safe) => recordScanSql(table, version, safe))
      })
      if (list.lines)
        work.push({
          cost: n * COST_OF_LINES_PER_DOCUMENT,
          lo: lo ?? 0,
          hi: hi ?? 0,
          scan: sqlScan((safe) => linesScanSql(version, safe))
        })
    }
  }
  work.push({
    cost: last * COST_PER_LINK,
    lo: 1,
    hi: last,
    scan: ({ lo, hi }, cost) => {
      const after = Math.max(lo - 1, 0)
      return {
        kind: 'links',
        after,
        until: Math.min(hi, last),
        previous: entryBefore(sqlite, after + 1).hash,
        cost
      }
    }
  })
  const total = work.reduce((sum, kind) => sum + kind.cost, 0)
  const piece = workers > 1 ? total / (workers * PIECES_PER_WORKER) : Number.POSITIVE_INFINITY
  for (const kind of work) {
    const cut = ranges(kind.lo, kind.hi, Math.max(1, Math.round(kind.cost / piece)))
    for (const range of cut) plan.scans.push(kind.scan(range, kind.cost / cut.length))
  }
  plan.scans.sort((a, b) => b.cost - a.cost)
  return plan
}

/**
 * The whole chain from a plan's scan results (in the plan's order): every link, every record
 * against its entry, and every record that has none. The first entry any scan found is then walked
 * on its own to say what is wrong there, exactly as an entry-by-entry walk would have.
 */
export function concludeChainScans(
  sqlite: BetterSqlite3.Database,
  plan: ChainPlan,
  results: ReadonlyArray<number | null>
): ChainReport {
  registerHash(sqlite)
  const rechecked = { count: 0 }
  const found = [plan.unknownVersion, ...results].filter((seq): seq is number => seq !== null)
  for (const { table, version } of plan.keys) {
    const seq = firstChangedInJs(sqlite, table, version, rechecked)
    if (seq !== null) found.push(seq)
  }
  return conclude(sqlite, plan, found.length > 0 ? Math.min(...found) : null, rechecked.count)
}

/** The full verify on this thread: each kind of work in one scan. */
function verifyAll(sqlite: BetterSqlite3.Database): ChainReport {
  const plan = planChainScans(sqlite, 1)
  return concludeChainScans(
    sqlite,
    plan,
    plan.scans.map((scan) => runChainScan(sqlite, scan))
  )
}

/** The report of a full verify from the first entry found wrong (if any) and the unchained records. */
function conclude(
  sqlite: BetterSqlite3.Database,
  plan: ChainPlan,
  first: number | null,
  rechecked: number
): ChainReport {
  const end = first ?? Number.MAX_SAFE_INTEGER
  const before = entryBefore(sqlite, end)
  const perTable = first === null ? plan.perTable : countsBefore(sqlite, end)
  const entries = Object.values(perTable).reduce((a, b) => a + b, 0)
  const report = (problem: ChainProblem | null): ChainReport => ({
    ok: problem === null,
    entries,
    perTable,
    lastSeq: before.seq,
    lastHash: before.hash,
    problem,
    rechecked
  })
  if (first !== null) {
    // Every entry before `first` is sound, so a walk from the one before it names the problem.
    const walked = walkEntries(sqlite, before, 1)
    if (walked.problem) return report(walked.problem)
    const entry = one<ChainEntryRow>(sqlite, 'select * from record_chain where seq = ?', first)
    return report(
      problemAt(sqlite, 'chain_edited', entry?.record_table ?? 'activity_log', entry?.record_id ?? 0, first)
    )
  }
  // Records nobody chained: added (or issued) with raw SQL, or chain entries deleted. Every entry's
  // record exists (checked above) and has one entry, so equal counts mean none; else find which.
  for (const table of chainedTables) {
    if (recordCount(sqlite, table) === plan.perTable[table]) continue
    const stray = firstUnchained(sqlite, table)
    return report(problemAt(sqlite, stray === null ? 'chain_edited' : 'not_chained', table, stray ?? 0, null))
  }
  return report(null)
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
  if (!from) return verifyAll(sqlite)
  const start = from.seq > 0 ? from : { seq: 0, hash: GENESIS }
  const report = (walked: Omit<Walked, 'problem'>, problem: ChainProblem | null): ChainReport => ({
    ok: problem === null,
    entries: walked.entries,
    perTable: walked.perTable,
    lastSeq: walked.lastSeq,
    lastHash: walked.lastHash,
    problem,
    rechecked: 0
  })
  if (from.seq > 0) {
    const anchor = one<ChainEntryRow>(sqlite, 'select * from record_chain where seq = ?', from.seq)
    if (!anchor || anchor.hash !== from.hash) {
      const where = anchor ?? { record_table: 'activity_log' as const, record_id: 0 }
      const nothing = { entries: 0, perTable: emptyCounts(), lastSeq: from.seq, lastHash: from.hash }
      return report(nothing, problemAt(sqlite, 'chain_edited', where.record_table, where.record_id, from.seq))
    }
  }
  const walked = walkEntries(sqlite, start)
  if (walked.problem) return report(walked, walked.problem)
  // Records nobody chained since: the number of records must still match the number of entries.
  for (const table of chainedTables) {
    const chained = one<{ n: number }>(
      sqlite,
      'select count(*) as n from record_chain where record_table = ?',
      table
    )
    if (recordCount(sqlite, table) !== chained?.n) {
      const stray = firstUnchained(sqlite, table)
      return report(
        walked,
        problemAt(sqlite, stray === null ? 'chain_edited' : 'not_chained', table, stray ?? 0, null)
      )
    }
  }
  return report(walked, null)
}

/**
 * Chains every record that has no entry yet, in a fixed order (documents by issue time, then
 * payments, returns and the log by id). Only for a new chain: the 0009 migration over the
 * records kept before it, and the demo generator over the rows it wrote in bulk. `versions`: the
 * field lists to chain with (tests make a store chained before version 2 with it).
 */
export function chainUnchained(
  sqlite: BetterSqlite3.Database,
  versions: Record<ChainedTable, number> = currentVersion
): number {
  const last = sqlite.prepare('select hash from record_chain order by seq desc limit 1').get() as
    { hash: string } | undefined
  let previous = last?.hash ?? GENESIS
  const insert = sqlite.prepare(
    'insert into record_chain (record_table, record_id, version, record_hash, lines_hash, hash) values (?, ?, ?, ?, ?, ?)'
  )
  let added = 0
  for (const table of chainedTables) {
    const version = versions[table]
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
