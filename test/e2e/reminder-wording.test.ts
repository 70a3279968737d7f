/**
 * The wording of the payment reminders (Payments → Reminder letters), through the real UI: a changed
 * title is saved with Ctrl+S and kept in the store, the page says so; a number of days the API refuses
 * is marked at its field with the refusal in the page's banner, and nothing is saved; each language
 * has its own wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, type Session } from './harness'

describe('reminder wording, end to end', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession()
  }, 60_000)
  afterAll(() => session.close())

  it('saves a changed title with Ctrl+S and says so', async () => {
    const { page, byTestId, store } = session
    await session.open('/payments/reminders')
    const title = byTestId('wording-level1-title')
    await title.fill('Friendly note about your invoices')
    await page.keyboard.press('Control+s')
    await expect.poll(() => byTestId('banner-success').textContent()).toBe('Reminder wording saved.')
    const saved = await store('reminders.wording', { language: 'en' })
    expect(saved.level1.title).toBe('Friendly note about your invoices')
    // Saved, the form is no longer changed: its value is what the store holds.
    expect(await title.inputValue()).toBe(saved.level1.title)
  })

  it('marks a refused number of days at its field, says why, and saves nothing', async () => {
    const { page, byTestId, store } = session
    await session.open('/payments/reminders')
    const before = await store('reminders.wording', { language: 'en' })
    await byTestId('wording-level2-title').fill('Second reminder, changed')
    await byTestId('wording-level2-days').fill('400')
    await byTestId('wording-save').click()
    await expect.poll(() => byTestId('banner-error').isVisible()).toBe(true)
    expect(await page.locator('#f-level2-days-error').textContent()).toBe('At most 365 days')
    expect(await byTestId('wording-level2-days').getAttribute('aria-invalid')).toBe('true')
    expect(await store('reminders.wording', { language: 'en' })).toEqual(before)
    // Corrected, it saves.
    await byTestId('wording-level2-days').fill('21')
    await byTestId('wording-save').click()
    await expect.poll(() => byTestId('banner-success').isVisible()).toBe(true)
    const saved = await store('reminders.wording', { language: 'en' })
    expect(saved.level2).toMatchObject({ title: 'Second reminder, changed', days: 21 })
  })

  it('keeps each language’s wording apart', async () => {
    const { byTestId, store } = session
    await session.open('/payments/reminders')
    await byTestId('wording-language').selectOption('es')
    const spanish = await store('reminders.wording', { language: 'es' })
    await expect.poll(() => byTestId('wording-level1-title').inputValue()).toBe(spanish.level1.title)
    expect(spanish.level1.title).not.toBe('Friendly note about your invoices')
  })
})
