/**
 * Document numbers: one series per type and year ("INV-2026-00042"). The next number is read
 * from document_series and moved on inside the issuing write transaction, so numbers are
 * unique (UNIQUE (type, number) and (type, series_year, sequence)) and gap-free (a number is
 * only taken by a document that is issued in the same commit).
 */
import type { DocumentType, NumberingReport, NumberingSeries } from '../../shared/schemas/documents'
import type { Executor, ServiceContext } from '../context'
import { readSettings } from '../settings/service'

export function formatDocumentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(5, '0')}`
}

/**
 * A gap-free yearly number series and the key of its counter: the documents keep one per type and
 * year (document_series), the payment reminders one per year (reminder_series).
 */
type YearlySeries =
  | { table: 'documentSeries'; key: { type: DocumentType; year: number } }
  | { table: 'reminderSeries'; key: { year: number } }

/**
 * Takes the next sequence of a yearly series: moves its counter on by one, or starts the year at 1.
 * Call only inside the write transaction that writes the numbered record, so a number is taken only
 * by a record committed with it (gap-free), and a second writer waits for the lock.
 */
export async function takeSequence(trx: Executor, series: YearlySeries): Promise<number> {
  const moved = await trx
    .updateTable(series.table)
    .set((eb) => ({ nextSequence: eb('nextSequence', '+', 1) }))
    .where((eb) => eb.and(series.key))
    .returning('nextSequence')
    .executeTakeFirst()
  if (moved) return moved.nextSequence - 1
  await trx
    .insertInto(series.table)
    .values({ ...series.key, nextSequence: 2 })
    .execute()
  return 1
}

/** Takes the next number of the series; call only inside a write transaction. */
export async function takeNextNumber(trx: Executor, type: DocumentType, year: number) {
  const settings = await readSettings(trx)
  const sequence = await takeSequence(trx, { table: 'documentSeries', key: { type, year } })
  return { sequence, number: formatDocumentNumber(settings.documents.prefixes[type], year, sequence) }
}

/** Each series' issued range, and the proof it has no gaps: max - min + 1 = count = distinct count. */
export async function numberingReport(ctx: ServiceContext): Promise<NumberingReport> {
  const rows = await ctx.db
    .selectFrom('documents')
    .select((eb) => [
      'type',
      'seriesYear',
      eb.fn.min<number>('sequence').as('firstSequence'),
      eb.fn.max<number>('sequence').as('lastSequence'),
      eb.fn.countAll<number>().as('count'),
      eb.fn.count<number>('sequence').distinct().as('distinctCount')
    ])
    .where('number', 'is not', null)
    .groupBy(['type', 'seriesYear'])
    .orderBy('type')
    .orderBy('seriesYear')
    .execute()
  const counters = await ctx.db.selectFrom('documentSeries').selectAll().execute()
  const series: NumberingSeries[] = []
  for (const row of rows) {
    const year = Number(row.seriesYear)
    const first = row.firstSequence
    const last = row.lastSequence
    const count = row.count
    const missing: number[] = []
    if (last - first + 1 !== row.distinctCount || first !== 1) {
      const taken = new Set(
        (
          await ctx.db
            .selectFrom('documents')
            .select('sequence')
            .where('type', '=', row.type)
            .where('seriesYear', '=', year)
            .execute()
        ).map((r) => r.sequence)
      )
      for (let s = 1; s <= last && missing.length < 1000; s++) if (!taken.has(s)) missing.push(s)
    }
    const numbers = await ctx.db
      .selectFrom('documents')
      .select(['sequence', 'number'])
      .where('type', '=', row.type)
      .where('seriesYear', '=', year)
      .where('sequence', 'in', [first, last])
      .execute()
    const counter = counters.find((c) => c.type === row.type && c.year === year)
    const duplicates = count - row.distinctCount
    series.push({
      type: row.type,
      year,
      first: numbers.find((n) => n.sequence === first)?.number ?? '',
      last: numbers.find((n) => n.sequence === last)?.number ?? '',
      firstSequence: first,
      lastSequence: last,
      count,
      nextSequence: counter?.nextSequence ?? last + 1,
      missing,
      duplicates,
      gapFree:
        missing.length === 0 &&
        duplicates === 0 &&
        first === 1 &&
        last === count &&
        counter?.nextSequence === last + 1
    })
  }
  return { series, gapFree: series.every((s) => s.gapFree) }
}
