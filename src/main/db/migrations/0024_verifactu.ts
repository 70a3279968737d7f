import { sql, type Kysely } from 'kysely'

/**
 * The VERI*FACTU event log in the AEAT's own form (issue 16; EventosSIF.xsd, RegistroEvento):
 * - kind: what happened in the application's words (app started, records checked, send failed,
 *   backup restored, …), so the screen says it in the reader's language; the AEAT's TipoEvento
 *   stays in event_type. Null for the events written before this migration.
 * - xml: the RegistroEvento exactly as it was hashed (without the signature, which an export adds),
 *   so the log can be exported and its hash recomputed from the fields as written.
 * The table keeps its append-only triggers from 0011; an index serves the screen's date filter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `alter table verifactu_events add column kind text`,
    `alter table verifactu_events add column xml text`,
    `create index verifactu_events_time on verifactu_events (issuer_nif, generated_at)`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
