/**
 * Reminder levels and their own numbering (issue 11): each reminder takes the next number of a
 * gap-free REM series, an invoice's level follows its previous reminders (level 1 first, one level
 * up once the days set for the next level have passed), the letter takes the highest level, and a
 * level that is not reached yet is refused without taking a number. Expected levels, days and open
 * amounts per currency are computed here from the invoices and the dates, independently of the
 * service; the letters are read back with pdftotext.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultReminderWording } from '../../src/shared/schemas/reminders'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { invoiceOf, payment, seedDocuments, type Seeded } from './helpers'
import { pdfText } from '../support/pdf-text'

let desk: TestDesk
let seed: Seeded

beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000

/** "1,234.50" as the letters print cents (en-GB print locale of the test desk). */
const printed = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('en-GB')}.${String(cents % 100).padStart(2, '0')}`

interface Invoice {
  id: number
  number: string
  currency: string
  dueDate: string
  openCents: number
}

describe('payment reminders', () => {
  it('follow each invoice’s previous level, number gap-free, and print the open amounts per currency', async () => {
    const made = async (cents: number, issueDate: string, currency: string): Promise<Invoice> => {
      const doc = await invoiceOf(desk, seed, cents, { issueDate, currency })
      return { id: doc.id, number: doc.number ?? '', currency, dueDate: doc.dueDate ?? '', openCents: cents }
    }
    // The seeded customer pays in 15 days.
    const a = await made(100_00, '2026-01-02', 'EUR')
    const b = await made(5_000_00, '2026-01-20', 'HUF')
    const c = await made(30_50, '2026-02-20', 'EUR')
    expect([a.dueDate, b.dueDate, c.dueDate]).toEqual(['2026-01-17', '2026-02-04', '2026-03-07'])
    await desk.call('payments.record', {
      payment: payment(seed, 40_00, { allocations: [{ documentId: a.id, amountCents: 40_00 }] })
    })
    a.openCents -= 40_00
    const invoices = [a, b, c]

    // The rule, written out here: level 1 first; one level up once the next level's days have
    // passed since the invoice's previous reminder; level 3 stays.
    const wording = defaultReminderWording()
    const previous = new Map<number, { level: number; asOf: string }>()
    const expectedLevel = (invoice: Invoice, asOf: string) => {
      const before = previous.get(invoice.id)
      if (!before) return 1
      if (before.level === 3) return 3
      const next = before.level + 1
      return days(before.asOf, asOf) >= wording[`level${next as 2 | 3}`].days ? next : before.level
    }
    let printedCount = 0

    async function remind(asOf: string) {
      const named = invoices.filter(
        (i) => i.openCents > 0 && days(i.dueDate, asOf) > 0 && days(i.dueDate, asOf) >= wording.level1.days
      )
      const levels = named.map((i) => expectedLevel(i, asOf))
      const letterLevel = Math.max(...levels)
      const file = await desk.call('receivables.reminderPdf', {
        customerId: seed.customerId,
        asOf,
        paper: null
      })
      printedCount++
      const number = `REM-2026-${String(printedCount).padStart(5, '0')}`
      const text = pdfText(file.bytes, { squeeze: 'spaces' })
      expect(text).toContain(`Reminder no. ${number}`)
      expect(text).toContain(`Reminder Level ${letterLevel}`)
      expect(text).toContain(wording[`level${letterLevel as 1 | 2 | 3}`].title)
      const lines = text.split('\n')
      for (const [n, invoice] of named.entries()) {
        const row = lines.find((l) => l.includes(invoice.number)) ?? ''
        expect(row, invoice.number).toMatch(
          new RegExp(
            `${days(invoice.dueDate, asOf)} ${levels[n]} [\\d,.]+ ${printed(invoice.openCents).replace('.', '\\.')}$`
          )
        )
      }
      for (const i of invoices.filter((i) => !named.includes(i)))
        expect(text, i.number).not.toContain(i.number)
      for (const currency of new Set(named.map((i) => i.currency))) {
        const open = named.filter((i) => i.currency === currency).reduce((sum, i) => sum + i.openCents, 0)
        expect(text).toContain(`Total overdue (${currency}) ${printed(open)}`)
      }
      named.forEach((i, n) => previous.set(i.id, { level: levels[n], asOf }))
      return { text, letterLevel, levels: new Map(named.map((i, n) => [i.number, levels[n]])) }
    }

    // 2 March: a and b are overdue, c is not due yet. First reminders: level 1.
    const first = await remind('2026-03-02')
    expect(first.letterLevel).toBe(1)
    expect(first.text).not.toContain('Despite our earlier reminder')

    // 10 March: 8 days after the first one, level 2 is not reached: refused, and no number is taken.
    const refused = await desk.fail('receivables.reminderPdf', {
      customerId: seed.customerId,
      level: 2,
      asOf: '2026-03-10',
      paper: null
    })
    expect(refused).toMatchObject({ code: 'conflict', key: 'reminderLevelNotReached' })
    expect(refused.params).toMatchObject({ level: 2, reached: 1 })
    expect(await desk.call('reminders.list', { customerId: seed.customerId })).toHaveLength(1)

    // Level 1 now waits 5 days past the due date: c (3 days overdue on 10 March) is left out.
    wording.level1.days = 5
    await desk.call('reminders.updateWording', { wording })
    const second = await remind('2026-03-10')
    expect(second.letterLevel).toBe(1)
    expect(second.text).not.toContain(c.number)

    // 30 March: 20 days after the last one, a and b move to level 2; c gets its first reminder.
    const third = await remind('2026-03-30')
    expect(third.letterLevel).toBe(2)
    expect([...third.levels]).toEqual([
      [a.number, 2],
      [b.number, 2],
      [c.number, 1]
    ])
    expect(third.text).toContain('Despite our earlier reminder')

    // b is paid; on 20 April a reaches level 3 and c level 2.
    await desk.call('payments.record', {
      payment: payment(seed, 5_000_00, {
        currency: 'HUF',
        allocations: [{ documentId: b.id, amountCents: 5_000_00 }]
      })
    })
    b.openCents = 0
    const fourth = await remind('2026-04-20')
    expect(fourth.letterLevel).toBe(3)
    expect([...fourth.levels]).toEqual([
      [a.number, 3],
      [c.number, 2]
    ])

    // The record: newest first, numbers gap-free, each invoice at the level it was reminded at.
    const list = await desk.call('reminders.list', { customerId: seed.customerId })
    expect(list.map((r) => [r.number, r.level, r.asOf])).toEqual([
      ['REM-2026-00004', 3, '2026-04-20'],
      ['REM-2026-00003', 2, '2026-03-30'],
      ['REM-2026-00002', 1, '2026-03-10'],
      ['REM-2026-00001', 1, '2026-03-02']
    ])
    expect(list[0].items.map((i) => [i.number, i.level, i.currency, i.openCents])).toEqual([
      [a.number, 3, 'EUR', 60_00],
      [c.number, 2, 'EUR', 30_50]
    ])
    const log = await desk.call('activity.list', {
      entity: 'customer',
      entityId: seed.customerId,
      offset: 0,
      limit: 50
    })
    expect(
      log.rows
        .filter((r) => r.action === 'reminder')
        .map((r) => r.details?.params.number)
        .sort()
    ).toEqual(['REM-2026-00001', 'REM-2026-00002', 'REM-2026-00003', 'REM-2026-00004'])
  })

  it('a statement or a reminder for a customer not on file is not found, naming the id asked for', async () => {
    const missing = seed.customerId + 1000
    const statement = await desk.fail('receivables.statementPdf', {
      customerId: missing,
      from: null,
      to: null,
      paper: null
    })
    const reminder = await desk.fail('receivables.reminderPdf', {
      customerId: missing,
      asOf: null,
      paper: null
    })
    for (const error of [statement, reminder])
      expect(error).toMatchObject({
        code: 'not_found',
        message: `Customer ${missing} does not exist (it may have been deleted).`
      })
    expect(await desk.call('reminders.list', { customerId: seed.customerId })).toEqual([])
  })

  it('refuses a level 2 reminder with no level 1 on record, and writes nothing', async () => {
    await invoiceOf(desk, seed, 10_00, { issueDate: '2026-01-02' })
    const before = await desk.call('activity.list', {
      entity: 'customer',
      entityId: seed.customerId,
      offset: 0,
      limit: 500
    })
    const error = await desk.fail('receivables.reminderPdf', {
      customerId: seed.customerId,
      level: 2,
      asOf: null,
      paper: null
    })
    expect(error.message).toContain('level 2')
    expect(await desk.call('reminders.list', { customerId: seed.customerId })).toEqual([])
    expect(
      (
        await desk.call('activity.list', {
          entity: 'customer',
          entityId: seed.customerId,
          offset: 0,
          limit: 500
        })
      ).total
    ).toBe(before.total)
    // The level asked for is lower than the one reached: allowed, and the first number.
    const file = await desk.call('receivables.reminderPdf', {
      customerId: seed.customerId,
      level: 1,
      asOf: null,
      paper: null
    })
    expect(pdfText(file.bytes, { squeeze: 'spaces' })).toContain('REM-2026-00001')
  })

  it('say which level the one reminder button prints today, and print it without being told', async () => {
    const id = seed.customerId
    // Nothing overdue on 2 March (the clock's start): nothing to remind.
    await invoiceOf(desk, seed, 70_00, { issueDate: '2026-02-25' })
    expect(await desk.call('reminders.nextLevel', { customerId: id })).toBeNull()
    // Due 15 days after issue: 12 March. On 13 March it is one day overdue: level 1.
    desk.clock.set(new Date('2026-03-13T10:00:00Z'))
    expect(await desk.call('reminders.nextLevel', { customerId: id })).toBe(1)
    const first = await desk.call('receivables.reminderPdf', { customerId: id, asOf: null, paper: null })
    expect(first.fileName).toMatch(/^reminder-1-/)
    // Level 2 waits 14 days after that reminder: still 1 on day 13, 2 on day 14.
    desk.clock.set(new Date('2026-03-26T10:00:00Z'))
    expect(await desk.call('reminders.nextLevel', { customerId: id })).toBe(1)
    desk.clock.set(new Date('2026-03-27T10:00:00Z'))
    expect(await desk.call('reminders.nextLevel', { customerId: id })).toBe(2)
    const second = await desk.call('receivables.reminderPdf', { customerId: id, asOf: null, paper: null })
    expect(second.fileName).toMatch(/^reminder-2-/)
    expect(pdfText(second.bytes, { squeeze: 'spaces' })).toContain('Despite our earlier reminder')
    expect((await desk.call('reminders.list', { customerId: id })).map((r) => r.level)).toEqual([2, 1])
  })
})
