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
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
        new Date(iso)
      ),
    // Minor units of EUR or HUF, written by Intl here: independent of the app's formatter.
    money: (minor: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100),
    currency: 'HUF'
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

  it('names changed fields as the forms do, never by their stored names', async () => {
    const entry: ActivityEntry = {
      id: 3,
      at: '2026-03-02T09:30:00Z',
      actor: 'x',
      entity: 'settings',
      entityId: null,
      action: 'update',
      summary: 'Edited the company profile and document settings (legalName, taxId, printLocale)',
      details: { key: 'settingsEdited', params: { fields: 'legalName, taxId, printLocale' } }
    }
    expect((await reader('en'))(entry)).toBe(
      'Edited the company profile and document settings (Legal name, Tax id, Numbers and dates on documents)'
    )
    const es = (await reader('es'))(entry)
    expect(es).toContain('Razón social, NIF, Números y fechas en los documentos')
    expect(es).not.toMatch(/legalName|taxId|printLocale/)
    // A field this version has no word for keeps its name rather than disappearing.
    const newer = { ...entry, details: { key: 'settingsEdited', params: { fields: 'city, someNewField' } } }
    expect((await reader('en'))(newer)).toBe(
      'Edited the company profile and document settings (City, someNewField)'
    )
  })

  it('writes an amount stored without its currency in the company’s currency, not as a bare number', async () => {
    const entry: ActivityEntry = {
      id: 4,
      at: '2026-03-02T09:30:00Z',
      actor: 'demo',
      entity: 'payment',
      entityId: 9,
      action: 'record',
      summary: 'Recorded a payment of 10000.00 from C-000002 Kft on 2026-03-02 by bank transfer',
      details: {
        key: 'paymentRecorded',
        params: {
          amount: { money: 1_000_000, currency: '' },
          code: 'C-000002',
          name: 'Kft',
          date: { date: '2026-03-02' },
          method: { term: 'payments.method.bank_transfer' },
          documents: 'INV-2026-00001'
        }
      }
    }
    const forints = new Intl.NumberFormat('hu', { style: 'currency', currency: 'HUF' }).format(10000)
    const text = (await reader('hu'))(entry)
    expect(text).toContain(forints)
    expect(text).not.toContain('10000.00')
  })
})
