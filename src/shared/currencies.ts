/**
 * Currencies from ISO 4217 (list one, the active codes; funds codes and precious metals left out)
 * with their minor units: every amount is stored as an integer in its currency's minor unit
 * (cents for EUR, fillér for HUF, none for JPY, fils/1000 for KWD).
 */

const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND'
const FOUR_DECIMALS = 'CLF UYW'
const TWO_DECIMALS =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ ' +
  'GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD ' +
  'MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON ' +
  'RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS ' +
  'UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG'

const table = new Map<string, number>()
for (const [codes, digits] of [
  [ZERO_DECIMALS, 0],
  [TWO_DECIMALS, 2],
  [THREE_DECIMALS, 3],
  [FOUR_DECIMALS, 4]
] as const) {
  for (const code of codes.split(' ')) table.set(code, digits)
}

/** Every active ISO 4217 code, sorted. */
export const CURRENCY_CODES: readonly string[] = [...table.keys()].sort()

export function isCurrencyCode(code: string): boolean {
  return table.has(code)
}

/** Digits after the decimal point of the currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function minorUnits(code: string): number {
  const digits = table.get(code)
  if (digits === undefined) throw new RangeError(`Unknown currency code: ${code}`)
  return digits
}
