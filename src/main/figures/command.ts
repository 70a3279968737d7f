/**
 * `salesdesk report weekly --db FILE --week 2026-W47 --format xlsx|pdf --out FILE` (so the
 * report can be scheduled) and `salesdesk report invoice-lines --db FILE --year 2026 --out FILE`.
 */
import { Option, type Command } from 'commander'
import { DomainError } from '../../shared/errors'
import { isoWeekOf, parseIsoWeek } from '../../shared/iso-week'
import { languages, type Language } from '../../shared/languages'
import type { ReportFormat } from '../../shared/schemas/figures'
import { today } from '../clock'
import { runInJob } from '../jobs/context'
import { withExistingDatabase } from '../runtime'
import { buildReport } from './archive'
import { exportInvoiceLinesOfYear } from './invoice-lines'
import { say } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand, saveFile } from '../cli-file-command'

export async function weeklyReportCommand(options: {
  db: string
  week?: string
  format: ReportFormat
  out?: string
  language?: Language
}): Promise<void> {
  const given = options.week?.trim().toUpperCase()
  if (given !== undefined && !parseIsoWeek(given))
    throw new DomainError('invalid_input', { key: 'importWeekInvalid', params: { value: given } })
  // Never create an empty database just to report on nothing.
  await withExistingDatabase(options.db, async (app) => {
    // Without --week: the week of the company's today, in its time zone (the UTC date is still
    // last Sunday on a Monday morning east of Greenwich, and the scheduled report was a week late).
    const week = given ?? isoWeekOf(today(app.api.context))
    const file = await buildReport(
      app.store.db,
      week,
      options.format,
      app.api.context.now(),
      options.language
    )
    console.log(say('reportWritten', { week, path: saveFile(file, options.out) }))
  })
}

export async function invoiceLinesCommand(options: {
  db: string
  year: number
  out?: string
}): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const progress = {
      progress: (done: number, total: number) =>
        process.stderr.write(`\r${say('invoiceLinesProgress', { done, total })}`),
      isCancelled: () => false
    }
    const file = await runInJob(progress, () => exportInvoiceLinesOfYear(app.store.db, options.year))
    process.stderr.write('\n')
    console.log(say('invoiceLinesWritten', { year: options.year, path: saveFile(file, options.out) }))
  })
}

function year(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 2000 || n > 2999) throw new DomainError('invalid_input', { key: 'useYear' })
  return n
}

/** Adds the `report` command group to the program. */
export function addReportCommand(program: Command): void {
  const report = program.command('report').description(help('report'))
  fileCommand(report, 'weekly', 'reportWeekly')
    .option('--week <week>', help('reportWeek'))
    .addOption(new Option('--format <format>', help('reportFormat')).choices(['xlsx', 'pdf']).default('xlsx'))
    .option('--out <file>', help('reportOut'))
    .addOption(new Option('--language <language>', help('reportLanguage')).choices(languages))
    .action(weeklyReportCommand)
  fileCommand(report, 'invoice-lines', 'invoiceLines')
    .requiredOption('--year <year>', help('invoiceLinesYear'), year)
    .option('--out <file>', help('fileOut'))
    .action(invoiceLinesCommand)
}
