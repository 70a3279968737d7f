/**
 * The one dialog base (components/Dialog.tsx) in Chromium, through three dialogs built on it:
 * a record dialog (new meeting), the question it asks before losing what was typed (a
 * confirmation) and a form dialog (log a call). Each is a modal <dialog> named by its heading;
 * focus starts on the first field (on "Stay" for the question), Escape asks to close, and focus
 * goes back to the button that opened the dialog. axe at 1366×768 with each one open.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let session: Session
let page: Page
const byTestId = (id: string) => session.byTestId(id)
const focusedTestId = () =>
  page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null')

/** The dialog's accessible name and description, read from the elements its aria attributes name. */
const described = (testId: string) =>
  page.evaluate<{ modal: boolean; name: string | null; description: string | null } | null>(`(() => {
    const dialog = document.querySelector('[data-testid="${testId}"]')
    if (!(dialog instanceof HTMLDialogElement)) return null
    const text = (attribute) => {
      const ref = dialog.getAttribute(attribute)
      return ref ? (document.getElementById(ref)?.textContent ?? 'missing') : null
    }
    return { modal: dialog.matches(':modal'), name: text('aria-labelledby'), description: text('aria-describedby') }
  })()`)

beforeAll(async () => {
  session = await openSession()
  page = session.page
})

afterAll(async () => {
  await session.close()
})

const callsOfAll = { customerId: null, executiveId: null, from: null, to: null, offset: 0, limit: 10 }

describe('the dialog base', () => {
  it('a record dialog and its question: modal, named, first field focused, Escape asks, focus returns', async () => {
    await page.goto(`${session.host.url}#/meetings?view=week&date=2026-03-04`)
    await byTestId('meetings-page').waitFor()
    await byTestId('schedule-new-meeting').focus()
    await page.keyboard.press('Enter')
    await byTestId('meeting-dialog').waitFor()
    expect(await described('meeting-dialog')).toEqual({
      modal: true,
      name: 'Organise a meeting',
      description: null
    })
    // The first field, not the Close button in the header.
    await expect.poll(focusedTestId).toBe('meeting-title')
    await expectNoSeriousA11yViolations(page)

    await page.keyboard.type('Weekly sales')
    await page.keyboard.press('Escape')
    await byTestId('confirm-dialog').waitFor()
    expect(await described('confirm-dialog')).toEqual({
      modal: true,
      name: 'Leave without saving?',
      description: await page.locator('[data-testid="confirm-dialog"] p').textContent()
    })
    // "Stay" first, so Enter never throws the typing away.
    await expect.poll(focusedTestId).toBe('confirm-cancel')
    await expectNoSeriousA11yViolations(page)
    await page.keyboard.press('Escape')
    await byTestId('confirm-dialog').waitFor({ state: 'detached' })
    // Back in the meeting, on the field that had the focus, with the text kept.
    await expect.poll(focusedTestId).toBe('meeting-title')
    expect(await byTestId('meeting-title').inputValue()).toBe('Weekly sales')

    await byTestId('meeting-dialog-close').click()
    await byTestId('confirm-ok').click()
    await byTestId('meeting-dialog').waitFor({ state: 'detached' })
    await expect.poll(focusedTestId).toBe('schedule-new-meeting')
  })

  it('a form dialog and the customer picker in it: Escape closes the search, then the dialog; focus goes back to the button', async () => {
    const customer = await session.store('customers.create', {
      customer: {
        ...emptyCustomer(),
        name: 'Ferretería Ondarra'
      }
    })
    await session.store('customers.create', {
      customer: { ...emptyCustomer(), name: 'Ondarra Hermanos S.A.' }
    })
    await session.open(`/customers/${String(customer.id)}`)
    await byTestId('customer-log-call').click()
    await byTestId('call-dialog').waitFor()
    expect(await described('call-dialog')).toEqual({
      modal: true,
      name: 'Log a call (Ctrl+L)',
      description: null
    })
    await expect.poll(focusedTestId).toBe('call-existing')
    await expectNoSeriousA11yViolations(page)

    // The customer picker inside it: the arrows' option is the combobox's active descendant,
    // Escape drops the search without closing the dialog, Enter picks without logging the call.
    const picker = byTestId('call-customer-picker')
    await picker.fill('hermanos')
    const option = byTestId('call-customer-picker-option')
    await option.first().waitFor()
    expect(await option.count()).toBe(1)
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'))
    expect(await option.getAttribute('aria-selected')).toBe('true')
    await picker.press('Escape')
    await expect.poll(() => picker.inputValue()).toBe('')
    expect(await option.count()).toBe(0)
    expect(await byTestId('call-dialog').count()).toBe(1)
    await picker.fill('hermanos')
    await option.first().waitFor()
    await picker.press('Enter')
    await expect.poll(() => picker.inputValue()).toBe('')
    expect(await byTestId('call-customer').textContent()).toBe('Ondarra Hermanos S.A.')
    expect(await byTestId('call-dialog').count()).toBe(1)
    expect((await session.store('calls.list', callsOfAll)).total).toBe(0)

    await picker.focus()
    await page.keyboard.press('Escape')
    await byTestId('call-dialog').waitFor({ state: 'detached' })
    await expect.poll(focusedTestId).toBe('customer-log-call')
  })
})
