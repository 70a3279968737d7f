/**
 * Text layout without running the shaper on every word, for PDFs with tens of thousands of
 * cells (the weekly report's lists). pdfkit lays out each new word with fontkit, which runs
 * every OpenType feature of DejaVu Sans over it (~0.1 ms a word); in Latin, Greek and Cyrillic
 * text the only thing the shaper does there is kerning between neighbours. So a word is put
 * together from its letters, each letter's advance taken from the shaper's layout of that letter
 * with the next one (remembered per pair, for the life of the process): the same glyphs and
 * positions, hence the same bytes, as fontkit gives. Whenever a pair is not that simple (a
 * ligature such as "fi", a mark placed on a letter, a form that depends on its neighbours) or a
 * character is outside those scripts, the word goes to fontkit as before.
 */

interface Glyph {
  id: number
  advanceWidth: number
}

interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
}

/** What pdfkit reads of a fontkit layout (GlyphRun). */
interface Run {
  glyphs: Glyph[]
  positions: Position[]
  readonly advanceWidth: number
}

/** The part of a fontkit font this needs. */
export interface ShapingFont {
  layout: (text: string, features?: unknown) => Run
  glyphForCodePoint: (codePoint: number) => Glyph
}

/** Latin, Greek, Cyrillic, general punctuation and currency signs: no shaping but kerning. */
const isPlain = (codePoint: number) =>
  (codePoint >= 0x20 && codePoint < 0x0300) ||
  (codePoint >= 0x0370 && codePoint < 0x0483) ||
  (codePoint >= 0x048a && codePoint < 0x0530) ||
  (codePoint >= 0x2000 && codePoint < 0x2070 && codePoint !== 0x200c && codePoint !== 0x200d) ||
  (codePoint >= 0x20a0 && codePoint < 0x20c0)

class PairAdvances {
  /** Letter pair (code points, 0: end of word) -> the first glyph's advance in font units; null: not simple. */
  private readonly advances = new Map<number, number | null>()

  constructor(private readonly font: ShapingFont) {}

  /** The advance of `first` followed by `next` (0 at the end of the word). */
  advance(first: number, next: number): number | null {
    const key = first * 0x110000 + next
    let advance = this.advances.get(key)
    if (advance === undefined) {
      advance = this.measure(first, next)
      this.advances.set(key, advance)
    }
    return advance
  }

  private measure(first: number, next: number): number | null {
    const letters = next === 0 ? [first] : [first, next]
    const run = this.font.layout(String.fromCodePoint(...letters))
    const expected = letters.map((c) => this.font.glyphForCodePoint(c))
    if (run.glyphs.length !== expected.length) return null
    if (expected.some((glyph, i) => glyph.id === 0 || run.glyphs[i] !== glyph)) return null
    if (run.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0 || p.yAdvance !== 0)) return null
    // The second letter keeps its own advance: only the first is kerned towards it.
    if (next !== 0 && run.positions[1].xAdvance !== this.advance(next, 0)) return null
    return run.positions[0].xAdvance
  }
}

const pairs = new WeakMap<ShapingFont, PairAdvances>()

function fastRun(font: ShapingFont, text: string): Run | null {
  if (text.length === 0) return null
  let advances = pairs.get(font)
  if (!advances) pairs.set(font, (advances = new PairAdvances(font)))
  const glyphs: Glyph[] = []
  const positions: Position[] = []
  for (let i = 0; i < text.length;) {
    const letter = text.codePointAt(i) ?? 0
    if (!isPlain(letter)) return null
    i += letter > 0xffff ? 2 : 1
    // 0 is never a letter here (not plain): it marks the end of the word.
    const xAdvance = advances.advance(letter, i < text.length ? (text.codePointAt(i) ?? 0) : 0)
    if (xAdvance === null) return null
    glyphs.push(font.glyphForCodePoint(letter))
    positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 })
  }
  return {
    glyphs,
    positions,
    // pdfkit scales the positions in place before it reads the width, as with fontkit's GlyphRun.
    get advanceWidth() {
      let width = 0
      for (const p of positions) width += p.xAdvance
      return width
    }
  }
}

/**
 * The font as pdfkit's font() takes it (an opened font), laying out plain words from pairs.
 * Everything else is the font itself (its prototype), so pdfkit embeds and subsets it as usual.
 */
export function withFastLayout<T extends ShapingFont>(font: T): T {
  const fast = Object.create(font) as T
  fast.layout = (text: string, features?: unknown) =>
    (features === undefined ? fastRun(font, text) : null) ?? font.layout(text, features)
  return fast
}
