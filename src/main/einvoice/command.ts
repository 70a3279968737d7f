/**
 * `salesdesk einvoice --number INV-2026-00001 --format ubl|cii|facturx --out FILE`, and the batch
 * form `--type invoice --from DATE --to DATE --format ... --out-dir FOLDER`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { today } from '../clock'
import { join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { einvoiceFormats, type EInvoiceFormat } from '../../shared/schemas/einvoice'
import { batchRange, documentIdByNumber } from '../pdf/batch'
import { withExistingDatabase } from '../runtime'
import { eachEInvoice, einvoiceFile, type BatchQuery } from './service'
import { say, sayCount } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand, saveFile } from '../cli-file-command'

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

export async function einvoiceCommand(options: EInvoiceCommandOptions): Promise<void> {
  const choice = batchRange(options)
  // Never create an empty database just to find nothing in it.
  await withExistingDatabase(options.db, async (app) => {
    const on = today(app.api.context)
    if ('number' in choice) {
      const id = await documentIdByNumber(app.store.db, choice.number)
      const file = await einvoiceFile(app.store.db, id, options.format, on)
      console.log(say('wroteFile', { path: saveFile(file, options.out) }))
      return
    }
    const { from, to, outDir } = choice
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
    console.log(sayCount('wroteEInvoices', count, { folder }))
  })
}

export function addEInvoiceCommand(program: Command): void {
  fileCommand(program, 'einvoice', 'einvoice')
    .addOption(
      new Option('--format <format>', help('einvoiceFormat'))
        .choices([...einvoiceFormats])
        .makeOptionMandatory()
    )
    .option('--number <number>', help('number'))
    .option('--out <file>', help('einvoiceOut'))
    .addOption(
      new Option('--type <type>', help('einvoiceType'))
        .choices(['invoice', 'credit_note', 'debit_note', 'all'])
        .default('invoice')
    )
    .option('--from <date>', help('batchFrom'))
    .option('--to <date>', help('batchTo'))
    .option('--out-dir <folder>', help('einvoiceOutDir'))
    .action(einvoiceCommand)
}
