/**
 * The weekly report's charts for a week whose revenue is negative (issue 12): in the turn-of-the-
 * year scenario, 2027-W02 has only corrections — Carles's credit note of one panel (−250.00) and
 * Ágnes's freight debit note (+15.00) — so Carles's bar and the team's trend point lie below zero.
 * The PDF is read back with pdftotext -bbox (where the axis labels and the bar's amount are) and
 * rendered with pdftoppm at 72 dpi (one pixel per point) to see where the bar is painted.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { buildScenario } from './scenario'
import { required } from '../../src/shared/required'

let desk: TestDesk
let pdf: Buffer
const WEEK = '2027-W02'
/** Invoice C's panels cost 250.00 net each; one is credited in 2027-W02, and 15.00 freight debited. */
const CARLES_CENTS = -1 * 25_000
const TEAM_CENTS = CARLES_CENTS + 1_500

beforeAll(async () => {
  desk = await openTestDesk()
  await buildScenario(desk)
  desk.clock.set(new Date('2027-01-20T09:00:00Z'))
  const file = await desk.call('weekly.report', { week: WEEK, format: 'pdf' })
  pdf = Buffer.from(file.bytes)
})
afterAll(() => desk.close())

interface Word {
  text: string
  x0: number
  y0: number
  x1: number
  y1: number
}
const centreY = (w: Word) => (w.y0 + w.y1) / 2
const centreX = (w: Word) => (w.x0 + w.x1) / 2

/** The words of each page, with their boxes in points from the top left. */
function pages(bytes: Buffer): Word[][] {
  const html = pdfText(bytes, { as: 'bbox' })
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
        )
      ].map((m) => ({ text: m[5], x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }))
    )
}

/** Axis labels are whole amounts of the report's currency ("-300", "1,500"). */
const amountOf = (text: string) => Number(text.replace(/[^\d-]/g, ''))
const isAmount = (text: string) => /^-?\d{1,3}([.,\u00a0\u202f ]\d{3})*$/.test(text)

interface Axis {
  ticks: Array<{ value: number; y: number }>
  /** y of a value on the axis, from the first and last tick (pdf points, downwards). */
  yOf: (value: number) => number
}

/** The numeric labels right-aligned at `right` between the chart's title and its category labels. */
function axisOf(words: Word[], right: number, top: number, bottom: number): Axis {
  const ticks = words
    .filter(
      (w) => Math.abs(w.x1 - right) < 0.5 && centreY(w) > top && centreY(w) < bottom && isAmount(w.text)
    )
    .map((w) => ({ value: amountOf(w.text), y: centreY(w) }))
    .sort((a, b) => a.y - b.y)
  expect(ticks.length).toBeGreaterThanOrEqual(3)
  const first = ticks[0]
  const last = required(ticks.at(-1), 'last tick')
  const perUnit = (last.y - first.y) / (last.value - first.value)
  return { ticks, yOf: (value) => first.y + (value - first.value) * perUnit }
}

function expectLinearWithZero(axis: Axis, lowest: number): void {
  const values = axis.ticks.map((t) => t.value)
  // Top to bottom the values fall in equal steps, at equal distances: one straight scale.
  const step = values[0] - values[1]
  expect(step).toBeGreaterThan(0)
  axis.ticks.forEach((t, i) => {
    expect(t.value).toBe(values[0] - i * step)
    expect(Math.abs(t.y - axis.yOf(t.value))).toBeLessThan(0.5)
  })
  expect(values).toContain(0)
  // The axis reaches below the lowest value, and the negative labels are under the zero.
  expect(Math.min(...values)).toBeLessThanOrEqual(lowest)
  const zeroY = axis.yOf(0)
  for (const t of axis.ticks) {
    if (t.value < 0) expect(t.y).toBeGreaterThan(zeroY)
    else if (t.value > 0) expect(t.y).toBeLessThan(zeroY)
  }
}

/** The RGB of each pixel of a page rendered at 72 dpi (P6 PPM from pdftoppm). */
function render(bytes: Buffer, page: number): (x: number, y: number) => [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-'], {
    input: bytes,
    maxBuffer: 64 * 1024 * 1024
  })
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))
  const [head, width] = [required(header, 'PPM header')[0], Number(required(header, 'PPM header')[1])]
  return (x, y) => {
    const at = head.length + (Math.round(y) * width + Math.round(x)) * 3
    return [ppm[at], ppm[at + 1], ppm[at + 2]]
  }
}

const near = (rgb: [number, number, number], hex: string) =>
  [0, 1, 2].every((i) => Math.abs(rgb[i] - parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) <= 12)

describe('the report charts of a week with negative revenue', () => {
  it('draw the bar of a negative executive below a labelled zero, with its amount under it', () => {
    const all = pages(pdf)
    const index = all.findIndex((words) => words.some((w) => w.text === 'Charts'))
    expect(index).toBeGreaterThan(-1)
    const words = all[index]
    const title = required(
      words.find((w) => w.text === 'Revenue:'),
      'bar chart title'
    )
    const carles = required(
      words.find((w) => w.text === 'Carles'),
      "Carles's category label"
    )
    const zeroLabel = required(
      words.find((w) => w.text === '0' && w.x1 < carles.x0),
      'zero on the bar axis'
    )
    const axis = axisOf(words, zeroLabel.x1, title.y1, carles.y0)
    expectLinearWithZero(axis, CARLES_CENTS / 100)

    // The amount is printed just under the end of the bar, between −250 and the next tick below.
    const amount = required(
      words.find((w) => w.text === String(CARLES_CENTS / 100)),
      "the bar's amount"
    )
    expect(amount.y0).toBeGreaterThan(axis.yOf(CARLES_CENTS / 100))
    expect(amount.y1).toBeLessThan(carles.y0)
    // Carles P. is centred under the group; the revenue bar (first series) is left of its centre.
    const barX = centreX({ ...carles, x1: required(words[words.indexOf(carles) + 1], 'P.').x1 }) - 9
    expect(Math.abs(centreX(amount) - barX)).toBeLessThan(3)

    const pixel = render(pdf, index + 1)
    const revenueColour = '#2f6f9f'
    for (const value of [-25, -100, -200, -240])
      expect(near(pixel(barX, axis.yOf(value)), revenueColour)).toBe(true)
    for (const value of [25, 90]) expect(near(pixel(barX, axis.yOf(value)), revenueColour)).toBe(false)
    expect(near(pixel(barX, axis.yOf(-260)), revenueColour)).toBe(false)
  })

  it('draw the 12-week trend on an axis through zero down to the negative week', () => {
    const all = pages(pdf)
    const words = required(
      all.find((page) => page.some((w) => w.text === 'Charts')),
      'charts page'
    )
    const title = required(
      words.find((w) => w.text === 'Team'),
      'trend title'
    )
    const w02 = required(
      words.find((w) => w.text === 'W02'),
      'last week on the trend'
    )
    const zeroLabel = required(
      words.find((w) => w.text === '0' && w.x0 > title.x0 && w.x1 < w02.x0),
      'zero on the trend axis'
    )
    const axis = axisOf(words, zeroLabel.x1, title.y1, w02.y0)
    expectLinearWithZero(axis, TEAM_CENTS / 100)
  })
})
