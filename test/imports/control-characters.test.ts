/**
 * Every import refuses a cell holding a C0 control character (a payment reference `A\u0000B`
 * used to be stored as it was): the one reader of imported files (imports/table.ts) names the
 * cell, each import reports it on its row, and nothing is written. Tab and line breaks only in
 * a multi-line text field (a customer's notes, a product's description) and in the header.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiInput } from '../../src/shared/api'
import { decodeMessage, messageText } from '../../src/shared/errors'
import { dumpDatabase } from '../support/dump'
import { customerQuery, executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk

beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64')

/**
 * Text as Excel saves it: what XML cannot hold (a C0 control other than tab and line breaks,
 * DEL, U+FFFE, U+FFFF, half a surrogate pair) as the escape `_xHHHH_` (exceljs would drop them
 * on writing). C1 controls are XML characters: written as they are.
 */
const asExcelSaves = (value: unknown): unknown =>
  typeof value === 'string'
    ? Array.from(value)
        .map((c) =>
          (c.charCodeAt(0) < 32 && !'\t\n\r'.includes(c)) || /^[\u007F\uFFFE\uFFFF\p{Cs}]$/u.test(c)
            ? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`
            : c
        )
        .join('')
    : value

async function xlsx(sheets: Record<string, unknown[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) sheet.addRow(row.map(asExcelSaves))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

/** The control character's problem as the reader words it: the cell (column and row) and the code. */
const controlAt = (cell: string, code: number, key = 'importControlCharacter') => ({
  key,
  params: { cell, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` }
})
/** A code that is not a character (U+FFFE, U+FFFF, half a surrogate pair), as the reader words it. */
const notCharacterAt = (cell: string, code: number) => controlAt(cell, code, 'importNotCharacter')

const paymentsHeader = ['Customer no.', 'Date', 'Amount', 'Method', 'Reference', 'Invoices']

/**
 * Ana Núñez's weekly activity sheet (a good week, then `rows`), which must be refused: each problem
 * with its sheet and row; nothing written.
 */
async function refusedActivity(rows: unknown[][]) {
  await desk.call('executives.create', {
    executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
  })
  const header = ['Sales executive', 'Week', 'Calls', 'E-mails', 'Demos']
  const base64 = await xlsx({ Activity: [header, ['Ana Núñez', '2026-W47', 40, 12, 2], ...rows] })
  const result = await writesNothing(() => desk.call('weekly.import', { fileName: 'activity.xlsx', base64 }))
  expect(result.applied).toBe(false)
  return result.problems.map((p) => ({ sheet: p.sheet, row: p.row, key: p.key, params: p.params }))
}

/** Each problem an import reports: its row and its message as key and params. */
const rowProblems = (result: {
  problems: Array<{ row: number; message: Parameters<typeof decodeMessage>[0] }>
}) => result.problems.map((p) => ({ row: p.row, ...decodeMessage(p.message) }))

/** Runs an import that must write nothing (the store reads the same after it) and returns its result. */
async function writesNothing<T>(run: () => Promise<T>): Promise<T> {
  const before = dumpDatabase(desk.store.sqlite)
  const result = await run()
  expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  return result
}

/** A payments file that must be refused: imported, checked to have written nothing, its result. */
const refusedPayments = (fileName: string, base64: string) =>
  writesNothing(() => desk.call('payments.import', { fileName, base64 }))

/** A file of the import screen that must be refused, the same way. */
const refusedImport = (input: ApiInput<'imports.apply'>) =>
  writesNothing(() => desk.call('imports.apply', input))

