/**
 * No full card number, in any form, anywhere (issue 10): every spelling the probe stored is
 * refused, in typed fields and in each cell of an imported file, without echoing the number;
 * a huge text is refused by size before any scan; numbers stored by earlier versions are
 * masked by the 0009 migration, which says in the log what it did.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations/index'
import { containsCardNumber, maskCardNumbers } from '../../src/shared/cards'
import { decodeMessage, messageText } from '../../src/shared/errors'
import { dumpDatabase } from '../support/dump'
import { customer, openTestDesk, tempFolder, type TestDesk } from '../support/fixtures'
import { seedDocuments, type Seeded } from '../documents/helpers'

/** 4111 1111 1111 1111 (the classic test Visa) and 5500 0000 0000 0004, written the ways the probe used. */
const arabicIndic = (digits: string) =>
  digits.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)))
const fullWidth = (digits: string) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
export const disguisedCardNumbers: Record<string, string> = {
  dots: '4111.1111.1111.1111',
  'double spaces': '4111  1111  1111  1111',
  'no-break spaces': '4111\u00a01111\u00a01111\u00a01111',
  'thin spaces': '4111\u20091111\u20091111\u20091111',
  tabs: '4111\t1111\t1111\t1111',
  newlines: '4111\n1111\n1111\n1111',
  slashes: '4111/1111/1111/1111',
  underscores: '5500_0000_0000_0004',
  commas: '5500,0000,0000,0004',
  'zero-width spaces':
    '4\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1\u200b1',
  'word joiners': '4111\u20601111\u20601111\u20601111',
  brackets: '(4111) [1111] {1111} <1111>',
  'full-width digits': fullWidth('4111 1111 1111 1111'),
  'Arabic-Indic digits': arabicIndic('4111111111111111'),
  'Devanagari digits': '४१११ ११११ ११११ ११११',
  'mixed scripts': `4111 ${fullWidth('1111')} ${arabicIndic('1111')} 1111`,
  // Invisible although Unicode calls them letters (found by the re-audit: they passed the scan).
  'Hangul fillers': '4111\u31641111\u31641111\uffa01111',
  'combining marks': Array.from('4111111111111111')
    .map((d) => `${d}\u0301`)
    .join(''),
  'soft hyphens': '4111\u00ad1111\u00ad1111\u00ad1111',
  'mathematical digits': Array.from('4111111111111111')
    .map((d) => String.fromCodePoint(0x1d7ce + Number(d)))
    .join('')
}

describe('the card-number scanner', () => {
  it.each(Object.entries(disguisedCardNumbers))('finds a number written with %s', (_how, text) => {
    expect(containsCardNumber(`Paid with ${text} on Monday`)).toBe(true)
  })

  it('masks every digit but the last four, keeping the text around it', () => {
    expect(maskCardNumbers('card 4111.1111.1111.1111, thanks')).toEqual({
      text: 'card ••••.••••.••••.1111, thanks',
      masked: 1
    })
    const { text } = maskCardNumbers(`ref ${arabicIndic('4111111111111111')}`)
    expect(containsCardNumber(text)).toBe(false)
    expect(text.endsWith(arabicIndic('1111'))).toBe(true)
  })

  it('still leaves ordinary text alone', () => {
    for (const text of [
      '+34 912 345 678',
      'Tel. 93 412 56 78, 600 123 456',
      'INV-2026-00042, INV-2026-00043',
      'total 1 234 567,89 €',
      'Visa •••• 1111 exp 12/28',
      'ES91 2100 0418 4502 0005 1332'
    ])
      expect(containsCardNumber(text), text).toBe(false)
  })
})

