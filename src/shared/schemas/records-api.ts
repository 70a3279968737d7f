/** The record chain's part of the API contract: is what the store keeps still as it was recorded? */
import { z } from 'zod'
import type { Message } from '../errors'

export interface RecordsProblem {
  /** content_changed, lines_changed, record_missing, chain_edited, not_chained, unknown_version, file_damaged */
  kind: string
  table: string
  id: number
  /**
   * The position of the first broken link in the chain (`record_chain.seq`), when the problem is at
   * an entry; null for a record added outside Salesdesk (it has no entry) and for a damaged file.
   */
  seq: number | null
  /**
   * The record by key ("invoice INV-2026-00042", "payment 12" in English): its kind a word, its
   * number or id a parameter; null for a damaged file.
   */
  record: Message | null
  /** By key: what differs, and what to do (in the reader's language wherever it is shown). */
  sentence: Message
}

export interface RecordsIntegrity {
  /** unchecked only before the first check of this run. */
  status: 'verified' | 'broken' | 'unchecked'
  checkedAt: string | null
  /** Entries in the chain that were checked (all of them for a full check). */
  entries: number
  /** Whether the last check went over the whole chain (else only what was added since the last one). */
  full: boolean
  problem: RecordsProblem | null
}

const nothing = z.object({}).strict()

export const recordsApiInputs = {
  'records.integrity': nothing,
  'records.verify': nothing
} as const

export interface RecordsApiOutputs {
  /** The result of the last check (the app checks at start). */
  'records.integrity': RecordsIntegrity
  /** Checks the whole chain now. */
  'records.verify': RecordsIntegrity
}
