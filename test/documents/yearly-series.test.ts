/**
 * The yearly number series the documents (one per type and year) and the payment reminders (one per
 * year) take their numbers from: each counts on its own from 1, without gaps, and a number taken by
 * a write that is rolled back is taken again by the next one.
 */
import { expect, it } from 'vitest'
import { desksClosedAfterEach, openTestDesk } from '../support/fixtures'
import { takeSequence } from '../../src/main/documents/numbering'
import { writeTransaction } from '../../src/main/db/write-transaction'
import type { DocumentType } from '../../src/shared/schemas/documents'

const desks = desksClosedAfterEach()

type Take = { type: DocumentType; year: number } | { year: number }

it('each series counts from 1 on its own, by type and year, the reminders apart', async () => {
  const desk = await openTestDesk()
  desks.push(desk)
  const takes: Take[] = [
    { type: 'invoice', year: 2026 },
    { type: 'invoice', year: 2026 },
    { type: 'estimate', year: 2026 },
    { year: 2026 },
    { type: 'invoice', year: 2027 },
    { type: 'invoice', year: 2026 },
    { year: 2026 },
    { year: 2027 },
    { type: 'estimate', year: 2026 }
  ]
  const taken: number[] = []
  for (const take of takes)
    taken.push(
      await writeTransaction(desk.store.db, (trx) =>
        'type' in take
          ? takeSequence(trx, { table: 'documentSeries', key: take })
          : takeSequence(trx, { table: 'reminderSeries', key: take })
      )
    )

  // What each take should get: how many takes of the same series came before it, plus one.
  const seriesOf = (take: Take) => ('type' in take ? `${take.type} ${take.year}` : `reminder ${take.year}`)
  const expected = takes.map(
    (take, i) => takes.slice(0, i).filter((t) => seriesOf(t) === seriesOf(take)).length + 1
  )
  expect(taken).toEqual(expected)
  expect(taken).toEqual([1, 2, 1, 1, 1, 3, 2, 1, 2])

  // The counters stored: the next number of each series.
  expect(
    desk.store.sqlite
      .prepare('select type, year, next_sequence as next from document_series order by type, year')
      .all()
  ).toEqual([
    { type: 'estimate', year: 2026, next: 3 },
    { type: 'invoice', year: 2026, next: 4 },
    { type: 'invoice', year: 2027, next: 2 }
  ])
  expect(
    desk.store.sqlite.prepare('select year, next_sequence as next from reminder_series order by year').all()
  ).toEqual([
    { year: 2026, next: 3 },
    { year: 2027, next: 2 }
  ])
})

it('a number taken by a write that fails is taken again by the next one (no gap)', async () => {
  const desk = await openTestDesk()
  desks.push(desk)
  type Series = Parameters<typeof takeSequence>[1]
  const take = (series: Series) => writeTransaction(desk.store.db, (trx) => takeSequence(trx, series))
  // As an issue whose record cannot be written: the number goes back with the write.
  const takeAndFail = (series: Series) =>
    expect(
      writeTransaction(desk.store.db, async (trx) => {
        await takeSequence(trx, series)
        throw new Error('the numbered record could not be written')
      })
    ).rejects.toThrow('the numbered record could not be written')

  const invoices: Series = { table: 'documentSeries', key: { type: 'invoice', year: 2026 } }
  const reminders: Series = { table: 'reminderSeries', key: { year: 2026 } }
  for (const series of [invoices, reminders]) {
    expect(await take(series)).toBe(1)
    // A counter moved on by a write that fails goes back with it.
    await takeAndFail(series)
    await takeAndFail(series)
    expect(await take(series)).toBe(2)
  }
  // So does the counter a year's first take inserts.
  const fresh: Series = { table: 'reminderSeries', key: { year: 2030 } }
  await takeAndFail(fresh)
  expect(await take(fresh)).toBe(1)
})
