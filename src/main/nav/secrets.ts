/**
 * The NAV technical user's credentials, kept in the app's one secret store (never in plain
 * text): sealed by the operating system in the desktop app (Electron safeStorage, injected by
 * the shell), in memory for this session only in the browser fallback and the command line.
 */
import type { NavSecretName } from '../../shared/schemas/nav'
import type { SecretStore as AppSecretStore } from '../verifactu/secrets'

export interface SecretStore {
  readonly kind: 'os' | 'session'
  read(name: NavSecretName): Promise<string | null>
  write(name: NavSecretName, value: string): Promise<void>
}

/** NAV's view of the app's secret store, under names of its own ("nav.login"…). */
export function navSecrets(store: AppSecretStore): SecretStore {
  return {
    get kind() {
      return store.persistent ? ('os' as const) : ('session' as const)
    },
    read: (name) => Promise.resolve(store.get(`nav.${name}`)),
    write: (name, value) => {
      store.set(`nav.${name}`, value)
      return Promise.resolve()
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