describe('imports refuse control characters in cells', () => {
  it('payments CSV: a reference A<NUL>B is a problem of its row, named by its cell, and nothing is written', async () => {
    const result = await refusedPayments(
      'pagos.csv',
      csv([paymentsHeader, ['C-000001', '2026-02-10', '10', 'transfer', 'A\u0000B', '']])
    )
    expect(result.applied).toBe(false)
    expect(result.payments).toBe(0)
    expect(rowProblems(result)).toEqual([{ row: 2, ...controlAt('E2', 0) }])
    expect(messageText(result.problems[0].message)).toBe(
      'Cell E2 holds a control character (U+0000), which is not text. Remove it from the file, then import again.'
    )
  })

  it('payments CSV: a line break in a reference (one line of text) is refused; a heading on two lines is not', async () => {
    const result = await refusedPayments(
      'pagos.csv',
      csv([
        ['Customer no.', 'Date', 'Amount', 'Method', '"Reference"', '"Invoices\n(numbers)"'],
        ['C-000001', '2026-02-10', '10', 'transfer', '"TRF\n1"', ''],
        ['C-000001', '2026-02-10', '10', 'transfer', 'TRF\t2', '']
      ])
    )
    expect(result.applied).toBe(false)
    expect(rowProblems(result)).toEqual([
      { row: 2, key: 'importLineBreak', params: { cell: 'E2' } },
      { row: 3, key: 'importLineBreak', params: { cell: 'E3' } }
    ])
    expect(messageText(result.problems[0].message)).toBe(
      'Cell E2 holds a line break or a tab, and this field is one line of text. Put it on one line, then import again.'
    )
  })

  it('a card number written with tabs or a NUL is refused as a card number, not as a control character', async () => {
    const result = await refusedPayments(
      'pagos.csv',
      csv([
        paymentsHeader,
        ['C-000001', '2026-02-10', '10', 'card', '4111\t1111\t1111\t1111', ''],
        ['C-000001', '2026-02-10', '10', 'card', '4111\u00001111\u00001111\u00001111', '']
      ])
    )
    expect(result.applied).toBe(false)
    expect(result.problems.map((p) => [p.row, p.column, decodeMessage(p.message)?.key])).toEqual([
      [2, 'Reference', 'importCardNumber'],
      [3, 'Reference', 'importCardNumber']
    ])
    expect(result.problems.every((p) => /last four digits/.test(messageText(p.message)))).toBe(true)
    expect(JSON.stringify(result)).not.toMatch(/1111/)
  })

  it('payments Excel: an escape character in a reference is refused the same way', async () => {
    const result = await refusedPayments(
      'pagos.xlsx',
      await xlsx({
        Pagos: [paymentsHeader, ['C-000001', '2026-02-10', 10, 'transfer', 'TRF\u001b[2J', '']]
      })
    )
    expect(result.applied).toBe(false)
    expect(rowProblems(result)).toEqual([{ row: 2, ...controlAt('E2', 0x1b) }])
  })

  it('customers: a bell in a name refuses its row and the file; a note with a tab and lines is imported', async () => {
    const rows = [
      ['Nombre', 'Ciudad', 'Notas'],
      ['Ferretería Núñez', 'Madrid', 'Calls mornings\n\tonly before 11'],
      ['Tienda\u0007 Sol', 'Sevilla', ''],
      ['Bar\nCentral', 'Cádiz', '']
    ]
    const refused = await refusedImport({
      kind: 'customers',
      fileName: 'clientes.csv',
      base64: csv(rows.map((r) => r.map((c) => `"${c}"`))),
      mapping: { name: 0, city: 1, notes: 2 }
    })
    expect(refused).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(refused)).toEqual([
      { row: 3, ...controlAt('A3', 7) },
      { row: 4, key: 'importLineBreak', params: { cell: 'A4' } }
    ])

    const applied = await desk.call('imports.apply', {
      kind: 'customers',
      fileName: 'clientes.csv',
      base64: csv(rows.slice(0, 2).map((r) => r.map((c) => `"${c}"`))),
      mapping: { name: 0, city: 1, notes: 2 }
    })
    expect(applied).toMatchObject({ applied: true, created: 1, problems: [] })
    const list = await desk.call('customers.list', customerQuery({ limit: 10 }))
    const saved = await desk.call('customers.get', { id: list.rows[0].id })
    expect(saved.notes).toBe('Calls mornings\n\tonly before 11')
  })

  it('products (Excel): a unit separator in a SKU is refused with its cell', async () => {
    const result = await refusedImport({
      kind: 'products',
      fileName: 'productos.xlsx',
      base64: await xlsx({
        Productos: [
          ['SKU', 'Nombre', 'Precio', 'IVA', 'Descripción'],
          ['P-1', 'Tornillo', 1.5, 21, 'M6 x 40\nZinc'],
          ['P-2', 'Tuerca', 0.5, 21, ''],
          ['P\u001f3', 'Arandela', 0.2, 21, '']
        ]
      }),
      mapping: { sku: 0, name: 1, price: 2, vatRate: 3, description: 4 }
    })
    expect(result).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(result)).toEqual([{ row: 4, ...controlAt('A4', 0x1f) }])
  })

  it('opening balances: a NUL in an invoice number is refused with its cell', async () => {
    const result = await refusedImport({
      kind: 'openingBalances',
      fileName: 'pendientes.csv',
      base64: csv([
        ['Cliente', 'Factura', 'Fecha', 'Importe pendiente'],
        ['C-000001', 'F-2025/\u00000412', '2025-11-10', '250,50']
      ]),
      mapping: { customer: 0, number: 1, issueDate: 2, amount: 3 }
    })
    expect(result).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(result)).toEqual([{ row: 2, ...controlAt('B2', 0) }])
  })

  it('weekly figures: a control character in the executive cell is a problem of that sheet and row', async () => {
    expect(await refusedActivity([['Ana\u0002 Núñez', '2026-W48', 1, 1, 1]])).toEqual([
      { sheet: 'Activity', row: 3, ...controlAt('A3', 2) }
    ])
  })
})

