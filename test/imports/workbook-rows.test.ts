/**
 * The Excel reader of every import (src/main/imports/table.ts) against zip layouts it meets:
 * the workbook part stored last (exceljs and LibreOffice write it so), sheets stored before the
 * shared strings, and a reader that falls behind the zip parser, which used to lose the last
 * parts and refuse a good file as "not a workbook" (exceljs issue 3064).
 */
import { createRequire } from 'node:module'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { workbookRows, openTable } from '../../src/main/imports/table'

async function activityBook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const activity = book.addWorksheet('Activity')
  activity.addRow(['Executive', 'Email', 'Calls'])
  activity.addRow(['Ana Pérez', 'ana@example.es', 17])
  activity.addRow(['Jordi Puig', 'jordi@example.cat', 5])
  const targets = book.addWorksheet('Targets')
  targets.addRow(['Executive', 'Metric', 'Period', 'Value', 'Valid from'])
  targets.addRow(['Ana Pérez', 'calls', 'week', 20, new Date(Date.UTC(2026, 0, 5))])
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function rowsOf(bytes: Buffer, sheets?: string[]) {
  const out: { sheet: string; row: number; cells: unknown[] }[] = []
  for await (const { sheet, row, cells } of workbookRows(bytes, sheets)) out.push({ sheet, row, cells })
  return out
}

const expected = [
  { sheet: 'Activity', row: 1, cells: ['Executive', 'Email', 'Calls'] },
  { sheet: 'Activity', row: 2, cells: ['Ana Pérez', 'ana@example.es', 17] },
  { sheet: 'Activity', row: 3, cells: ['Jordi Puig', 'jordi@example.cat', 5] },
  { sheet: 'Targets', row: 1, cells: ['Executive', 'Metric', 'Period', 'Value', 'Valid from'] },
  { sheet: 'Targets', row: 2, cells: ['Ana Pérez', 'calls', 'week', 20, new Date(Date.UTC(2026, 0, 5))] }
]

/** The same workbook with its zip entries stored in another order (what other programs write). */
async function reordered(bytes: Buffer, order: (paths: string[]) => string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes)
  const paths = Object.keys(source.files).filter((p) => !source.files[p].dir)
  const out = new JSZip()
  for (const path of order(paths)) out.file(path, await source.files[path].async('nodebuffer'))
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

describe('reading an Excel workbook', () => {
  it('reads every row of the sheets asked for, with dates and numbers as such', async () => {
    expect(await rowsOf(await activityBook(), ['Activity', 'Targets'])).toEqual(expected)
  })

  it('reads only the first tab without a list, and skips sheets not asked for', async () => {
    const bytes = await activityBook()
    expect(await rowsOf(bytes)).toEqual(expected.filter((r) => r.sheet === 'Activity'))
    expect(await rowsOf(bytes, ['Targets'])).toEqual(expected.filter((r) => r.sheet === 'Targets'))
  })

  it('reads the same rows whatever order the zip stores its parts in', async () => {
    const bytes = await activityBook()
    const layouts = [
      (p: string[]) => [...p].reverse(),
      (p: string[]) => [
        ...p.filter((x) => x.includes('worksheets/')),
        ...p.filter((x) => !x.includes('worksheets/'))
      ],
      (p: string[]) => [...p.filter((x) => !x.endsWith('workbook.xml')), 'xl/workbook.xml']
    ]
    for (const layout of layouts)
      expect(await rowsOf(await reordered(bytes, layout), ['Activity', 'Targets'])).toEqual(expected)
  })

  it('loses no part when the reader falls behind the zip parser', async () => {
    // exceljs's own reader parks early sheets in temporary files; a slow disk let the zip parser
    // reach the end first, and the parts it had not handed over yet were dropped. The delay
    // below makes that slow disk certain (the module is exceljs's own copy of `tmp`).
    const tmp = createRequire(require.resolve('exceljs'))('tmp') as {
      file: (cb: (...args: unknown[]) => void) => void
    }
    const original = tmp.file
    tmp.file = (cb) => setTimeout(() => original(cb), 50)
    try {
      const bytes = await activityBook()
      for (let i = 0; i < 3; i++) expect(await rowsOf(bytes, ['Activity', 'Targets'])).toEqual(expected)
    } finally {
      tmp.file = original
    }
  })

  it('refuses a file that is not a workbook, by key', async () => {
    const notZip = Buffer.from('Executive;Calls\nAna;17\n')
    await expect(rowsOf(notZip)).rejects.toMatchObject({ code: 'invalid_input' })
    const zipWithoutBook = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'nodebuffer' })
    await expect(rowsOf(zipWithoutBook)).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('refuses a workbook whose sheet is damaged, by key, and goes on working', async () => {
    const bytes = await reordered(await activityBook(), (p) => p)
    // The first copy of the name is the sheet's local header; its compressed data follow it.
    const name = Buffer.from('xl/worksheets/sheet1.xml')
    const at = bytes.indexOf(name) + name.length
    const damaged = Buffer.from(bytes)
    damaged.fill(0xff, at + 4, at + 40)
    await expect(rowsOf(damaged, ['Activity'])).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await rowsOf(bytes, ['Activity', 'Targets'])).toEqual(expected)
  })

  it('tells how far it has read, for the progress bar', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Customers')
    for (let i = 0; i < 3000; i++) sheet.addRow([`Customer ${i}`, `B${String(10000000 + i)}`, i])
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    const table = openTable('customers.xlsx', bytes)
    const seen: number[] = []
    let rows = 0
    for await (const _ of table.rows) {
      rows++
      if (rows % 500 === 0) seen.push(table.bytesRead())
    }
    expect(rows).toBe(3000)
    expect(seen.at(-1)).toBeGreaterThan(0)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
    expect(table.bytesRead()).toBeLessThanOrEqual(bytes.length)
  })
})
