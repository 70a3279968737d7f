/**
 * Tamper evidence (issue 10): someone with the file can drop the triggers and still change a
 * record — the record chain must then name the first broken link (table, id, what differs),
 * from `salesdesk verify`, at the app's start and in Settings' API.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { migrations } from '../../src/main/db/migrations/index'
import { openStore } from '../../src/main/db/open'
import { chainUnchained, planChainScans, verifyChain } from '../../src/main/db/chain'
import { verifyChainFully, workersFor } from '../../src/main/db/chain-workers'
import { RecordsWatch } from '../../src/main/records/integrity'
import { startSalesdesk } from '../../src/main/runtime'
import { apiInputs, type ApiInput, type ApiMethod, type ApiOutput } from '../../src/shared/api'
import { englishMessage } from '../../src/shared/errors'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { issued, line, seedDocuments, type Seeded } from '../documents/helpers'
import { payment } from '../payments/helpers'
import { openTestDesk, tempFolder, type TestDesk } from '../support/fixtures'
import { englishWordsIn } from '../i18n/english-words'

let desk: TestDesk
let seed: Seeded
let invoice: SalesDocument
let paymentId: number

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  invoice = await issued(desk, seed)
  paymentId = (
    await desk.call('payments.record', {
      payment: payment(seed, 1000, {
        reference: 'TRF 1',
        allocations: [{ documentId: invoice.id, amountCents: 1000 }]
      })
    })
  ).id
  await desk.call('payments.return', {
    id: paymentId,
    returnDate: '2026-03-02',
    reason: 'insufficient_funds',
    bankFeeCents: 0,
    rebill: false,
    note: ''
  })
})
afterEach(async () => {
  await desk.close()
})

/** Runs SQL on the file from outside the app, with Debian's sqlite3 shell: triggers dropped first where asked. */
function shell(script: string): void {
  const result = spawnSync('/usr/bin/sqlite3', ['-bail', desk.databasePath], {
    input: script,
    encoding: 'utf8'
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
}

function dropTriggers(...names: string[]): string {
  return names.map((n) => `drop trigger if exists ${n};`).join('\n')
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('the chain as the app writes it', () => {
  it('has one entry per issued document, payment, return and activity entry, and verifies', async () => {
    const count = (sql: string) => (desk.store.sqlite.prepare(sql).get() as { n: number }).n
    const chained = (table: string) =>
      count(`select count(*) as n from record_chain where record_table = '${table}'`)
    expect(chained('documents')).toBe(count('select count(*) as n from documents where number is not null'))
    expect(chained('payments')).toBe(1)
    expect(chained('payment_returns')).toBe(1)
    expect(chained('activity_log')).toBe(count('select count(*) as n from activity_log'))
    const result = await desk.call('records.verify', {})
    expect(result).toMatchObject({ status: 'verified', full: true, problem: null })
    expect(result.entries).toBe(count('select count(*) as n from record_chain'))
  })

  it('hashes canonical text: the listed fields as a JSON array, each entry over the previous one', () => {
    const entries = desk.store.sqlite
      .prepare('select * from record_chain order by seq limit 2')
      .all() as Array<{
      record_table: string
      record_id: number
      version: number
      record_hash: string
      lines_hash: string | null
      hash: string
    }>
    // Written out here independently of the chain module: the first activity entry.
    const firstLog = desk.store.sqlite
      .prepare(`select seq from record_chain where record_table = 'activity_log' order by seq limit 1`)
      .get() as { seq: number }
    const entry = desk.store.sqlite
      .prepare('select * from record_chain where seq = ?')
      .get(firstLog.seq) as (typeof entries)[0]
    expect(entry.version).toBe(2)
    const log = desk.store.sqlite
      .prepare('select * from activity_log where id = ?')
      .get(entry.record_id) as Record<string, unknown>
    const text = JSON.stringify([
      log.id,
      log.at,
      log.actor,
      log.entity,
      log.entity_id,
      log.action,
      log.summary,
      log.details
    ])
    expect(entry.record_hash).toBe(sha256(text))
    const previous =
      firstLog.seq === 1
        ? '0'.repeat(64)
        : (
            desk.store.sqlite
              .prepare('select hash from record_chain where seq = ?')
              .get(firstLog.seq - 1) as { hash: string }
          ).hash
    expect(entry.hash).toBe(sha256(`${previous}|activity_log|${entry.record_id}|2|${entry.record_hash}|`))
    expect(entries[0].hash).toBe(
      sha256(
        `${'0'.repeat(64)}|${entries[0].record_table}|${entries[0].record_id}|2|${entries[0].record_hash}|${entries[0].lines_hash ?? ''}`
      )
    )
  })

  it('hashes an issued document as the JSON array of the fields released in version 1, in their order', () => {
    const entry = desk.store.sqlite
      .prepare(`select * from record_chain where record_table = 'documents' and record_id = ?`)
      .get(invoice.id) as { record_hash: string }
    // Written out here: the chain module builds this list from migrations 0002 and 0007, and a
    // change to either would stop every chained document from verifying.
    const fields = `
      id type number series_year sequence customer_id executive_id customer_code customer_name customer_tax_id
      billing_line1 billing_line2 billing_postal_code billing_city billing_region billing_country
      issue_date valid_until due_date promised_date currency payment_method payment_instructions notes terms reason
      source_id corrects_id replaces_id net_cents vat_cents total_cents issued_at created_at
      seller_legal_name seller_tax_id seller_address_line1 seller_address_line2 seller_postal_code seller_city
      seller_region seller_country seller_iban seller_bic seller_phone seller_email seller_website
      seller_registration seller_footer seller_logo_sha256 document_language print_locale paper_size
      supply_date supply_period_start supply_period_end buyer_reference order_reference corrected_number
      corrected_issue_date line_net_cents allowance_total_cents charge_total_cents prepaid_cents rounding_cents
      payable_cents debit_kind`
      .trim()
      .split(/\s+/)
    const document = desk.store.sqlite
      .prepare('select * from documents where id = ?')
      .get(invoice.id) as Record<string, unknown>
    expect(entry.record_hash).toBe(sha256(JSON.stringify(fields.map((f) => document[f]))))
  })

  it("hashes an issued document's lines as their JSON arrays in position order, one per line", () => {
    const entry = desk.store.sqlite
      .prepare(`select * from record_chain where record_table = 'documents' and record_id = ?`)
      .get(invoice.id) as { lines_hash: string }
    const fields = [
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
    const lines = desk.store.sqlite
      .prepare('select * from document_lines where document_id = ? order by position, id')
      .all(invoice.id) as Array<Record<string, unknown>>
    expect(lines.length).toBeGreaterThan(0)
    const text = lines.map((l) => JSON.stringify(fields.map((f) => l[f]))).join('\n')
    expect(entry.lines_hash).toBe(sha256(text))
  })

  it('a binary value written into an issued record is found (SQLite cannot render it as JSON)', () => {
    const { notes } = desk.store.sqlite
      .prepare('select notes from documents where id = ?')
      .get(invoice.id) as {
      notes: string
    }
    shell(
      `${dropTriggers('documents_issued_frozen')}\nupdate documents set notes = x'00ff' where id = ${invoice.id};`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'content_changed',
      table: 'documents',
      id: invoice.id
    })
    // The notes put back as they were (the trigger is gone), then a line given a binary unit.
    desk.store.sqlite.prepare('update documents set notes = ? where id = ?').run(notes, invoice.id)
    expect(verifyChain(desk.store.sqlite).ok).toBe(true)
    shell(
      `${dropTriggers('document_lines_issued_no_update')}\nupdate document_lines set unit = x'41' where id = ${invoice.lines[0].id};`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'lines_changed',
      table: 'documents',
      id: invoice.id
    })
  })
})

describe('a store chained before version 2 (sorted keys, every value as text)', () => {
  /** The chain made again with version 1 of every field list, as an older Salesdesk wrote it. */
  function chainAsVersionOne(): void {
    shell(`${dropTriggers('record_chain_no_delete')}\ndelete from record_chain;`)
    chainUnchained(desk.store.sqlite, { documents: 1, payments: 1, payment_returns: 1, activity_log: 1 })
  }

  it('hashes sorted keys with integers as text and nulls explicit', () => {
    chainAsVersionOne()
    const entry = desk.store.sqlite
      .prepare(`select * from record_chain where record_table = 'activity_log' order by seq limit 1`)
      .get() as { record_id: number; version: number; record_hash: string }
    expect(entry.version).toBe(1)
    const log = desk.store.sqlite
      .prepare('select * from activity_log where id = ?')
      .get(entry.record_id) as Record<string, unknown>
    const text = `{"action":${JSON.stringify(log.action)},"actor":${JSON.stringify(log.actor)},"at":${JSON.stringify(log.at)},"details":${log.details === null ? 'null' : JSON.stringify(log.details)},"entity":${JSON.stringify(log.entity)},"entity_id":${log.entity_id === null ? 'null' : JSON.stringify(String(Number(log.entity_id)))},"id":"${String(log.id)}","summary":${JSON.stringify(log.summary)}}`
    expect(entry.record_hash).toBe(sha256(text))
  })

  it('finds a changed record when every entry is version 1 (groups read by table, one version)', () => {
    chainAsVersionOne()
    expect(verifyChain(desk.store.sqlite)).toMatchObject({ ok: true, problem: null })
    shell(
      `${dropTriggers('activity_log_no_update')}\nupdate activity_log set summary = 'changed' where id = 1;`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'content_changed',
      table: 'activity_log',
      id: 1
    })
  })

  it('verifies beside new version 2 entries, and a change to either kind is found', async () => {
    chainAsVersionOne()
    expect(verifyChain(desk.store.sqlite)).toMatchObject({ ok: true, rechecked: 0 })
    // Written now: version 2 entries after the version 1 ones.
    await desk.call('payments.record', { payment: payment(seed, 700, { reference: 'TRF 2' }) })
    const versions = desk.store.sqlite
      .prepare('select version, count(*) as n from record_chain group by version order by version')
      .all() as Array<{ version: number; n: number }>
    expect(versions.map((v) => v.version)).toEqual([1, 2])
    const report = verifyChain(desk.store.sqlite)
    expect(report).toMatchObject({ ok: true, problem: null })
    expect(report.entries).toBe(versions[0].n + versions[1].n)
    shell(
      `${dropTriggers('payments_frozen')}\nupdate payments set note = 'changed' where reference = 'TRF 2';`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'content_changed',
      table: 'payments'
    })
    shell(
      `update payments set note = '' where reference = 'TRF 2';\n${dropTriggers('document_lines_issued_no_update')}\nupdate document_lines set net_cents = 1 where id = ${invoice.lines[0].id};`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'lines_changed',
      table: 'documents',
      id: invoice.id
    })
  })

  it('renders every record as SQLite does, even awkward text (nothing left to SQLite one by one)', async () => {
    // Quotes, backslashes, control characters, DEL, a line separator, non-Latin and astral
    // characters: JSON.stringify and SQLite's json_quote must agree on each, or the fast path
    // would fall back to SQLite for the record (counted in `rechecked`).
    const awkward =
      'Say "hi" \\ C:\\tmp\ttab\nline \u0001\u001f\u007f \u2028 Győr Łódź Москва 😀 </script> \u00a0€'
    // Stored as an older version did, before typed control characters were refused at the API
    // (`dispatch`): straight to the handlers, after the schema. Databases still hold such text.
    async function legacyCall<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const handler = desk.api.handlers[method] as (parsed: unknown) => Promise<ApiOutput<M>>
      return handler(apiInputs[method].parse(input))
    }
    const legacy: TestDesk = { ...desk, call: legacyCall }
    const odd = await issued(legacy, seed, {
      notes: awkward,
      paymentInstructions: awkward,
      lines: [line({ description: awkward }), line({ description: `${awkward} 2`, unit: 'h' })]
    })
    await legacy.call('payments.record', {
      payment: payment(seed, 500, {
        reference: awkward.slice(0, 60),
        allocations: [{ documentId: odd.id, amountCents: 500 }]
      })
    })
    chainAsVersionOne()
    const report = verifyChain(desk.store.sqlite)
    expect(report).toMatchObject({ ok: true, problem: null, rechecked: 0 })
    const chained = (
      desk.store.sqlite.prepare('select count(*) as n from record_chain').get() as { n: number }
    ).n
    expect(report.entries).toBe(chained)
    // The same record changed behind the app is still found by the fast path.
    shell(
      `${dropTriggers('document_lines_issued_no_update')}\nupdate document_lines set description = replace(description, '😀', '😁') where id = ${odd.lines[1].id};`
    )
    expect(verifyChain(desk.store.sqlite).problem).toMatchObject({
      kind: 'lines_changed',
      table: 'documents',
      id: odd.id
    })
  })
})

