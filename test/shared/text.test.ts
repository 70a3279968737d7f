import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForSearch, searchWords } from '../../src/shared/text'

describe('folding text for search', () => {
  it.each([
    ['José', 'jose'],
    ['Núñez', 'nunez'],
    ['Győr', 'gyor'],
    ['Szőreg Űrhajó', 'szoreg urhajo'],
    ['Смирнов', 'смирнов'],
    ['ЁЛКА Йошкар-Ола', 'елка иошкар-ола'],
    ['Straße', 'strasse'],
    ['GROẞE GMBH', 'grosse gmbh'],
    ['Ǿresund', 'oresund'],
    ['Col\u0387lectiu', 'collectiu'],
    ['Col·lectiu', 'collectiu'],
    ['Il·lustració', 'illustracio'],
    ['Łódź', 'lodz'],
    ['Ørsted', 'orsted'],
    ['Françoise Lemaître', 'francoise lemaitre'],
    ['  two   spaces\tand\nlines  ', 'two spaces and lines'],
    ['Ж', 'ж'],
    ['ÇA', 'ca'],
    ['', '']
  ])('%s -> %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded)
  })

  it('folds every single character to a fixed point (folding twice changes nothing)', () => {
    for (let cp = 0x80; cp <= 0x2fff; cp++) {
      const once = foldForSearch(String.fromCodePoint(cp))
      expect(foldForSearch(once), `U+${cp.toString(16)}`).toBe(once)
    }
  })

  it('treats composed and decomposed accents alike', () => {
    expect(foldForSearch('Jose\u0301')).toBe(foldForSearch('Jos\u00e9'))
  })

  it('is idempotent and never keeps upper case or combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = foldForSearch(text)
        expect(foldForSearch(once)).toBe(once)
        expect(once).not.toMatch(/\p{M}/u)
        expect(once).toBe(once.trim())
      })
    )
  })

  it('a folded word of a text is always found in the folded text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.constantFrom(...Array.from('aáeéoőöuüнйёЖßŁ·')), minLength: 1, maxLength: 6 }),
          {
            minLength: 1,
            maxLength: 5
          }
        ),
        fc.nat(),
        (words, pick) => {
          const text = words.join(' ')
          const word = words[pick % words.length]
          for (const w of searchWords(word)) expect(foldForSearch(text)).toContain(w)
        }
      )
    )
  })

  it('splits a search entry into folded words', () => {
    expect(searchWords('  José   GYŐR ')).toEqual(['jose', 'gyor'])
    expect(searchWords('   ')).toEqual([])
    expect(searchWords('50% _x')).toEqual(['50%', '_x'])
  })
})
