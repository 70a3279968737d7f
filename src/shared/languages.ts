/**
 * The languages Salesdesk speaks, and the shape every translation table has. Declared once here so
 * the screens (renderer `<area>/strings.ts`) and the printed documents (main) share one definition.
 */
export const languages = ['en', 'es', 'ca', 'hu', 'ru'] as const
export type Language = (typeof languages)[number]

/** The languages that translate the English base tables. */
export type Translated = Exclude<Language, 'en'>

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

type PluralBase<K> = K extends `${infer B}_one` ? B : never

/**
 * A translation of the English table T: the same keys (strings, lists of strings, nested tables).
 * A plural written `x_one`/`x_other` in English may also have the `x_few` and `x_many` forms a
 * language needs (Russian, and Spanish/Catalan "many" for 1 000 000); which forms each language
 * must have exactly is checked by the strings test against Intl.PluralRules.
 */
export type Strings<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Strings<T[K]>
} & { [K in keyof T as `${PluralBase<K>}_${'few' | 'many'}`]?: string }

/** An area's strings: the English base and one translation per other language. */
export type Translations<T> = { en: T } & { [L in Translated]: Strings<T> }

/**
 * Where a language is the one customers read their paperwork in: a customer's document language
 * follows their country unless chosen on the customer (ISO 3166 codes). Andorra's official language
 * is Catalan; Spain's customers get Spanish (a Catalan customer is set to Catalan on the form).
 */
export const countryLanguages: Partial<Record<string, Language>> = {
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CL: 'es',
  CO: 'es',
  PE: 'es',
  UY: 'es',
  VE: 'es',
  EC: 'es',
  BO: 'es',
  PY: 'es',
  CR: 'es',
  PA: 'es',
  DO: 'es',
  GT: 'es',
  HN: 'es',
  SV: 'es',
  NI: 'es',
  CU: 'es',
  AD: 'ca',
  HU: 'hu',
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
  KG: 'ru'
}

/** The document language of a customer in `country` (English where none of ours is spoken). */
export function languageForCountry(country: string): Language {
  return countryLanguages[country.trim().toUpperCase()] ?? 'en'
}

/**
 * A customer's document language: the one chosen for them, else their country's; a customer with
 * no country yet reads the company's own print language (`companyLanguage`).
 */
export function documentLanguageOf(
  chosen: string | null,
  country: string,
  companyLanguage: Language
): Language {
  if (isLanguage(chosen)) return chosen
  return country.trim() === '' ? companyLanguage : languageForCountry(country)
}

/** The language of a locale ("es-ES" -> "es"); English when Salesdesk does not speak it. */
export function languageOfLocale(locale: string): Language {
  const language = locale.slice(0, 2).toLowerCase()
  return isLanguage(language) ? language : 'en'
}

/** The locale each language prints in when the company's own locale is of another language. */
const defaultLocales: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  ca: 'ca-ES',
  hu: 'hu-HU',
  ru: 'ru-RU'
}

/**
 * The locale numbers and dates print in for a document in `language`: the company's own locale
 * when it is of that language (es-ES stays es-ES, en-US stays en-US), otherwise the language's usual one.
 */
export function localeForLanguage(language: Language, companyLocale: string): string {
  return companyLocale.slice(0, 2).toLowerCase() === language ? companyLocale : defaultLocales[language]
}