describe('tampering with the triggers dropped is evident', () => {
  async function broken() {
    const result = await desk.call('records.verify', {})
    expect(result.status).toBe('broken')
    if (!result.problem) throw new Error('no problem reported')
    return result.problem
  }

  it('a changed invoice total is named: table, id, number, what differs', async () => {
    shell(
      `${dropTriggers('documents_issued_frozen')}\nupdate documents set total_cents = 1 where id = ${invoice.id};`
    )
    const problem = await broken()
    expect(problem).toMatchObject({ kind: 'content_changed', table: 'documents', id: invoice.id })
    expect(problem.record).toEqual({
      key: 'chainRecordDocument',
      params: { type: { key: 'documentTypeInvoice' }, number: invoice.number }
    })
    const message = englishMessage(problem.sentence)
    expect(message).toMatch(new RegExp(`invoice ${invoice.number} was changed after it was recorded`))
    expect(message).toMatch(/restore a backup/)
  })

  it("a changed line of an issued invoice is named as the invoice's lines", async () => {
    shell(
      `${dropTriggers('document_lines_issued_no_update')}\nupdate document_lines set net_cents = 1 where id = ${invoice.lines[0].id};`
    )
    expect(await broken()).toMatchObject({ kind: 'lines_changed', table: 'documents', id: invoice.id })
  })

  it('a payment deleted with its trigger dropped is found as missing', async () => {
    shell(
      `${dropTriggers('payments_no_delete')}\npragma foreign_keys = off;\ndelete from payments where id = ${paymentId};`
    )
    expect(await broken()).toMatchObject({ kind: 'record_missing', table: 'payments', id: paymentId })
  })

  it('an activity entry added behind the app is not in the chain', async () => {
    shell(
      `insert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-03-01T00:00:00Z', 'x', 'customer', 1, 'update', 'forged');`
    )
    const id = (desk.store.sqlite.prepare('select max(id) as id from activity_log').get() as { id: number })
      .id
    expect(await broken()).toMatchObject({ kind: 'not_chained', table: 'activity_log', id })
  })

  it('a draft issued with raw SQL is not in the chain', async () => {
    const draftId = (
      await desk.call('documents.createDraft', {
        document: (await import('../documents/helpers')).draft(seed)
      })
    ).id
    shell(
      `update documents set status = 'issued', number = 'INV-2026-09999', series_year = 2026, sequence = 9999, issue_date = '2026-03-02', issued_at = '2026-03-02T00:00:00Z' where id = ${draftId};`
    )
    expect(await broken()).toMatchObject({ kind: 'not_chained', table: 'documents', id: draftId })
  })

  it('an entry of a version no release knows is named, whether some entries or all carry it', async () => {
    const sqlite = desk.store.sqlite
    const second = sqlite
      .prepare('select seq, record_table, record_id from record_chain order by seq limit 1 offset 1')
      .get() as { seq: number; record_table: string; record_id: number }
    shell(
      `${dropTriggers('record_chain_no_update')}\nupdate record_chain set version = 9 where seq = ${String(second.seq)};`
    )
    expect(await broken()).toMatchObject({
      kind: 'unknown_version',
      table: second.record_table,
      id: second.record_id
    })
    const first = sqlite
      .prepare('select record_table, record_id from record_chain order by seq limit 1')
      .get() as { record_table: string; record_id: number }
    shell('update record_chain set version = 9;')
    expect(await broken()).toMatchObject({
      kind: 'unknown_version',
      table: first.record_table,
      id: first.record_id
    })
  })

  it('names the seq of the first broken link (null for a record the chain has no entry for)', async () => {
    const sqlite = desk.store.sqlite
    const seqOf = (table: string, id: number) =>
      (
        sqlite
          .prepare('select seq from record_chain where record_table = ? and record_id = ?')
          .get(table, id) as { seq: number }
      ).seq
    // Two records changed: the payment and the last activity entry (chained after it); the first is named.
    const log = sqlite.prepare('select id, summary from activity_log order by id desc limit 1').get() as {
      id: number
      summary: string
    }
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`
    shell(
      `${dropTriggers('payments_frozen', 'activity_log_no_update')}\nupdate activity_log set summary = 'x' where id = ${String(log.id)};\nupdate payments set note = 'changed' where id = ${String(paymentId)};`
    )
    const [paymentSeq, logSeq] = [seqOf('payments', paymentId), seqOf('activity_log', log.id)]
    expect(paymentSeq).toBeLessThan(logSeq)
    expect(await broken()).toMatchObject({ kind: 'content_changed', table: 'payments', seq: paymentSeq })
    // The payment put back: the activity entry is the first broken link.
    shell(`update payments set note = '' where id = ${String(paymentId)};`)
    expect(await broken()).toMatchObject({ kind: 'content_changed', table: 'activity_log', seq: logSeq })
    expect((await desk.call('records.integrity', {})).problem?.seq).toBe(logSeq)
    // Both put back, and a record added behind the app: it has no entry, so no seq.
    shell(
      `update activity_log set summary = ${quote(log.summary)} where id = ${String(log.id)};\ninsert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-03-01T00:00:00Z', 'x', 'customer', 1, 'update', 'forged');`
    )
    expect(await broken()).toMatchObject({ kind: 'not_chained', table: 'activity_log', seq: null })
  })

  it('an edited chain entry (a hash recomputed to hide a change) is found', async () => {
    shell(
      `${dropTriggers('record_chain_no_update', 'activity_log_no_update')}\nupdate activity_log set summary = 'nothing' where id = 1;\nupdate record_chain set record_hash = '${'a'.repeat(64)}' where record_table = 'activity_log' and record_id = 1;`
    )
    expect(await broken()).toMatchObject({ kind: 'chain_edited', table: 'activity_log', id: 1 })
  })
})

