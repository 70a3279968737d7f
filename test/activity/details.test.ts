/**
 * The activity log stores what happened as data (a key and typed parameters) and reads in each
 * reader's language: the same entries rendered in Russian, Hungarian and Spanish, with money and
 * dates in the reader's own format; an entry without data keeps its English summary.
 */
import { createInstance, type TFunction } from 'i18next'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { activityText } from '../../src/renderer/src/components/activity-text'
import { resources } from '../../src/renderer/src/i18n/resources'
import type { ActivityEntry } from '../../src/shared/schemas/activity'
import { customer, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk({ actor: 'mercè.soler' })
})
afterEach(async () => {
  await desk.close()
})

async function reader(language: string) {
  const i18n = createInstance()
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } })
  const locale = language
  const format = {
    locale,
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(iso)
      )
  }
  const t: TFunction = i18n.t
  return (entry: ActivityEntry) => activityText(entry, t, (key) => i18n.exists(key), format)
}

describe('activity log as data', () => {
  it('keeps the key and parameters of each change, and the English summary beside them', async () => {
    const created = await desk.call('customers.create', { customer: customer({ name: 'Cal Puig' }) })
    await desk.call('customers.archive', { id: created.id })
    const log = await desk.call('activity.list', {
      entity: 'customer',
      entityId: created.id,
      offset: 0,
      limit: 10
    })
    const [archived, made] = log.rows
    expect(made.details).toEqual({ key: 'customerCreated', params: { code: created.code, name: 'Cal Puig' } })
    expect(made.summary).toBe(`Created customer ${created.code} Cal Puig`)
    expect(archived.details?.key).toBe('customerArchived')
  })

  it('reads in the reader’s language, with money and dates in their format', async () => {
    const entry: ActivityEntry = {
      id: 1,
      at: '2026-03-02T09:30:00Z',
      actor: 'mercè.soler',
      entity: 'payment',
      entityId: 7,
      action: 'return',
      summary: 'Returned payment of 1234.50 from C-000001 Cal Puig on 2026-03-02: Insufficient funds.',
      details: {
        key: 'paymentReturned',
        params: {
          amount: { money: 123450, currency: 'EUR' },
          code: 'C-000001',
          name: 'Cal Puig',
          date: { date: '2026-03-02' },
          reason: { term: 'payments.reasons.insufficient_funds' }
        }
      }
    }
    const euros = (locale: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1234.5)
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-02'))

    expect((await reader('ru'))(entry)).toBe(
      `Платёж ${euros('ru')} от C-000001 Cal Puig возвращён ${day('ru')}: Недостаточно средств. Счета снова открыты.`
    )
    expect((await reader('hu'))(entry)).toBe(
      `Visszautalt befizetés: ${euros('hu')}, C-000001 Cal Puig, ${day('hu')}: Fedezethiány. A számlák újra nyitottak.`
    )
    expect((await reader('es'))(entry)).toContain(
      `Cobro de ${euros('es')} de C-000001 Cal Puig devuelto el ${day('es')}`
    )
    expect((await reader('en'))(entry)).toContain('Insufficient funds')
  })

  it('shows the stored English summary for an entry without data or with a key it does not know', async () => {
    const entry: ActivityEntry = {
      id: 2,
      at: '2026-03-02T09:30:00Z',
      actor: 'x',
      entity: 'customer',
      entityId: null,
      action: 'create',
      summary: 'Created customer C-1 Old',
      details: null
    }
    const ru = await reader('ru')
    expect(ru(entry)).toBe('Created customer C-1 Old')
    expect(ru({ ...entry, details: { key: 'somethingNewer', params: {} } })).toBe('Created customer C-1 Old')
  })
})
