/**
 * Every area's strings, put together per language for i18next. Each screen area keeps its strings
 * in `<area>/strings.ts` beside its screens; adding an area means adding it to `areas` below.
 */
import {
  languages,
  type Language,
  type MessageTranslations,
  type Translated
} from '../../../shared/languages'
import { activityStrings } from '../activity/strings'
import { componentsStrings } from '../components/strings'
import { contractsStrings } from '../contracts/strings'
import { customersStrings } from '../customers/strings'
import { documentsStrings } from '../documents/strings'
import { einvoiceStrings } from '../einvoice/strings'
import { errorsStrings } from '../errors/strings'
import { executivesStrings } from '../executives/strings'
import { importsStrings } from '../imports/strings'
import { paymentsMessages, paymentsStrings } from '../payments/strings'
import { productsStrings } from '../products/strings'
import { requestsStrings } from '../requests/strings'
import { callsStrings } from '../calls/strings'
import { campaignsStrings } from '../campaigns/strings'
import { scheduleStrings } from '../schedule/strings'
import { settingsStrings } from '../settings/strings'
import { regionStrings } from '../region/strings'
import { shellStrings } from '../shell/strings'
import { weeklyStrings } from '../weekly/strings'
import { verifactuRecordStrings, verifactuStrings } from '../verifactu/strings'
import { verifactuEventStrings } from '../verifactu/event-strings'
import { mailStrings } from '../mail/strings'
import { setupStrings } from '../setup/strings'
import { searchStrings } from '../search/strings'
import { navStrings } from '../nav/strings'

/** Each area's tables; their top-level keys (namespaces) never overlap. */
export const areas = {
  shell: shellStrings,
  components: componentsStrings,
  errors: errorsStrings,
  customers: customersStrings,
  products: productsStrings,
  executives: executivesStrings,
  activity: activityStrings,
  weekly: weeklyStrings,
  settings: settingsStrings,
  region: regionStrings,
  documents: documentsStrings,
  einvoice: einvoiceStrings,
  payments: paymentsStrings,
  contracts: contractsStrings,
  schedule: scheduleStrings,
  requests: requestsStrings,
  calls: callsStrings,
  campaigns: campaignsStrings,
  verifactu: verifactuStrings,
  verifactuRecords: verifactuRecordStrings,
  verifactuEvents: verifactuEventStrings,
  navReporting: navStrings,
  mail: mailStrings,
  setup: setupStrings,
  search: searchStrings,
  imports: importsStrings
}

export type Table = { [key: string]: string | readonly string[] | Table }

function tableOf(language: Language): Table {
  return Object.assign({}, ...Object.values(areas).map((area) => area[language])) as Table
}

/** i18next resources: one `translation` table per language. */
export const resources = Object.fromEntries(
  languages.map((language) => [language, { translation: tableOf(language) }])
) as Record<Language, { translation: Table }>

/**
 * Core messages still sent as English text, translated by that text: only the card-number refusal is
 * left (its key is due from the core this session); everything else is translated by key.
 */
export const messageAreas: MessageTranslations[] = [paymentsMessages]

/** Translations of those English messages, per language. */
export const messageTables = Object.fromEntries(
  languages
    .filter((language): language is Translated => language !== 'en')
    .map((language) => [
      language,
      Object.assign({}, ...messageAreas.map((area) => area[language])) as Record<string, string>
    ])
) as Record<Translated, Record<string, string>>
