/**
 * The Excel template for importing weekly activity figures and targets: an Activity sheet
 * pre-filled with the active sales executives for the chosen week (and what is already
 * entered), a Targets sheet with drop-down lists, and a sheet listing the sales executives.
 */
import ExcelJS from 'exceljs'
import { xlsxRow } from '../export/xml-text'
import { englishMessage } from '../../shared/errors'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import { targetMetrics, targetPeriods } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { activityGrid } from './activity'
import { excelDateFormat } from '../../shared/region'
import { getRegion } from '../region/service'

export const ACTIVITY_SHEET = 'Activity'
export const TARGETS_SHEET = 'Targets'
export const activityHeaders = ['Sales executive', 'Week', 'Calls', 'E-mails', 'Demos'] as const
export const targetHeaders = ['Sales executive', 'Figure', 'Period', 'Value', 'Valid from'] as const

function header(sheet: ExcelJS.Worksheet, headers: readonly string[], widths: number[]): void {
  sheet.columns = headers.map((h, i) => ({ header: h, width: widths[i] }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

export async function weeklyImportTemplate(db: Executor, week: string): Promise<FileResult> {
  const grid = await activityGrid(db, week)
  const executives = await db
    .selectFrom('salesExecutives')
    .select(['name', 'email', 'active'])
    .orderBy('name')
    .execute()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Salesdesk'

  const activity = workbook.addWorksheet(ACTIVITY_SHEET)
  header(activity, activityHeaders, [28, 11, 9, 9, 9])
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
        error: englishMessage({ key: 'templateWholeNumber' })
      }
    }
  }

  const targets = workbook.addWorksheet(TARGETS_SHEET)
  header(targets, targetHeaders, [28, 16, 10, 14, 12])
  // "Valid from" shows and takes dates in the company's region order (the import reads that order).
  targets.getColumn(5).numFmt = excelDateFormat((await getRegion(db)).format)
  for (let r = 2; r <= 500; r++) {
    targets.getCell(`B${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${targetMetrics.join(',')}"`]
    }
    targets.getCell(`C${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${targetPeriods.join(',')}"`]
    }
  }

  const list = workbook.addWorksheet('Sales executives')
  header(list, ['Name', 'E-mail', 'Active'], [28, 34, 8])
  for (const e of executives) list.addRow(xlsxRow([e.name, e.email, e.active ? 'Yes' : 'No']))

  const help = workbook.addWorksheet('How to')
  help.getColumn(1).width = 110
  for (const line of [
    'Weekly activity and targets for Salesdesk',
    '',
    `${ACTIVITY_SHEET}: one row per sales executive and ISO week (e.g. ${week}). Calls, e-mails and demos are whole numbers, 0 or more; leave a cell empty to keep what is entered.`,
    `${TARGETS_SHEET}: one row per target. Figure: ${targetMetrics.join(', ')}. Period: ${targetPeriods.join(', ')}.`,
    'Revenue is an amount (e.g. 12000.50); the other figures are whole numbers. Valid from: the date the target starts (e.g. 2026-10-01).',
    'A target applies from its date until the next target for the same executive and figure; earlier weeks keep their targets.',
    'Sales executives are matched by name or e-mail address (see the "Sales executives" sheet).',
    'Salesdesk checks every row first: if any row has a problem, nothing is imported and every problem is listed with its row number.'
  ]) {
    help.addRow(xlsxRow([line]))
  }
  help.getRow(1).font = { bold: true, size: 13 }

  const buffer = await workbook.xlsx.writeBuffer()
  return {
    kind: 'file',
    fileName: `weekly-activity-template-${week}.xlsx`,
    mimeType: XLSX_MIME,
    bytes: new Uint8Array(buffer)
  }
}
