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
 * Translations of English messages still written as text by the shared schemas and the API
 * (looked up by the exact English text; errors with a key are translated by key instead).
 */
export type MessageTranslations = { [L in Translated]: Record<string, string> }
