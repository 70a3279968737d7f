/**
 * Issue 13 item 11 and issue 10 figures: 100 000 customers from an xlsx and a 200 000-row
 * payments CSV through the import core (time, rows/s, peak memory), each against the raw parser
 * (exceljs streaming reader, csv-parse) reading the same file. Built in a separate store so the
 * large demo is left as it is.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import { createApi } from '../src/main/api'
import { openStore } from '../src/main/db/open'
import { spanishCompanyTaxId } from '../src/shared/tax-ids'
import { heading, ms, report } from './stats'

/** Runs `work` while sampling the heap and RSS; the peaks above what was in use before. */
async function measured<T>(
  work: () => Promise<T>
): Promise<{ ms: number; heapMb: number; rssMb: number; result: T }> {
  const base = process.memoryUsage()
  let heap = base.heapUsed
  let rss = base.rss
  const sample = () => {
    const now = process.memoryUsage()
    heap = Math.max(heap, now.heapUsed)
    rss = Math.max(rss, now.rss)
  }
  const timer = setInterval(sample, 10)
  const started = performance.now()
  try {
    const result = await work()
    sample()
    return {
      ms: performance.now() - started,
      heapMb: (heap - base.heapUsed) / 2 ** 20,
      rssMb: (rss - base.rss) / 2 ** 20,
      result
    }
  } finally {
    clearInterval(timer)
  }
}

const perSecond = (rows: number, millis: number) =>
  `${Math.round(rows / (millis / 1000)).toLocaleString('en')} rows/s`
const memory = (m: { heapMb: number; rssMb: number }) =>
  `peak +${m.heapMb.toFixed(0)} MB heap, +${m.rssMb.toFixed(0)} MB RSS`

async function customersXlsx(path: string, count: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false })
  const sheet = workbook.addWorksheet('Clientes')
  sheet.addRow(['Nombre', 'NIF', 'País', 'Población', 'Correo electrónico']).commit()
  for (let i = 1; i <= count; i++)
    sheet
      .addRow([`Cliente ${i} Núñez S.L.`, spanishCompanyTaxId(i), 'ES', 'Madrid', `c${i}@example.es`])
      .commit()
  sheet.commit()
  await workbook.commit()
}

export async function benchImports(folder: string): Promise<void> {
  heading('Imports')
  const path = join(folder, 'imports.db')
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  const store = await openStore(path)
  const api = createApi({
    store,
    dataFolder: folder,
    version: 'bench',
    actor: 'bench',
    now: () => new Date()
  })
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await api.dispatch(method, input)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.data as T
  }
  try {
    const customers = 100_000
    const xlsxPath = join(folder, 'customers-100k.xlsx')
    await customersXlsx(xlsxPath, customers)
    const xlsx = readFileSync(xlsxPath)
    report(
      'customers xlsx',
      `${(xlsx.length / 2 ** 20).toFixed(1)} MB`,
      `${customers.toLocaleString('en')} rows`
    )
    const raw = await measured(async () => {
      let rows = 0
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([xlsx]), { worksheets: 'emit' })
      for await (const sheet of reader) for await (const row of sheet) rows += row.number > 0 ? 1 : 0
      return rows
    })
    report('  raw exceljs streaming read', ms(raw.ms), `${perSecond(customers, raw.ms)}; ${memory(raw)}`)
    const base64 = xlsx.toString('base64')
    const mapping = { name: 0, taxId: 1, country: 2, city: 3, email: 4 }
    const imported = await measured(() =>
      call<{ applied: boolean; created: number }>('imports.apply', {
        kind: 'customers',
        fileName: 'c.xlsx',
        base64,
        mapping
      })
    )
    report(
      '  imports.apply customers (checked, written)',
      ms(imported.ms),
      `${perSecond(customers, imported.ms)}; ${memory(imported)}; ${(imported.ms / raw.ms).toFixed(1)}× raw read; created ${imported.result.created.toLocaleString('en')}`
    )

    // 200 000 payments of the first 100 imported customers (no invoices: they become credit).
    const payments = 200_000
    const lines = ['Customer no.;Date;Amount;Method;Reference']
    for (let i = 0; i < payments; i++)
      lines.push(
        `C-${String((i % 100) + 1).padStart(6, '0')};2026-01-${String((i % 28) + 1).padStart(2, '0')};${(i % 500) + 1},50;transfer;TRF-${i}`
      )
    const csv = Buffer.from(lines.join('\r\n'))
    writeFileSync(join(folder, 'payments-200k.csv'), csv)
    report('payments csv', `${(csv.length / 2 ** 20).toFixed(1)} MB`, `${payments.toLocaleString('en')} rows`)
    const rawCsv = await measured(async () => {
      let rows = 0
      for await (const record of Readable.from([csv]).pipe(parse({ delimiter: ';' })))
        rows += Array.isArray(record) ? 1 : 0
      return rows
    })
    report('  raw csv-parse read', ms(rawCsv.ms), `${perSecond(payments, rawCsv.ms)}; ${memory(rawCsv)}`)
    const csvBase64 = csv.toString('base64')
    const bad = await measured(() =>
      call<{ moreProblems: number }>('payments.import', {
        fileName: 'p.csv',
        base64: Buffer.from(lines.join('\r\n').replaceAll(';transfer;', ';cheque;')).toString('base64')
      })
    )
    report(
      '  payments.import, every row bad',
      ms(bad.ms),
      `${perSecond(payments, bad.ms)}; ${memory(bad)}; ${(bad.ms / rawCsv.ms).toFixed(1)}× raw; 200 listed + ${bad.result.moreProblems.toLocaleString('en')}`
    )
    const good = await measured(() =>
      call<{ payments: number }>('payments.import', { fileName: 'p.csv', base64: csvBase64 })
    )
    report(
      '  payments.import, recorded',
      ms(good.ms),
      `${perSecond(payments, good.ms)}; ${memory(good)}; ${(good.ms / rawCsv.ms).toFixed(1)}× raw; ${good.result.payments.toLocaleString('en')} payments`
    )
  } finally {
    await store.close()
  }
}
