/**
 * Where the NAV technical user's credentials live. Never in plain text: in the desktop app the
 * operating system seals them (Electron safeStorage, injected by the shell as a `Sealer`) and
 * only the sealed bytes are stored; without one (the browser fallback, the command line) they
 * are kept in memory for this session only and asked again next time.
 */
import type { NavSecretName } from '../../shared/schemas/nav'
import type { Executor } from '../context'

export interface Sealer {
  seal(plain: string): Buffer
  unseal(sealed: Buffer): string
}

export interface SecretStore {
  readonly kind: 'os' | 'session'
  read(name: NavSecretName): Promise<string | null>
  write(name: NavSecretName, value: string, at: string): Promise<void>
}

export function sessionSecrets(initial: Partial<Record<NavSecretName, string>> = {}): SecretStore {
  const values = new Map<NavSecretName, string>(Object.entries(initial) as Array<[NavSecretName, string]>)
  return {
    kind: 'session',
    read: (name) => Promise.resolve(values.get(name) ?? null),
    write: (name, value) => {
      values.set(name, value)
      return Promise.resolve()
    }
  }
}

export function sealedSecrets(db: Executor, sealer: Sealer): SecretStore {
  return {
    kind: 'os',
    read: async (name) => {
      const row = await db
        .selectFrom('navSecrets')
        .select('sealed')
        .where('name', '=', name)
        .executeTakeFirst()
      return row ? sealer.unseal(Buffer.from(row.sealed)) : null
    },
    write: async (name, value, at) => {
      const sealed = sealer.seal(value)
      await db
        .insertInto('navSecrets')
        .values({ name, sealed, updatedAt: at })
        .onConflict((oc) => oc.column('name').doUpdateSet({ sealed, updatedAt: at }))
        .execute()
    }
  }
}

export interface NavCredentials {
  login: string
  passwordHash: string
  signatureKey: string
  exchangeKey: string
}

/** All four, or the names of those missing. */
export async function readCredentials(
  store: SecretStore
): Promise<NavCredentials | { missing: NavSecretName[] }> {
  const login = await store.read('login')
  const passwordHash = await store.read('passwordHash')
  const signatureKey = await store.read('signatureKey')
  const exchangeKey = await store.read('exchangeKey')
  if (login && passwordHash && signatureKey && exchangeKey)
    return { login, passwordHash, signatureKey, exchangeKey }
  const present = { login, passwordHash, signatureKey, exchangeKey }
  return { missing: (Object.keys(present) as NavSecretName[]).filter((k) => !present[k]) }
}
