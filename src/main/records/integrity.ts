/**
 * Keeps an eye on the record chain for the running app: at start it checks what was added
 * since the last verified entry (all of it the first time), remembers how far it got in
 * `record_chain_checkpoint`, and keeps the result for Settings. A full check re-reads every
 * chained record (`salesdesk verify`, Settings → Verify all records).
 */
import type BetterSqlite3 from 'better-sqlite3'
import type { RecordsIntegrity, RecordsProblem } from '../../shared/schemas/records-api'
import { verifyChain, type ChainReport } from '../db/chain'
import { verifyChainFully, type VerifyCaller } from '../db/chain-workers'
import type { FileCheckResult } from '../db/file-check'
import { writeTransactionSync } from '../db/write-transaction'

export function integrityFrom(report: ChainReport, checkedAt: string, full: boolean): RecordsIntegrity {
  return {
    status: report.ok ? 'verified' : 'broken',
    checkedAt,
    entries: report.entries,
    full,
    problem: report.problem
      ? {
          kind: report.problem.kind,
          table: report.problem.table,
          id: report.problem.id,
          seq: report.problem.seq,
          record: report.problem.record,
          sentence: {
            key: 'sentenceThenSentence',
            params: { first: report.problem.sentence, second: { key: 'chainChangedOutside' } }
          }
        }
      : null
  }
}

export class RecordsWatch {
  private last: RecordsIntegrity = {
    status: 'unchecked',
    checkedAt: null,
    entries: 0,
    full: false,
    problem: null
  }

  /** Damaged pages found by the file check: kept, whatever a later chain check says. */
  private damage: RecordsProblem | null = null

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly now: () => Date
  ) {}

  get integrity(): RecordsIntegrity {
    return this.damage ? { ...this.last, status: 'broken', problem: this.damage } : this.last
  }

  /** Takes the result of the background page check (db/file-check.ts) into what Settings shows. */
  noteFileCheck(result: FileCheckResult, path: string): void {
    if (result.status !== 'damaged') return
    this.damage = {
      kind: 'file_damaged',
      table: '',
      id: 0,
      seq: null,
      record: null,
      sentence: {
        key: 'databaseFileDamagedRestore',
        params: { finding: result.findings[0] ?? { key: 'unreadablePages' }, path }
      }
    }
    this.last = { ...this.last, status: 'broken', problem: this.damage }
  }

  private remember(report: ChainReport, full: boolean): RecordsIntegrity {
    const at = this.now().toISOString()
    const kept = this.sqlite.prepare('select seq, hash from record_chain_checkpoint where id = 1').get() as
      { seq: number; hash: string } | undefined
    // Written only when it moves: opening a file to look at it (or to refuse a command) changes nothing.
    if (report.ok && (kept?.seq !== report.lastSeq || kept.hash !== report.lastHash))
      writeTransactionSync(this.sqlite, () =>
        this.sqlite
          .prepare(
            `insert into record_chain_checkpoint (id, seq, hash, verified_at) values (1, ?, ?, ?)
           on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, verified_at = excluded.verified_at`
          )
          .run(report.lastSeq, report.lastHash, at)
      )
    this.last = integrityFrom(report, at, full)
    return this.integrity
  }

  /** From the last verified entry on; the whole chain when there is none. */
  checkSinceLastTime(): RecordsIntegrity {
    const checkpoint = this.sqlite
      .prepare('select seq, hash from record_chain_checkpoint where id = 1')
      .get() as { seq: number; hash: string } | undefined
    return this.remember(verifyChain(this.sqlite, checkpoint), checkpoint === undefined)
  }

  /**
   * Every record and link, in worker threads on a large store: the app's window stays responsive;
   * the command line, whose thread only waits, uses every core.
   */
  async checkAll(caller: VerifyCaller = 'app'): Promise<RecordsIntegrity> {
    return this.remember(await verifyChainFully(this.sqlite, { caller }), true)
  }
}
