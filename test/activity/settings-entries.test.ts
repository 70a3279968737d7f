/**
 * The activity entries of the settings (exchange rates, e-mail, e-invoice) were stored with their
 * English summary only, so the activity page showed them in English to every reader: each now
 * carries its key and parameters, and reads in Spanish, Hungarian and Russian (issue 14).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { plainReader as reader } from './plain-reader'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('settings entries of the activity log in the reader’s language', () => {
  it('are data, and read in Spanish, Hungarian and Russian, not in their English summary', async () => {
    await desk.call('rates.set', { rate: { rateDate: '2026-02-27', currency: 'USD', rate: '1.0801' } })
    await desk.call('mail.updateSettings', {
      settings: {
        host: 'smtp.example.com',
        port: 587,
        security: 'starttls',
        user: 'u',
        fromAddress: 'a@example.com',
        fromName: 'A'
      }
    })
    await desk.call('mail.setPassword', { password: 'secret' })
    await desk.call('einvoice.updateSettings', { settings: { embedInPdf: true, creditorId: '' } })
    const { rows } = await desk.call('activity.list', {
      entity: 'settings',
      entityId: null,
      offset: 0,
      limit: 10
    })
    // Newest first.
    const [einvoice, password, mail, rate] = rows
    expect(rows.every((row) => row.details !== null)).toBe(true)

    const es = await reader('es')
    expect(es(rate)).toBe('Tipo de cambio del <2026-02-27>: 1 EUR = 1.0801 USD')
    expect(es(mail)).toBe('Ajustes de correo electrónico modificados (smtp.example.com:587)')
    expect(es(einvoice)).toBe(
      'Ajustes de factura electrónica modificados: las facturas se imprimen como Factur-X'
    )
    const hu = await reader('hu')
    expect(hu(rate)).toBe('Árfolyam, <2026-02-27>: 1 EUR = 1.0801 USD')
    expect(hu(einvoice)).toBe('E-számla beállítások módosítva: a számlák Factur-X formában nyomtatódnak')
    const ru = await reader('ru')
    expect(ru(mail)).toBe('Изменены настройки электронной почты (smtp.example.com:587)')
    expect(ru(password)).toMatch(/^Изменён пароль электронной почты \(хранится /)
    for (const language of ['es', 'ca', 'hu', 'ru']) {
      const read = await reader(language)
      for (const row of rows) expect(read(row), `${language}: ${row.summary}`).not.toBe(row.summary)
    }
  })
})
