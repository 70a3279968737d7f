/**
 * `salesdesk einvoice --number INV-2026-00001 --format ubl|cii|facturx --out FILE`, and the batch
 * form `--type invoice --from DATE --to DATE --format ... --out-dir FOLDER`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { today } from '../clock'
import { join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { DomainError } from '../../shared/errors'
import { einvoiceFormats, type EInvoiceFormat } from '../../shared/schemas/einvoice'
import { documentIdByNumber } from '../pdf/batch'
import { startSalesdesk } from '../runtime'
import { eachEInvoice, einvoiceFile, type BatchQuery } from './service'

interface EInvoiceCommandOptions {
  db: string
  number?: string
  out?: string
  type?: BatchQuery['type']
  from?: string
  to?: string
  outDir?: string
  format: EInvoiceFormat
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

export async function einvoiceCommand(options: EInvoiceCommandOptions): Promise<void> {
  const single = options.number !== undefined
  const batch = options.from !== undefined || options.to !== undefined || options.outDir !== undefined
  if (single === batch)
    throw new DomainError('invalid_input', 'Give either --number and --out, or --from, --to and --out-dir.')
  // Never create an empty database just to find nothing in it.
  if (!existsSync(resolve(options.db)))
    throw new DomainError('not_found', `${resolve(options.db)} does not exist.`)
  const app = await startSalesdesk({ databasePath: resolve(options.db) })
  try {
    const on = today(app.api.context)
    if (options.number !== undefined) {
      const id = await documentIdByNumber(app.store.db, options.number)
      const file = await einvoiceFile(app.store.db, id, options.format, on)
      const out = resolve(options.out ?? file.fileName)
      writeFileSync(out, file.bytes)
      console.log(`Wrote ${out}.`)
      return
    }
    const { from, to, outDir } = options
    if (!from || !to || !outDir || !isoDate.test(from) || !isoDate.test(to))
      throw new DomainError(
        'invalid_input',
        'A batch needs --from and --to as dates like 2026-01-31, and --out-dir.'
      )
    const folder = resolve(outDir)
    mkdirSync(folder, { recursive: true })
    const count = await eachEInvoice(
      app.store.db,
      { type: options.type ?? 'invoice', from, to, format: options.format },
      on,
      (file) => {
        writeFileSync(join(folder, file.fileName), file.bytes)
        process.stderr.write(`\r${file.fileName}`)
      }
    )
    if (count > 0) process.stderr.write('\n')
    console.log(`Wrote ${count} e-invoice${count === 1 ? '' : 's'} to ${folder}.`)
  } finally {
    await app.close()
  }
}

export function addEInvoiceCommand(program: Command, dbOption: () => Option): void {
  program
    .command('einvoice')
    .description(
      'write EN 16931 e-invoices (UBL, CII or Factur-X): one by its number, or a period into a folder'
    )
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'ubl, cii or facturx')
        .choices([...einvoiceFormats])
        .makeOptionMandatory()
    )
    .option('--number <number>', 'the document number, e.g. INV-2026-00001')
    .option('--out <file>', 'the file to write (with --number)')
    .addOption(
      new Option('--type <type>', 'which documents (batch)')
        .choices(['invoice', 'credit_note', 'debit_note', 'all'])
        .default('invoice')
    )
    .option('--from <date>', 'first issue date, e.g. 2026-01-01 (batch)')
    .option('--to <date>', 'last issue date, e.g. 2026-12-31 (batch)')
    .option('--out-dir <folder>', 'folder for the files (batch)')
    .action(einvoiceCommand)
}
