/**
 * The day sheet's print (issue 11): appointments that overlap or leave working hours are flagged,
 * a label's text wraps under itself (hanging indent), every page says "Page n of m", and the paper
 * follows Settings. Read back with pdftotext (text, per page, word boxes) and pdfinfo; which
 * appointments clash is worked out here from their times.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

function save(bytes: Uint8Array, name: string): string {
  const path = s.desk.folder.file(name)
  writeFileSync(path, bytes)
  return path
}

/** Madrid is UTC+1 in March. */
const local = (iso: string) =>
  `${String((Number(iso.slice(11, 13)) + 1) % 24).padStart(2, '0')}:${iso.slice(14, 16)}`

describe('day sheet print', () => {
  it('flags clashes and hours outside work, keeps wrapped text indented, numbers the pages, follows the paper', async () => {
    const wrapped = 'Zanahoria '.repeat(45).trim()
    // [start, end] in UTC; the working day is 08:00–18:00 Madrid time.
    const slots: Array<[string, string, string]> = [
      ['2026-03-03T08:00:00Z', '2026-03-03T09:30:00Z', wrapped],
      ['2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z', 'Segunda visita'],
      ['2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z', 'Justo después'],
      ['2026-03-03T17:30:00Z', '2026-03-03T18:30:00Z', 'Tarde']
    ]
    // Enough further appointments to fill more than one page.
    for (let h = 11; h < 17; h++)
      for (const m of ['00', '30'])
        slots.push([
          `2026-03-03T${h}:${m}:00Z`,
          `2026-03-03T${h}:${m === '00' ? '30' : '59'}:00Z`,
          `Ronda ${h}:${m} — ${'revisión del material '.repeat(8)}`
        ])
    for (const [startAt, endAt, purpose] of slots)
      await s.desk.call('visits.create', {
        visit: visit(s, startAt, endAt, { purpose }),
        acceptClashes: true
      })

    const file = await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })
    const path = save(file.bytes, 'day.pdf')
    const text = pdfText(path)

    // Clashes, worked out from the times (half-open intervals).
    const overlaps = (a: [string, string, string], b: [string, string, string]) => a[0] < b[1] && b[0] < a[1]
    const expected = slots.flatMap((a) =>
      slots
        .filter((b) => b !== a && overlaps(a, b))
        .map((b) => `${local(a[0])}|${local(b[0])}–${local(b[1])}`)
    )
    expect(expected).toEqual(['09:00|10:00–11:00', '10:00|09:00–10:30'])
    const blocks = text.split(/\n(?=\s*\d\d:\d\d–\d\d:\d\d )/)
    for (const pair of expected) {
      const [start, other] = pair.split('|')
      const block = blocks.find((b) => b.trim().startsWith(`${start}–`)) ?? ''
      expect(block, start).toMatch(new RegExp(`Clash: overlaps ${other}`))
    }
    // 11:00–12:00 starts as 10:00–11:00 (UTC) ends: no clash.
    expect(blocks.find((b) => b.trim().startsWith('11:00–'))).not.toContain('Clash')
    expect(text.match(/Clash: overlaps/g)).toHaveLength(2)
    const late = blocks.find((b) => b.trim().startsWith('18:30–')) ?? ''
    expect(late).toContain('Outside working hours (08:00–18:00)')
    expect(text.match(/Outside working hours/g)).toHaveLength(1)

    // The wrapped purpose runs over several lines, every one starting in the text column.
    const boxes = pdfText(path, { as: 'bbox' })
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Zanahoria<\/word>/g)]
    expect(words.length).toBe(45)
    const label = /<word xMin="([\d.]+)"[^>]*>Purpose<\/word>/.exec(boxes)
    const labelX = Number(label?.[1])
    const rows = new Set(words.map((w) => w[2]))
    expect(rows.size).toBeGreaterThan(1)
    const firstX = Math.min(...words.map((w) => Number(w[1])))
    expect(firstX).toBeGreaterThan(labelX + 50)
    const lineStarts = [...rows].map((y) =>
      Math.min(...words.filter((w) => w[2] === y).map((w) => Number(w[1])))
    )
    for (const x of lineStarts) expect(x).toBeCloseTo(firstX, 0)

    // Page numbers on every page; A4 by default.
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThan(1)
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    for (let page = 1; page <= pages; page++)
      expect(pdfText(path, { page })).toContain(`Page ${page} of ${pages}`)

    // Letter paper from Settings.
    const settings = await s.desk.call('settings.get', {})
    await s.desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, paperSize: 'Letter' } }
    })
    const letter = save(
      (await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })).bytes,
      'letter.pdf'
    )
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/
    )
  })
})