describe('imports refuse DEL, C1 controls and codes that are not characters', () => {
  it('payments CSV: DEL, NEL (U+0085) and CSI (U+009B) in references each refuse their row, and nothing is written', async () => {
    const result = await refusedPayments(
      'pagos.csv',
      csv([
        paymentsHeader,
        ['C-000001', '2026-02-10', '10', 'transfer', 'TRF\u007f1', ''],
        ['C-000001', '2026-02-10', '10', 'transfer', 'TRF\u00852', ''],
        ['C-000001', '2026-02-10', '10', 'transfer', '\u009b2JTRF4', '']
      ])
    )
    expect(result.applied).toBe(false)
    expect(result.payments).toBe(0)
    expect(rowProblems(result)).toEqual([
      { row: 2, ...controlAt('E2', 0x7f) },
      { row: 3, ...controlAt('E3', 0x85) },
      { row: 4, ...controlAt('E4', 0x9b) }
    ])
  })

  it('payments CSV in Windows-1252: a byte the code page leaves undefined (0x81) reads as U+0081 and is refused', async () => {
    const text = [paymentsHeader, ['C-000001', '2026-02-10', '10', 'transfer', 'Núñez X', '']]
      .map((r) => r.join(';'))
      .join('\r\n')
    const bytes = Buffer.from(text, 'latin1')
    bytes[bytes.indexOf('X', 0, 'latin1')] = 0x81
    const result = await refusedPayments('pagos.csv', bytes.toString('base64'))
    expect(result.encoding).toBe('windows-1252')
    expect(result.applied).toBe(false)
    expect(rowProblems(result)).toEqual([{ row: 2, ...controlAt('E2', 0x81) }])
  })

  it('payments Excel: a C1 control (U+0090) and U+FFFF (saved as _xFFFF_) are refused with their cells', async () => {
    const result = await refusedPayments(
      'pagos.xlsx',
      await xlsx({
        Pagos: [
          paymentsHeader,
          ['C-000001', '2026-02-10', 10, 'transfer', 'TRF\u0090', ''],
          ['C-000001', '2026-02-10', 10, 'transfer', 'TRF\uffff', '']
        ]
      })
    )
    expect(result.applied).toBe(false)
    expect(rowProblems(result)).toEqual([
      { row: 2, ...controlAt('E2', 0x90) },
      { row: 3, ...notCharacterAt('E3', 0xffff) }
    ])
    expect(messageText(result.problems[1].message)).toBe(
      'Cell E3 holds U+FFFF, which is not a character. Remove it from the file, then import again.'
    )
  })

  it('customers: U+FFFE in a name, and DEL in notes (where lines are allowed), refuse their rows', async () => {
    const result = await refusedImport({
      kind: 'customers',
      fileName: 'clientes.csv',
      base64: csv(
        [
          ['Nombre', 'Ciudad', 'Notas'],
          ['Tienda Sol', 'Sevilla', 'Mañanas\n\tsolo'],
          ['Ferretería\ufffe Núñez', 'Madrid', ''],
          ['Bar Central', 'Cádiz', 'Llamar\u007f antes']
        ].map((r) => r.map((c) => `"${c}"`))
      ),
      mapping: { name: 0, city: 1, notes: 2 }
    })
    expect(result).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(result)).toEqual([
      { row: 3, ...notCharacterAt('A3', 0xfffe) },
      { row: 4, ...controlAt('C4', 0x7f) }
    ])
  })

  it('products (Excel): half a surrogate pair in a SKU is refused; a whole pair (an emoji) in a name is text', async () => {
    const result = await refusedImport({
      kind: 'products',
      fileName: 'productos.xlsx',
      base64: await xlsx({
        Productos: [
          ['SKU', 'Nombre', 'Precio', 'IVA'],
          ['P-1', 'Tornillo 😀', 1.5, 21],
          ['P-\ud8002', 'Tuerca', 0.5, 21]
        ]
      }),
      mapping: { sku: 0, name: 1, price: 2, vatRate: 3 }
    })
    expect(result).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(result)).toEqual([{ row: 3, ...notCharacterAt('A3', 0xd800) }])
  })

  it('opening balances: a C1 control (U+0080) in an invoice number is refused with its cell', async () => {
    const result = await refusedImport({
      kind: 'openingBalances',
      fileName: 'pendientes.csv',
      base64: csv([
        ['Cliente', 'Factura', 'Fecha', 'Importe pendiente'],
        ['C-000001', 'F-2025/\u00800412', '2025-11-10', '250,50']
      ]),
      mapping: { customer: 0, number: 1, issueDate: 2, amount: 3 }
    })
    expect(result).toMatchObject({ applied: false, created: 0 })
    expect(rowProblems(result)).toEqual([{ row: 2, ...controlAt('B2', 0x80) }])
  })

  it('weekly figures: DEL and a lone low surrogate in the executive cells are problems of their rows', async () => {
    expect(
      await refusedActivity([
        ['Ana\u007f Núñez', '2026-W48', 1, 1, 1],
        ['Ana Núñez\udc00', '2026-W49', 1, 1, 1]
      ])
    ).toEqual([
      { sheet: 'Activity', row: 3, ...controlAt('A3', 0x7f) },
      { sheet: 'Activity', row: 4, ...notCharacterAt('A4', 0xdc00) }
    ])
  })
})
