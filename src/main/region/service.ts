/**
 * Region settings (issue 14): date and number formats, first day of week, clock (settings key
 * "region"), with the paper size and the company's time zone, which stay where their readers
 * already look (documents.paperSize; the working hours' time zone, which "today" follows): one
 * setting each, edited together on Settings → Region. Unset, the formats follow the company's print
 * locale (its country's, from setup).
 */
import { languageOfLocale, type Language } from '../../shared/languages'
import {
  defaultRegionFormat,
  regionFormat,
  type RegionFormat,
  type RegionSettings
} from '../../shared/region'
import { regionInput, type RegionInput } from '../../shared/schemas/region-api'
import { editEntry } from '../activity/edit-entry'
import type { Executor, ServiceContext } from '../context'
import { changedFields } from '../db/errors'
import { writeTransaction } from '../db/write-transaction'
import { getWorkingHours, WORKING_HOURS_KEY } from '../schedule/working-hours'
import { readSettings } from '../settings/service'
import { readJsonSetting, writeJsonSetting } from '../settings/json-setting'
import { recordSettingsSaved } from '../settings/saved-settings'

export const REGION_KEY = 'region'

/** The stored formats, or the print locale's when none (or a damaged value) is stored. */
export async function readRegionFormat(db: Executor): Promise<RegionFormat> {
  const settings = await readSettings(db)
  return readJsonSetting(db, REGION_KEY, regionFormat, defaultRegionFormat(settings.documents.printLocale))
}

export async function getRegion(db: Executor): Promise<RegionSettings> {
  const [format, settings, hours] = await Promise.all([
    readRegionFormat(db),
    readSettings(db),
    getWorkingHours(db)
  ])
  return {
    format,
    paperSize: settings.documents.paperSize,
    timeZone: hours.timeZone,
    defaultsFrom: settings.documents.printLocale
  }
}

export async function updateRegion(ctx: ServiceContext, input: RegionInput): Promise<RegionSettings> {
  const region = regionInput.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    const before = await getRegion(trx)
    await writeJsonSetting(trx, REGION_KEY, region.format)
    if (region.paperSize !== before.paperSize) {
      const { documents } = await readSettings(trx)
      await writeJsonSetting(trx, 'documents', { ...documents, paperSize: region.paperSize })
    }
    if (region.timeZone !== before.timeZone) {
      const hours = await getWorkingHours(trx)
      await writeJsonSetting(trx, WORKING_HOURS_KEY, { ...hours, timeZone: region.timeZone })
    }
    const changed = [
      ...changedFields(before.format, region.format),
      ...(region.paperSize === before.paperSize ? [] : ['paperSize']),
      ...(region.timeZone === before.timeZone ? [] : ['timeZone'])
    ]
    await recordSettingsSaved(
      trx,
      ctx,
      editEntry('the region settings', changed, { edited: 'settingsEdited' })
    )
    return getRegion(trx)
  })
}

/**
 * The region a printout in `language` writes dates and numbers in. The office's own paperwork (day
 * sheet, weekly report) and letters in the company's print language follow the region settings; a
 * customer's paper in another language is left to that language's usual locale (undefined), as its
 * reader expects.
 */
export async function printRegion(
  db: Executor,
  language: Language,
  paperwork: 'office' | 'customer'
): Promise<RegionFormat | undefined> {
  const settings = await readSettings(db)
  if (paperwork === 'customer' && languageOfLocale(settings.documents.printLocale) !== language)
    return undefined
  return readRegionFormat(db)
}
