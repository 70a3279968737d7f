/**
 * The Excel template for importing weekly activity figures and targets: an Activity sheet
 * pre-filled with the active sales executives for the chosen week (and what is already
 * entered), a Targets sheet with drop-down lists, a sheet listing the sales executives and a
 * "How to" sheet, all in the reader's language (`template-words.ts`; the import reads any of them).
 */
import ExcelJS from 'exceljs'
import { xlsxRow } from '../export/xml-text'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import { targetMetrics, targetPeriods } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { activityGrid } from './activity'
import { excelDateFormat } from '../../shared/region'
import { getRegion } from '../region/service'
import type { Language } from '../../shared/languages'
import { exportWordsLanguage, yesNoWords } from '../export/words'
import { templateWords } from './template-words'
import { messageIn } from '../message-language'

function header(sheet: ExcelJS.Worksheet, headers: readonly string[], widths: number[]): void {
  sheet.columns = headers.map((h, i) => ({ header: h, width: widths[i] }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The template in `language` (the user's; the company's document language when null). */
export async function weeklyImportTemplate(
  db: Executor,
  week: string,
  asked: Language | null = null
): Promise<FileResult> {
  const language = await exportWordsLanguage(db, asked)
  const words = templateWords[language]
  const grid = await activityGrid(db, week)
  const executives = await db
    .selectFrom('salesExecutives')
    .select(['name', 'email', 'active'])
    .orderBy('name')
    .execute()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Salesdesk'

  const activity = workbook.addWorksheet(words.sheets.activity)
  header(activity, words.activity, [28, 11, 12, 12, 14])
  for (const e of grid.executives.filter((x) => x.active)) {
    const value = (metric: string) =>
      grid.values.find((v) => v.executiveId === e.id && v.metric === metric)?.value ?? null
    activity.addRow(xlsxRow([e.name, week, value('calls'), value('emails'), value('demos')]))
  }
  for (let r = 2; r <= 500; r++) {
    for (const c of ['C', 'D', 'E']) {
      activity.getCell(`${c}${r}`).dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        error: messageIn({ key: 'templateWholeNumber' }, language)
      }
    }
  }

  const targets = workbook.addWorksheet(words.sheets.targets)
  header(targets, words.targets, [28, 20, 12, 14, 14])
  // "Valid from" shows and takes dates in the company's region order (the import reads that order).
  targets.getColumn(5).numFmt = excelDateFormat((await getRegion(db)).format)
  const metricList = targetMetrics.map((m) => words.metrics[m])
  const periodList = targetPeriods.map((p) => words.periods[p])
  for (let r = 2; r <= 500; r++) {
    targets.getCell(`B${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${metricList.join(',')}"`]
    }
    targets.getCell(`C${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${periodList.join(',')}"`]
    }
  }

  const list = workbook.addWorksheet(words.sheets.executives)
  header(list, words.executives, [28, 34, 8])
  const yesNo = yesNoWords[language]
  for (const e of executives) list.addRow(xlsxRow([e.name, e.email, e.active ? yesNo.yes : yesNo.no]))

  const help = workbook.addWorksheet(words.sheets.help)
  help.getColumn(1).width = 110
  const lines = words.help(words.sheets, {
    week,
    metrics: metricList.join(', '),
    periods: periodList.join(', ')
  })
  for (const line of lines) help.addRow(xlsxRow([line]))
  help.getRow(1).font = { bold: true, size: 13 }

  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: `weekly-activity-template-${week}.xlsx`,
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
