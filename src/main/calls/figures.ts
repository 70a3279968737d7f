/** Logged calls as a figure: read by the weekly figures (figures/sources.ts) and the calls page. */
import { sql } from 'kysely'
import { addDaysIso } from '../../shared/iso-week'
import type { Executor } from '../context'

/** Logged calls per executive (null: the office) and UTC day, for days from..to. */
export async function loggedCallsByDay(
  db: Executor,
  from: string,
  to: string
): Promise<{ exec: number | null; day: string; n: number }[]> {
  const { rows } = await sql<{ exec: number | null; day: string; n: number }>`
    select executive_id as exec, substr(at, 1, 10) as day, count(*) as n from calls
    where at >= ${from} and at < ${addDaysIso(to, 1)}
    group by executive_id, substr(at, 1, 10)`.execute(db)
  return rows
}
