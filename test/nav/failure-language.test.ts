/**
 * The failures Salesdesk words itself (a token that does not decrypt, no transaction id, a bare HTTP
 * status) against the local NAV test server: each is its own sentence and its own advice, in the
 * reader's language, on the command line as on the screens; none is said as "NAV could not be reached".
 */
import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { navAdviceKind, navFailure } from '../../src/shared/schemas/nav'
import { issueInvoice } from './desk'
import { navFixture } from '../support/nav'

const nav = navFixture()

async function navStatusIn(databasePath: string, lang: string): Promise<string> {
  const out: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line))
  try {
    expect(await runCli(['nav', 'status', '--db', databasePath, '--lang', lang])).toBe(0)
  } finally {
    log.mockRestore()
  }
  return out.join('\n')
}

/** The connection's sentence and advice, which none of these failures is. */
const NETWORK = {
  hu: ['A NAV nem érhető el', 'A Salesdesk nem érte el a NAV-ot'],
  en: ['NAV could not be reached', 'Salesdesk could not reach NAV']
}

describe('NAV failures Salesdesk words itself, in the reader’s language', () => {
  it('a wrong exchange key is a credentials problem, in Hungarian and in English', async () => {
    const { desk, seed } = await nav.hungarianDesk()
    const invoice = await issueInvoice(desk, seed.domestic)
    await desk.call('nav.setCredentials', { credentials: { exchangeKey: 'WRONG-KEY-123456' } })
    const run = await desk.call('nav.send', {})
    expect(run).toMatchObject({ sent: 0, waiting: 1 })
    expect(run.error).toMatch(/^TOKEN_DECRYPT: /)
    const [problem] = (await desk.call('nav.status', {})).problems
    expect(problem).toMatchObject({
      number: invoice.number,
      status: 'waiting',
      adviceKind: 'credentials',
      advice: { key: 'navAdviceCredentials' }
    })

    const hungarian = await navStatusIn(desk.databasePath, 'hu')
    expect(hungarian).toContain(
      `${String(invoice.number)} (CREATE, NAV-ra vár): A NAV válasza nem nyitható meg: hibás a cserekulcs.`
    )
    expect(hungarian).toContain(
      '→ A NAV nem fogadta el a technikai felhasználót. Ellenőrizze a felhasználónevet, a jelszót, az aláírókulcsot és a cserekulcsot (Beállítások → NAV); a Salesdesk magától újrapróbálja.'
    )
    for (const text of NETWORK.hu) expect(hungarian).not.toContain(text)
    expect(hungarian).not.toMatch(/exchange|decrypt/i)

    const english = await navStatusIn(desk.databasePath, 'en')
    expect(english).toContain(': The answer from NAV could not be opened: the exchange key is wrong.')
    expect(english).toContain('→ NAV refused the technical user.')
    for (const text of NETWORK.en) expect(english).not.toContain(text)
  })

  it('a bare HTTP 500 from NAV’s web server is said as that, with its own advice', async () => {
    const { desk, seed } = await nav.hungarianDesk()
    await issueInvoice(desk, seed.domestic)
    nav.server.failNext(1, 'plain')
    const run = await desk.call('nav.send', {})
    expect(run.error).toMatch(/^HTTP_500: /)
    const [problem] = (await desk.call('nav.status', {})).problems
    expect(problem).toMatchObject({ adviceKind: 'service', advice: { key: 'navAdviceService' } })

    const hungarian = await navStatusIn(desk.databasePath, 'hu')
    expect(hungarian).toContain('A NAV szervere hibával válaszolt (HTTP 500), nem a NAV szokásos válaszával.')
    expect(hungarian).toContain('→ A hiba a NAV oldalán vagy a NAV címében van, nem a számlában.')
    for (const text of NETWORK.hu) expect(hungarian).not.toContain(text)

    const english = await navStatusIn(desk.databasePath, 'en')
    expect(english).toContain('NAV’s server answered with an error (HTTP 500) instead of NAV’s answer.')
    expect(english).toContain('→ The trouble is on NAV’s side or in the NAV address, not in the invoice.')
  })

  it('knows each failure by its code, also as stored before the code was written in front', () => {
    const waiting = (lastError: string) =>
      navAdviceKind({ status: 'waiting', lastError, kind: 'invoice' }, [])
    const cases: Array<[string, { code: string; params: Record<string, string> }, string]> = [
      ['TOKEN_DECRYPT: The exchange token …', { code: 'TOKEN_DECRYPT', params: {} }, 'credentials'],
      [
        'The exchange token from NAV could not be decrypted: check the exchange key.',
        { code: 'TOKEN_DECRYPT', params: {} },
        'credentials'
      ],
      [
        'NO_TRANSACTION: NAV did not return a transaction id.',
        { code: 'NO_TRANSACTION', params: {} },
        'noTransaction'
      ],
      ['NAV did not return a transaction id.', { code: 'NO_TRANSACTION', params: {} }, 'noTransaction'],
      ['HTTP_502: NAV answered HTTP 502.', { code: 'HTTP', params: { status: '502' } }, 'service'],
      [
        'NAV answered with something that is not XML (HTTP 503).',
        { code: 'HTTP', params: { status: '503' } },
        'service'
      ],
      ['INVALID_SECURITY_USER: Wrong login', { code: 'INVALID_SECURITY_USER', params: {} }, 'credentials'],
      [
        'Could not reach NAV at 127.0.0.1:9: connect ECONNREFUSED',
        { code: 'NETWORK', params: {} },
        'connection'
      ]
    ]
    for (const [stored, failure, advice] of cases) {
      expect(navFailure(stored), stored).toEqual(failure)
      expect(waiting(stored), stored).toBe(advice)
    }
  })
})
