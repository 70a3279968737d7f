/**
 * `salesdesk ics` (an executive's or the team's calendar as an .ics file) and
 * `salesdesk day-sheet` (an executive's day as a PDF). Both go through the API, so the same
 * validation applies; dates are days in the team's time zone (working hours setting).
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidArgumentError, type Command, type Option } from 'commander'
import { DomainError } from '../../shared/errors'
import { callApi, withExistingDatabase } from '../runtime'
import { addDays, localDayBounds } from './time'
import { getWorkingHours } from './working-hours'
import { say } from '../cli-language'

function executiveId(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('Use the number of a sales executive, e.g. 3.')
  return n
}

interface IcsOptions {
  db: string
  executive?: number
  from: string
  to: string
  out: string
}

async function icsCommand(options: IcsOptions): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const { timeZone } = await getWorkingHours(app.store.db)
    const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))
    if (!valid(options.from) || !valid(options.to))
      throw new DomainError('invalid_input', { key: 'giveFromToDates' })
    const file = await callApi(app.api, 'schedule.ics', {
      executiveId: options.executive ?? null,
      from: localDayBounds(options.from, timeZone).from,
      // --to is the last day included.
      to: localDayBounds(addDays(options.to, 1), timeZone).from
    })
    const out = resolve(options.out)
    writeFileSync(out, file.bytes)
    console.log(say('wroteFile', { path: out }))
  })
}

async function daySheetCommand(options: {
  db: string
  executive: number
  date: string
  out: string
}): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const file = await callApi(app.api, 'schedule.daySheetPdf', {
      executiveId: options.executive,
      date: options.date
    })
    const out = resolve(options.out)
    writeFileSync(out, file.bytes)
    console.log(say('wroteFile', { path: out }))
  })
}

export function addCalendarCommand(program: Command, dbOption: () => Option): void {
  program
    .command('ics')
    .description('write the schedule (visits and meetings) as an iCalendar file calendar apps import')
    .addOption(dbOption())
    .option('--executive <id>', 'one sales executive (default: the whole team)', executiveId)
    .requiredOption('--from <date>', 'first day, e.g. 2026-03-01')
    .requiredOption('--to <date>', 'last day, e.g. 2026-03-31')
    .requiredOption('--out <file>', 'the .ics file to write')
    .action(icsCommand)

  program
    .command('day-sheet')
    .description("print a sales executive's day (visits in order, addresses, contacts, notes) to PDF")
    .addOption(dbOption())
    .requiredOption('--executive <id>', 'the sales executive', executiveId)
    .requiredOption('--date <date>', 'the day, e.g. 2026-03-03')
    .requiredOption('--out <file>', 'the PDF file to write')
    .action(daySheetCommand)
}
