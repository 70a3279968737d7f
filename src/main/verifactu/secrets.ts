/**
 * Where the certificate's password lives: never in the database or a log in plain text.
 * The desktop shell injects a store encrypted by the operating system (Electron safeStorage);
 * the web host and the command line keep it in memory for the session only (asked each time).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export const CERTIFICATE_SECRET = 'verifactu.certificatePassword'

export interface SecretStore {
  get(name: string): string | null
  set(name: string, value: string): void
  /** True when the secret survives a restart (encrypted on disk), false for a session store. */
  readonly persistent: boolean
}

export function sessionSecretStore(initial: Record<string, string> = {}): SecretStore {
  const values = new Map(Object.entries(initial))
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    persistent: false
  }
}

/** The shape of Electron's safeStorage this needs (injected: the core never imports electron). */
export interface OsCipher {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

/** Secrets encrypted by the OS in one JSON file of base64 ciphertexts; a session store when encryption is unavailable. */
export function encryptedFileSecretStore(path: string, cipher: OsCipher): SecretStore {
  const session = sessionSecretStore()
  const read = (): Partial<Record<string, string>> => {
    try {
      return existsSync(path)
        ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<string, string>>)
        : {}
    } catch {
      return {}
    }
  }
  return {
    get(name) {
      const fromSession = session.get(name)
      if (fromSession !== null || !cipher.isEncryptionAvailable()) return fromSession
      const stored = read()[name]
      if (stored === undefined) return null
      try {
        return cipher.decryptString(Buffer.from(stored, 'base64'))
      } catch {
        return null
      }
    },
    set(name, value) {
      session.set(name, value)
      if (!cipher.isEncryptionAvailable()) return
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(
        path,
        JSON.stringify({ ...read(), [name]: cipher.encryptString(value).toString('base64') }),
        {
          mode: 0o600
        }
      )
    },
    get persistent() {
      return cipher.isEncryptionAvailable()
    }
  }
}
