/**
 * The NAV store fixture: one local NAV test server for the test file (started before its first test,
 * stopped after its last) and a desk per test, opened against that server and closed after the test,
 * when the server's behaviour (verdict, processing rounds, failures, received requests) is set back.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import { navUser, openNavDesk, seedHungary, type HungarianSeed, type NavDesk } from '../nav/desk'
import { startNavServer, type NavTestServer } from '../nav/nav-server'

type DeskOptions = Omit<NonNullable<Parameters<typeof openNavDesk>[0]>, 'ca'>

export interface NavFixture {
  /** The file's server (from its first test on). */
  readonly server: NavTestServer
  /** A desk trusting the server's certificate, closed after the test; nothing seeded. */
  openDesk(options?: DeskOptions): Promise<NavDesk>
  /** The same with `seedHungary`: company, customers, a product, NAV on against the server, credentials. */
  hungarianDesk(options?: DeskOptions): Promise<{ desk: NavDesk; seed: HungarianSeed }>
}

export function navFixture(): NavFixture {
  let server: NavTestServer | undefined
  let desk: NavDesk | null = null
  const started = () => {
    if (!server) throw new Error('The NAV test server starts in beforeAll: use it inside a test')
    return server
  }
  beforeAll(async () => {
    server = await startNavServer(navUser)
  })
  afterAll(async () => {
    await server?.close()
  })
  afterEach(async () => {
    await desk?.close()
    desk = null
    const s = started()
    s.verdict = () => null
    s.processingRounds = 1
    s.failNext(0)
    s.requests.length = 0
  })
  const openDesk = async (options: DeskOptions = {}) => {
    desk = await openNavDesk({ ca: started().ca, ...options })
    return desk
  }
  return {
    get server() {
      return started()
    },
    openDesk,
    async hungarianDesk(options = {}) {
      const opened = await openDesk(options)
      return { desk: opened, seed: await seedHungary(opened, started().url) }
    }
  }
}
