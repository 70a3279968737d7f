/**
 * Every area's strings, put together per language for i18next. Each screen area keeps its strings
 * in `<area>/strings.ts` beside its screens; adding an area means adding it to `areas` below.
 */
import { languages, type Language } from '../../../shared/languages'
import { activityStrings } from '../activity/strings'
import { componentsStrings } from '../components/strings'
import { contractsStrings } from '../contracts/strings'
import { customersStrings } from '../customers/strings'
import { documentsStrings } from '../documents/strings'
import { einvoiceStrings } from '../einvoice/strings'
import { errorsStrings } from '../errors/strings'
import { executivesStrings } from '../executives/strings'
import { importsStrings } from '../imports/strings'
import { paymentsStrings } from '../payments/strings'
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
