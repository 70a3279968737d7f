/**
 * Every language has every string, in the plural forms its grammar needs, and nothing else; every
 * English key is used by a screen; every translated API message still exists in the core.
 * The expected plural forms come from Intl.PluralRules (the same CLDR rules i18next uses), so
 * Russian must have one/few/many/other and Hungarian one/other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { languages } from '../../src/shared/languages'
import { areas, resources, type Table } from '../../src/renderer/src/i18n/resources'

const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other']

/** key path → value, for strings and lists (a list is one entry). */
function flatten(table: Table, prefix = ''): Map<string, string | readonly string[]> {
  const out = new Map<string, string | readonly string[]>()
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value as string | readonly string[])
    else for (const [k, v] of flatten(value as Table, path)) out.set(k, v)
  }
  return out
}

function pluralBase(key: string): string | undefined {
  const match = /^(.*)_([a-z]+)$/.exec(key)
  return match && pluralSuffixes.includes(match[2]) ? match[1] : undefined
}

/** The keys a language must have: English keys, with each plural spelled in that language's forms. */
function expectedKeys(language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of flatten(resources.en.translation).keys()) {
    const base = pluralBase(key)
    if (base === undefined) keys.add(key)
    else for (const category of categories) keys.add(`${base}_${category}`)
  }
  return keys
}

const params = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern)
    return pattern.test(name) && !name.startsWith('strings.') ? [path] : []
  })
}

describe('UI strings', () => {
  const english = flatten(resources.en.translation)

  it('each area owns its own namespaces', () => {
    const seen = new Map<string, string>()
    for (const [area, strings] of Object.entries(areas)) {
      for (const namespace of Object.keys(strings.en)) {
        expect(seen.get(namespace), `${namespace} is in ${area} and ${seen.get(namespace)}`).toBeUndefined()
        seen.set(namespace, area)
      }
    }
  })

  it('English spells each plural as one/other', () => {
    const bases = new Set([...english.keys()].map(pluralBase).filter((b) => b !== undefined))
    for (const base of bases) {
      expect([...english.keys()].filter((k) => pluralBase(k) === base).sort(), base).toEqual([
        `${base}_one`,
        `${base}_other`
      ])
    }
  })

  for (const language of languages.filter((l) => l !== 'en')) {
    describe(language, () => {
      const table = flatten(resources[language].translation)
      const expected = expectedKeys(language)

      it('has every key, in its plural forms', () => {
        expect([...expected].filter((key) => !table.has(key))).toEqual([])
      })

      it('has no key English does not have', () => {
        expect([...table.keys()].filter((key) => !expected.has(key))).toEqual([])
      })

      it('uses the same placeholders and list lengths as English', () => {
        const wrong: string[] = []
        for (const [key, value] of table) {
          const base = pluralBase(key)
          const source = base === undefined ? english.get(key) : english.get(`${base}_other`)
          if (source === undefined) continue
          if (typeof source !== 'string' || typeof value !== 'string') {
            if (source.length !== value.length)
              wrong.push(`${key}: ${value.length} items, English ${source.length}`)
            continue
          }
          const want = [...params(source)].sort()
          const have = [...params(value)].sort()
          // A plural form for exactly one thing may leave the number out ("un cliente").
          const ok =
            base !== undefined && key.endsWith('_one')
              ? have.every((p) => want.includes(p))
              : want.join() === have.join()
          if (!ok) wrong.push(`${key}: {{${have.join(', ')}}} but English has {{${want.join(', ')}}}`)
        }
        expect(wrong).toEqual([])
      })
    })
  }

  it('uses every English key somewhere in the screens', () => {
    const source = sourceFiles('src/renderer/src', /\.(ts|tsx)$/)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const literals = new Set([...source.matchAll(/['"`]([\w.-]+)['"`]/g)].map((m) => m[1]))
    // t(`documents.status.${status}`) uses every key the template can produce.
    const templates = [...source.matchAll(/`((?:[\w.]|\$\{[^}`]*\})+)`/g)]
      .filter((m) => m[1].includes('.'))
      .map((m) => new RegExp('^' + m[1].replace(/\./g, '\\.').replace(/\$\{[^}]*\}/g, '[^.]+') + '$'))
    // <ToneBadge words="customers.status" …/> and statusBadge({ words: 'campaigns.statuses', … }) read
    // `${words}.${status}`: every status key under it.
    const badgeWords = [...source.matchAll(/\bwords(?:="|: ')([\w.]+)["']/g)].map(
      (m) => new RegExp('^' + m[1].replace(/\./g, '\\.') + '\\.[^.]+$')
    )
    const unused = [...english.keys()].filter((key) => {
      const name = pluralBase(key) ?? key
      return ![...templates, ...badgeWords].some((pattern) => pattern.test(name)) && !literals.has(name)
    })
    expect(unused).toEqual([])
  })
})
