/** An invoice's NAV state as one SQL expression, for the document list's column and filter. */
import { sql, type RawBuilder } from 'kysely'
import type { NavListStatus } from '../../shared/schemas/nav'

/**
 * The status of the document's live invoice report (a replaced one no longer counts; the partial
 * index nav_reports_live finds it), "warnings" when NAV accepted it with a WARN message; null when
 * the document was never reported. `documentId` is the list's own column, e.g. `d.id`.
 */
export function navListStatusSql(documentId: string): RawBuilder<NavListStatus | null> {
  return sql<NavListStatus | null>`(select case
      when n.status = 'done' and exists (
        select 1 from json_each(n.messages) where json_extract(value, '$.severity') = 'WARN'
      ) then 'warnings'
      else n.status end
    from nav_reports n
    where n.document_id = ${sql.ref(documentId)} and n.kind = 'invoice' and n.status <> 'replaced')`
}
