import { sql, type Kysely } from 'kysely'

/**
 * Two indexes for reading figures as of a past day (issue 12 "Speed"), nothing else:
 *
 * - `documents_estimates_valid_until`: the estimates still valid at a day's end (the pipeline of
 *   the weekly figures and the report's open estimates) are found by how long they are valid, not
 *   by 400 days of issue dates: on the large demo's last week 1 456 estimates read instead of
 *   16 010 (src/main/figures/sources.ts pipelineAt, report-data.ts openEstimates, which name it).
 *   Partial, of estimates only, and without the type as a column: with (type, valid_until) SQLite
 *   took it for every `type = ?` query of a file whose other indexes have statistics (the new one
 *   has none until analysed), and the weekly report's invoice sums read every invoice.
 * - `payment_allocations_allocated_on`: the allocations dated after a day (which documents the
 *   as-of ledger must read from the history, src/main/payments/receivables.ts ledgerAsOf) without
 *   reading every allocation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index documents_estimates_valid_until on documents (valid_until) where type = 'estimate'`.execute(
    db
  )
  await sql`create index payment_allocations_allocated_on on payment_allocations (allocated_on, document_id)`.execute(
    db
  )
}