describe('the full verify in worker threads (what a large store uses)', () => {
  /** Both ways on the same file: the workers' scans (several per table, cut by id and seq) and this thread's. */
  async function bothWays() {
    const here = verifyChain(desk.store.sqlite)
    const inWorkers = await verifyChainFully(desk.store.sqlite, { workers: 2, fallBack: false })
    expect(inWorkers).toEqual(here)
    // One worker (what 2 cores get): every scan uncut, in turn.
    expect(await verifyChainFully(desk.store.sqlite, { workers: 1, fallBack: false })).toEqual(here)
    return inWorkers
  }

  it('verifies a sound store, and finds each kind of tampering exactly as this thread does', async () => {
    // Enough records that each kind of work is cut into several ranges.
    for (let i = 0; i < 4; i++) await issued(desk, seed, { notes: `extra ${String(i)}` })
    const sound = await bothWays()
    expect(sound).toMatchObject({ ok: true, problem: null })
    expect(sound.entries).toBe(
      (desk.store.sqlite.prepare('select count(*) as n from record_chain').get() as { n: number }).n
    )
    // A line of an issued invoice, then (put back) a binary value in a payment, which json_array refuses.
    const lineId = invoice.lines[0].id
    shell(
      `${dropTriggers('document_lines_issued_no_update', 'payments_frozen')}\nupdate document_lines set net_cents = net_cents + 1 where id = ${lineId};`
    )
    expect((await bothWays()).problem).toMatchObject({ kind: 'lines_changed', id: invoice.id })
    shell(
      `update document_lines set net_cents = net_cents - 1 where id = ${lineId};\nupdate payments set note = x'00ff' where id = ${paymentId};`
    )
    expect((await bothWays()).problem).toMatchObject({ kind: 'content_changed', table: 'payments' })
    shell(`update payments set note = '' where id = ${paymentId};`)
    expect((await bothWays()).ok).toBe(true)
    // A chain entry in the middle removed: the next link no longer hashes over the one before it.
    shell(
      `${dropTriggers('record_chain_no_delete')}\ndelete from record_chain where seq = (select seq from record_chain order by seq limit 1 offset 5);`
    )
    expect((await bothWays()).problem).toMatchObject({ kind: 'chain_edited' })
  })

  it('reads the links in parts: a chain longer than one part verifies, and an edited link past the first part is named', async () => {
    // 10 050 activity entries written in bulk and chained as the demo generator does: more than
    // one part of links (10 000 entries) on this thread, and more than one range in the workers.
    const sqlite = desk.store.sqlite
    const insert = sqlite.prepare(
      `insert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-03-01T00:00:00Z', 'bench', 'customer', ?, 'update', ?)`
    )
    sqlite.transaction(() => {
      for (let i = 0; i < 10_050; i++) insert.run(seed.customerId, `bulk ${String(i)}`)
      chainUnchained(sqlite)
    })()
    const count = (sqlite.prepare('select count(*) as n from record_chain').get() as { n: number }).n
    expect(count).toBeGreaterThan(10_050)
    const sound = await bothWays()
    expect(sound).toMatchObject({ ok: true, problem: null, entries: count })
    // The first entry of the second part, then one further on: each one's link no longer hashes.
    for (const seq of [10_001, 10_037]) {
      const entry = sqlite
        .prepare('select record_table, record_id, hash from record_chain where seq = ?')
        .get(seq) as { record_table: string; record_id: number; hash: string }
      shell(
        `${dropTriggers('record_chain_no_update')}\nupdate record_chain set hash = '${'b'.repeat(64)}' where seq = ${String(seq)};`
      )
      expect((await bothWays()).problem).toMatchObject({
        kind: 'chain_edited',
        table: entry.record_table,
        id: entry.record_id,
        seq
      })
      shell(`update record_chain set hash = '${entry.hash}' where seq = ${String(seq)};`)
      expect((await bothWays()).ok).toBe(true)
    }
  })

  it('cuts the work for several workers into pieces that cover every id and seq once, largest first', async () => {
    for (let i = 0; i < 40; i++) await issued(desk, seed, { notes: `piece ${String(i)}` })
    const sqlite = desk.store.sqlite
    const whole = planChainScans(sqlite, 1)
    // One thread (or one worker): one scan per kind of work, uncut.
    expect(whole.scans.filter((scan) => scan.kind === 'links')).toHaveLength(1)
    const plan = planChainScans(sqlite, 2)
    const costs = plan.scans.map((scan) => scan.cost)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
    const last = (sqlite.prepare('select max(seq) as seq from record_chain').get() as { seq: number }).seq
    const links = plan.scans
      .flatMap((scan) => (scan.kind === 'links' ? [scan] : []))
      .sort((a, b) => a.after - b.after)
    expect(links.length).toBeGreaterThan(1)
    // Each piece starts where the one before ended, from the first entry to the last, and starts
    // from the stored hash of the entry before it.
    expect(links[0].after).toBe(0)
    expect(links.at(-1)?.until).toBe(last)
    links.forEach((piece, i) => {
      if (i > 0) expect(piece.after).toBe(links[i - 1].until)
      const before = sqlite.prepare('select hash from record_chain where seq = ?').get(piece.after) as
        { hash: string } | undefined
      expect(piece.previous).toBe(before?.hash ?? '0'.repeat(64))
    })
    // Records and lines: per kind of work (one SQL text), id ranges from the smallest to the largest
    // id there is, each starting one after the one before.
    const byText = new Map<string, Array<{ lo: number; hi: number }>>()
    for (const scan of plan.scans)
      if (scan.kind === 'sql') byText.set(scan.text, [...(byText.get(scan.text) ?? []), scan.params])
    expect(byText.size).toBe(whole.scans.filter((scan) => scan.kind === 'sql').length)
    expect([...byText.values()].some((pieces) => pieces.length > 1)).toBe(true)
    for (const pieces of byText.values()) {
      pieces.sort((a, b) => a.lo - b.lo)
      expect(pieces[0].lo).toBe(Number.MIN_SAFE_INTEGER)
      expect(pieces.at(-1)?.hi).toBe(Number.MAX_SAFE_INTEGER)
      pieces.forEach((piece, i) => {
        if (i > 0) expect(piece.lo).toBe(pieces[i - 1].hi + 1)
      })
    }
    expect((await bothWays()).ok).toBe(true)
  })

  it('uses every core from the command line, and one worker in the app up to 2 cores', async () => {
    expect([1, 2, 3, 4, 8].map((cores) => workersFor(cores, 'command line'))).toEqual([1, 2, 3, 4, 4])
    expect([1, 2, 3, 4, 8].map((cores) => workersFor(cores, 'app'))).toEqual([1, 1, 3, 4, 4])
    // Spied on, not replaced: the verify runs as it does.
    const checkAll = vi.spyOn(RecordsWatch.prototype, 'checkAll')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      expect(await runCli(['verify', '--db', desk.databasePath])).toBe(0)
      expect(checkAll.mock.calls).toEqual([['command line']])
      expect(await desk.call('records.verify', {})).toMatchObject({ status: 'verified' })
      expect(checkAll.mock.calls).toEqual([['command line'], []])
    } finally {
      vi.restoreAllMocks()
    }
  })

  it('finds a record added behind the app (not in the chain)', async () => {
    shell(
      `insert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-03-01T00:00:00Z', 'x', 'customer', 1, 'update', 'forged');`
    )
    const id = (desk.store.sqlite.prepare('select max(id) as id from activity_log').get() as { id: number })
      .id
    expect((await bothWays()).problem).toMatchObject({ kind: 'not_chained', table: 'activity_log', id })
  })
})

