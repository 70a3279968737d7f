import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { issueInvoice, navUser, openNavDesk, seedHungary, type NavDesk } from './desk'
import { startNavServer, type NavTestServer } from './nav-server'
import { xsdErrors } from './xsd'

let server: NavTestServer
let desk: NavDesk
let numbers: string[]

beforeAll(async () => {
  server = await startNavServer(navUser)
  desk = await openNavDesk({ ca: server.ca })
  const seed = await seedHungary(desk, server.url, false)
  numbers = []
  for (let i = 0; i < 3; i++) numbers.push(String((await issueInvoice(desk, seed.domestic)).number))
  desk.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
})
afterAll(async () => {
  await desk.close()
  await server.close()
})

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => out.push(line))
  const err = vi.spyOn(console, 'error').mockImplementation((line: string) => out.push(line))
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v)
  try {
    const code = await runCli(args)
    return { code, text: out.join('\n') }
  } finally {
    log.mockRestore()
    err.mockRestore()
    vi.unstubAllEnvs()
  }
}

describe('salesdesk nav', () => {
  it('status says how many invoices wait for NAV', async () => {
    const { code, text } = await cli(['nav', 'status', '--db', desk.databasePath])
    expect(code).toBe(0)
    expect(text).toContain('NAV reporting is on (test): 3 invoices waiting for NAV, 0 done, 0 aborted.')
  })

  it('export writes the InvoiceData of one invoice', async () => {
    const out = desk.folder.file('invoice.xml')
    const { code } = await cli([
      'nav',
      'export',
      '--db',
      desk.databasePath,
      '--number',
      numbers[0],
      '--out',
      out
    ])
    expect(code).toBe(0)
    const xml = readFileSync(out, 'utf8')
    expect(xsdErrors(xml)).toBe('')
    expect(xml).toContain(`<invoiceNumber>${numbers[0]}</invoiceNumber>`)
    expect(
      (await cli(['nav', 'export', '--db', desk.databasePath, '--number', 'NOPE-1', '--out', out])).code
    ).toBe(2)
  })

  it('send asks for the credentials, then reports with those from the environment', async () => {
    const refused = await cli(['nav', 'send', '--db', desk.databasePath])
    expect(refused.code).toBe(2)
    expect(refused.text).toMatch(/login, password, signature key, exchange key/)
    const caFile = desk.folder.file('nav-ca.pem')
    writeFileSync(caFile, server.ca)
    const sent = await cli(['nav', 'send', '--db', desk.databasePath], {
      SALESDESK_NAV_LOGIN: navUser.login,
      SALESDESK_NAV_PASSWORD: navUser.password,
      SALESDESK_NAV_SIGNATURE_KEY: navUser.signatureKey,
      SALESDESK_NAV_EXCHANGE_KEY: navUser.exchangeKey,
      SALESDESK_NAV_CA: caFile
    })
    expect(sent.text).toContain('NAV: sent 3, done 3, aborted 0, still waiting 0.')
    expect(sent.code).toBe(0)
    expect((await cli(['nav', 'status', '--db', desk.databasePath])).text).toContain(
      '0 invoices waiting for NAV, 3 done'
    )
    // In Hungarian: our sentence around NAV's figures; NAV's operation names stay NAV's.
    const hu = (await cli(['nav', 'status', '--db', desk.databasePath, '--lang', 'hu'])).text
    expect(hu).toContain(
      'A NAV-adatszolgáltatás be van kapcsolva (teszt): NAV-ra váró számlák: 0, elfogadva: 3, elutasítva: 0.'
    )
    expect(hu).toMatch(/^Utolsó futás \S+: elküldve: 3, elfogadva: 3, elutasítva: 0, még vár: 0\.$/m)
  })
})