describe('through the API and imports', () => {
  let desk: TestDesk
  let seed: Seeded
  beforeEach(async () => {
    desk = await openTestDesk()
    seed = await seedDocuments(desk)
  })
  afterEach(async () => {
    await desk.close()
  })

  it.each(Object.entries(disguisedCardNumbers))(
    'refuses %s in customer notes, payment references and mandate references, writing nothing',
    async (_how, text) => {
      const before = dumpDatabase(desk.store.sqlite)
      const notes = await desk.fail('customers.create', { customer: customer({ notes: `card ${text}` }) })
      expect(notes.fields).toHaveProperty(['customer.notes'])
      expect(notes.message).toMatch(/last four digits/)
      const reference = await desk.fail('payments.record', {
        payment: {
          customerId: seed.customerId,
          paymentDate: '2026-03-02',
          amountCents: 100,
          method: 'card',
          reference: text,
          note: '',
          allocations: null
        }
      })
      expect(reference.fields).toHaveProperty(['payment.reference'])
      const mandate = await desk.fail('paymentSetup.update', {
        customerId: seed.customerId,
        setup: { mandateReference: text }
      } as never)
      expect(mandate.fields).toHaveProperty(['setup.mandateReference'])
      for (const error of [notes, reference, mandate]) expect(JSON.stringify(error)).not.toContain('1111')
      expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    }
  )

  it('refuses an attachment whose file name is a card number', async () => {
    const error = await desk.fail('contracts.attach', {
      contractId: 1,
      fileName: `scan ${disguisedCardNumbers['zero-width spaces']}.pdf`,
      contentBase64: Buffer.from('%PDF-1.4').toString('base64')
    })
    expect(error.fields).toHaveProperty(['fileName'])
  })

  it('scans each cell of an imported CSV and Excel file, names the row and column, and writes nothing', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const rows = Object.values(disguisedCardNumbers).map(
      (text) => `C-000001;2026-03-01;10;card;"${text.replace(/"/g, '""')}";`
    )
    const csv = ['Customer no.;Date;Amount;Method;Reference;Invoices', ...rows].join('\r\n')
    const result = await desk.call('payments.import', {
      fileName: 'pagos.csv',
      base64: Buffer.from(csv, 'utf8').toString('base64')
    })
    expect(result.applied).toBe(false)
    expect(result.problems.map((p) => [p.row, p.column])).toEqual(rows.map((_, i) => [i + 2, 'Reference']))
    // By key (the import dialog translates it); its English still says what is kept.
    expect(result.problems.every((p) => decodeMessage(p.message)?.key === 'importCardNumber')).toBe(true)
    expect(result.problems.every((p) => /last four digits/.test(messageText(p.message)))).toBe(true)
    expect(JSON.stringify(result)).not.toMatch(/1111|0004/)

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Payments')
    sheet.addRow(['Customer no.', 'Date', 'Amount', 'Method', 'Reference', 'Invoices', 'Comment'])
    sheet.addRow(['C-000001', '2026-03-01', 10, 'card', 'ok', '', ''])
    sheet.addRow([
      'C-000001',
      '2026-03-01',
      12,
      'card',
      'ok',
      '',
      disguisedCardNumbers['Arabic-Indic digits']
    ])
    sheet.addRow(['C-000001', '2026-03-01', 13, 'card', 'ok', '', 4111111111111111])
    const xlsx = await desk.call('payments.import', {
      fileName: 'pagos.xlsx',
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    })
    expect(xlsx.applied).toBe(false)
    expect(xlsx.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Column 7'],
      [4, 'Column 7']
    ])
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('refuses an 8 MB text by its size, before any scan, naming the field', async () => {
    const huge = '4111 '.repeat(1_600_000)
    const error = await desk.fail('customers.create', { customer: customer({ notes: huge }) })
    expect(error.message).toMatch(/too long/)
    expect(error.fields).toHaveProperty(['customer.notes'])
  })
})

describe('numbers stored by an earlier version', () => {
  it('are masked by the upgrade (last four kept), issued and append-only records included, and the log says where', async () => {
    const folder = tempFolder()
    try {
      const path = folder.file('old.db')
      const before0009 = migrations.filter((m) => m.name < '0009')
      const old = await openStore(path, { migrations: before0009 })
      const raw = old.sqlite
      raw
        .prepare(
          `insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, notes, created_at, updated_at)
           values ('C-1', 'Núñez', 'nunez', 'active', 'card', '', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`
        )
        .run(`pays with ${disguisedCardNumbers.dots}`)
      raw
        .prepare(
          `insert into activity_log (at, actor, entity, entity_id, action, summary) values ('2026-01-01T00:00:00Z', 'ana', 'customer', 1, 'update', ?)`
        )
        .run(`notes set to ${disguisedCardNumbers['full-width digits']}`)
      raw
        .prepare(
          `insert into payments (customer_id, payment_date, amount_cents, method, reference, created_at, created_by)
           values (1, '2026-01-02', 100, 'card', ?, '2026-01-02T00:00:00Z', 'ana')`
        )
        .run(disguisedCardNumbers['zero-width spaces'])
      await old.close()

      const store = await openStore(path, { backupFolder: folder.file('backups') })
      try {
        const texts = store.sqlite
          .prepare(
            `select notes as t from customers union all select summary from activity_log union all select reference from payments`
          )
          .all() as Array<{ t: string }>
        for (const { t } of texts) expect(containsCardNumber(t), t).toBe(false)
        expect((store.sqlite.prepare('select notes from customers').get() as { notes: string }).notes).toBe(
          'pays with ••••.••••.••••.1111'
        )
        const logged = store.sqlite
          .prepare(`select summary from activity_log where action = 'mask_card_numbers'`)
          .all() as Array<{ summary: string }>
        expect(logged).toHaveLength(1)
        expect(logged[0].summary).toMatch(
          /customers\.notes \(1\).*activity_log\.summary \(1\)|activity_log\.summary \(1\).*customers\.notes \(1\)/
        )
        expect(logged[0].summary).toMatch(/payments\.reference \(1\)/)
        // The append-only triggers are back in place after the masking.
        expect(() => store.sqlite.prepare(`update payments set reference = 'x'`).run()).toThrow(
          /cannot be changed/
        )
        expect(() => store.sqlite.prepare(`update activity_log set summary = 'x'`).run()).toThrow(
          /append-only/
        )
      } finally {
        await store.close()
      }
    } finally {
      folder.remove()
    }
  })
})