describe('checks at start and from the command line', () => {
  it('the app checks what was added since its last run at start, and Settings gets the result', async () => {
    const path = desk.databasePath
    await desk.store.close()
    const first = await startSalesdesk({
      databasePath: path,
      dataFolder: desk.folder.path,
      checkRecords: true
    })
    expect((await first.api.dispatch('records.integrity', {})).ok).toBe(true)
    expect(first.api.records.integrity).toMatchObject({ status: 'verified', full: true })
    await first.close()
    // A payment added behind the app, after the last check, is seen at the next start.
    const raw = new BetterSqlite3(path)
    raw
      .prepare(
        `insert into payments (customer_id, payment_date, amount_cents, method, reference, created_at, created_by)
       values (?, '2026-03-02', 500, 'card', 'forged', '2026-03-02T00:00:00Z', 'x')`
      )
      .run(seed.customerId)
    raw.close()
    const second = await startSalesdesk({
      databasePath: path,
      dataFolder: desk.folder.path,
      checkRecords: true
    })
    expect(second.api.records.integrity).toMatchObject({
      status: 'broken',
      full: false,
      problem: { kind: 'not_chained', table: 'payments' }
    })
    await second.close()
    desk.store = await openStore(path) // for afterEach
  })

  it('salesdesk verify says "Records verified", or names the broken link with a non-zero exit', async () => {
    const out: string[] = []
    const err: string[] = []
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
    try {
      expect(await runCli(['verify', '--db', desk.databasePath])).toBe(0)
      expect(out.join('\n')).toMatch(/^Records verified: all \d+ chain entries match/)
      shell(
        `${dropTriggers('documents_issued_frozen')}\nupdate documents set customer_name = 'Someone else' where id = ${invoice.id};`
      )
      expect(await runCli(['verify', '--db', desk.databasePath])).toBe(2)
      expect(err).toHaveLength(1)
      expect(err[0]).toMatch(
        new RegExp(`Records NOT verified: The invoice ${invoice.number} was changed after it was recorded`)
      )
    } finally {
      vi.restoreAllMocks()
    }
  })

  it('salesdesk verify names the broken record in the run’s language, its kind included (issue 14)', async () => {
    const err: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
    const verify = async (language: string) => {
      err.length = 0
      expect(await runCli(['verify', '--db', desk.databasePath, '--lang', language], {})).toBe(2)
      expect(err).toHaveLength(1)
      return err[0] ?? ''
    }
    try {
      shell(
        `${dropTriggers('documents_issued_frozen')}\nupdate documents set customer_name = 'Someone else' where id = ${invoice.id};`
      )
      const spanish = await verify('es')
      expect(spanish).toBe(
        `salesdesk: Registros NO verificados: El registro «factura ${invoice.number}» se modificó después de guardarse. ` +
          'El archivo de la base de datos se modificó fuera de Salesdesk. Consérvelo como prueba y restaure una copia de seguridad anterior al cambio (salesdesk restore --from ARCHIVO).'
      )
      const hungarian = await verify('hu')
      expect(hungarian).toBe(
        `salesdesk: A nyilvántartás NEM ellenőrizhető: „számla ${invoice.number}” a rögzítése után megváltozott. ` +
          'Az adatbázisfájlt a Salesdeskon kívül módosították. Őrizze meg bizonyítékként, és állítson vissza egy a módosítás előtti biztonsági mentést (salesdesk restore --from FÁJL).'
      )
      expect(englishWordsIn(spanish, 'es')).toEqual([])
      expect(englishWordsIn(hungarian, 'hu')).toEqual([])

      // A record named by its kind and id: the payment, with the invoice put back as it was first.
      shell(
        `update documents set customer_name = '${invoice.customer.name.replace(/'/g, "''")}' where id = ${invoice.id};\n` +
          `${dropTriggers('payments_frozen')}\nupdate payments set note = 'forged' where id = ${paymentId};`
      )
      const payment = await verify('hu')
      expect(payment).toMatch(
        new RegExp(
          `^salesdesk: A nyilvántartás NEM ellenőrizhető: „befizetés \\(azonosító: ${paymentId}\\)” a rögzítése után megváltozott\\. `
        )
      )
      expect(englishWordsIn(payment, 'hu')).toEqual([])
      expect(await verify('es')).toMatch(`«cobro n.º ${paymentId}» se modificó`)
    } finally {
      vi.restoreAllMocks()
    }
  })
})

describe('records kept before the chain existed', () => {
  it('are chained once by the upgrade, and verify', async () => {
    const folder = tempFolder()
    try {
      const path = folder.file('old.db')
      const old = await openStore(path, { migrations: migrations.filter((m) => m.name < '0016') })
      old.sqlite
        .prepare(
          `insert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-01-01T00:00:00Z', 'ana', 'customer', 1, 'update', 'old entry')`
        )
        .run()
      await old.close()
      const app = await startSalesdesk({ databasePath: path, dataFolder: folder.path, checkRecords: true })
      try {
        expect(app.api.records.integrity).toMatchObject({ status: 'verified', entries: 1 })
      } finally {
        await app.close()
      }
    } finally {
      folder.remove()
    }
  })
})
