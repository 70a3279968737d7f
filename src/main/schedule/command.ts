/**
 * `salesdesk ics` (an executive's or the team's calendar as an .ics file) and
 * `salesdesk day-sheet` (an executive's day as a PDF). Both go through the API, so the same
 * validation applies; dates are days in the team's time zone (working hours setting).
 */
import type { Command } from 'commander'
import { DomainError } from '../../shared/errors'
import { callApi, withExistingDatabase } from '../runtime'
import { addDaysIso } from '../../shared/iso-week'
import { localDayBounds } from './time'
import { getWorkingHours } from './working-hours'
import { say } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand, recordNumber, saveFile } from '../cli-file-command'

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
      to: localDayBounds(addDaysIso(options.to, 1), timeZone).from
    })
    console.log(say('wroteFile', { path: saveFile(file, options.out) }))
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
    console.log(say('wroteFile', { path: saveFile(file, options.out) }))
  })
}

export function addCalendarCommand(program: Command): void {
  fileCommand(program, 'ics', 'ics')
    .option('--executive <id>', help('icsExecutive'), recordNumber('executiveNumberArgument'))
    .requiredOption('--from <date>', help('firstDay'))
    .requiredOption('--to <date>', help('lastDay'))
    .requiredOption('--out <file>', help('icsOut'))
    .action(icsCommand)

  fileCommand(program, 'day-sheet', 'daySheet')
    .requiredOption('--executive <id>', help('daySheetExecutive'), recordNumber('executiveNumberArgument'))
    .requiredOption('--date <date>', help('daySheetDate'))
    .requiredOption('--out <file>', help('pdfFile'))
    .action(daySheetCommand)
}
