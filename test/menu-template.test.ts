/**
 * The application menu's entries in the five languages (issue 14), from the Electron-free
 * template: every entry labelled, nothing left in English in the other languages but the
 * product's name, and the same entries and commands in each.
 */
import { describe, expect, it } from 'vitest'
import { menuTemplate, menuWords, type MenuEntry } from '../src/main/menu-template'
import { languages } from '../src/shared/languages'

const flat = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((entry) => ('submenu' in entry ? [entry, ...flat(entry.submenu)] : [entry]))
const labels = (entries: MenuEntry[]) => flat(entries).flatMap((e) => ('label' in e ? [e.label] : []))
const shape = (entries: MenuEntry[]) =>
  flat(entries).map((e) =>
    'role' in e ? e.role : 'command' in e ? e.command : 'submenu' in e ? 'menu' : '-'
  )

const english = menuTemplate((word) => menuWords.en[word])
// Words every language spells the same.
const sameEverywhere = new Set(['Zoom'])

describe('the application menu in five languages', () => {
  it('labels every entry in English and offers back-up, the data folder and quitting', () => {
    expect(labels(english).slice(0, 4)).toEqual(['File', 'Back up now', 'Open data folder', 'Quit Salesdesk'])
    expect(shape(english)).toContain('backup')
    expect(shape(english)).toContain('dataFolder')
    expect(shape(english)).toContain('quit')
  })

  it.each(languages.filter((l) => l !== 'en'))(
    'has the same entries in %s, none left in English',
    (language) => {
      const template = menuTemplate((word) => menuWords[language][word])
      expect(shape(template)).toEqual(shape(english))
      const own = labels(template)
      expect(own.every((label) => label.trim() !== '')).toBe(true)
      const englishLabels = new Set(labels(english).filter((l) => !sameEverywhere.has(l)))
      expect(own.filter((label) => englishLabels.has(label))).toEqual([])
      // No English word inside a label either, but the product's name.
      const englishWords = new Set(
        labels(english)
          .flatMap((l) => l.toLowerCase().split(/\s+/))
          .filter((w) => w !== 'salesdesk' && w !== 'zoom' && w.length > 2)
      )
      const words = own.flatMap((l) => l.toLowerCase().split(/[\s/]+/))
      expect(words.filter((w) => englishWords.has(w))).toEqual([])
      if (language === 'ru')
        // Cyrillic only, but the product's name.
        expect(own.map((l) => l.replace('Salesdesk', '')).filter((l) => /[A-Za-z]/.test(l))).toEqual([])
    }
  )
})
