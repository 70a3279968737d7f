import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { tempFolder } from '../support/fixtures'
import { xsdErrorsMany } from './xsd'

describe('salesdesk demo --country HU', () => {
  it('makes a Hungarian company with NAV on (test) and every invoice queued with a valid InvoiceData', async () => {
    const folder = tempFolder('salesdesk-nav-demo-')
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      expect(await runCli(['demo', '--db', folder.file('hu.db'), '--country', 'HU'])).toBe(0)
      const db = new Database(folder.file('hu.db'), { readonly: true })
      const reports = db.prepare('select operation, status, xml from nav_reports').all() as Array<{
        operation: string
        status: string
        xml: string
      }>
      const nav = JSON.parse(
        (db.prepare("select value from settings where key = 'nav'").get() as { value: string }).value
      ) as { enabled: boolean; environment: string }
      db.close()
      expect(nav).toMatchObject({ enabled: true, environment: 'test' })
      expect(reports.map((r) => r.operation).sort()).toEqual([
        'CREATE',
        'CREATE',
        'CREATE',
        'CREATE',
        'CREATE',
        'CREATE',
        'CREATE',
        'MODIFY'
      ])
      expect(reports.every((r) => r.status === 'waiting')).toBe(true)
      expect(xsdErrorsMany(reports.map((r) => r.xml))).toEqual(reports.map(() => ''))
      const xml = reports.map((r) => r.xml).join('')
      for (const mark of [
        '<currencyCode>HUF</currencyCode>',
        '<case>KBAET</case>',
        '<case>EAM</case>',
        'PRIVATE_PERSON'
      ])
        expect(xml).toContain(mark)
    } finally {
      log.mockRestore()
      folder.remove()
    }
  }, 120_000)
})
