/**
 * Customers that may be the one being typed in again: the same tax id (written with or without
 * spaces, dashes or the country prefix) or a nearly identical name (accents, case, punctuation
 * and the legal form ignored: "Ferreteria Nunez SL" is "Ferretería Núñez, S.L."). Creating a
 * customer with a tax id already in use is refused unless the user confirms it is another one.
 */
import { DomainError } from '../../shared/errors'
import type { CustomerDuplicate, CustomerDuplicates } from '../../shared/schemas/customers'
import { foldForSearch } from '../../shared/text'
import type { Executor } from '../context'

/** Only letters and digits, upper case: "es b-99.999.999" -> "ESB99999999". */
export const taxIdKey = (taxId: string) => taxId.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** The key and, for a VAT number with its two-letter country prefix, the national number too. */
export function taxIdKeys(taxId: string): string[] {
  const key = taxIdKey(taxId)
  if (key === '') return []
  return /^[A-Z]{2}\p{N}|^[A-Z]{2}[A-Z]\p{N}/u.test(key) && key.length > 4 ? [key, key.slice(2)] : [key]
}

/** Legal forms that say nothing about which company it is, as their letters run together. */
const legalForms = new Set([
  'sl',
  'sa',
  'slu',
  'sll',
  'scp',
  'sc',
  'scoop',
  'cb',
  'srl',
  'sas',
  'sarl',
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'kft',
  'zrt',
  'nyrt',
  'bt',
  'rt',
  'ltd',
  'llc',
  'inc',
  'plc',
  'bv',
  'nv',
  'spa',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'ip'
])

/** "Ferretería Núñez, S.L." -> "ferreterianunez". */
export function nameKey(name: string): string {
  const words = foldForSearch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
  // Drop a trailing legal form, also when written with dots ("s.l." is the words "s" and "l").
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const tail = words.slice(-take)
    if (tail.every((w) => w.length <= 5) && legalForms.has(tail.join(''))) {
      words.splice(-take)
      break
    }
  }
  return words.join('')
}

export async function findCustomerDuplicates(
  db: Executor,
  input: { name: string; taxId: string; excludeId?: number | null }
): Promise<CustomerDuplicates> {
  const exclude = input.excludeId ?? 0
  const toCandidate = (r: {
    id: number
    code: string
    name: string
    taxId: string
    billingCity: string
    archivedAt: string | null
  }): CustomerDuplicate => ({
    id: r.id,
    code: r.code,
    name: r.name,
    taxId: r.taxId,
    city: r.billingCity,
    archived: r.archivedAt !== null
  })
  const columns = ['id', 'code', 'name', 'taxId', 'billingCity', 'archivedAt'] as const

  let sameTaxId: CustomerDuplicate[] = []
  const keys = taxIdKeys(input.taxId)
  if (keys.length > 0) {
    // Every spelling of the same number ends with its last digit: a cheap LIKE narrows, taxIdKeys decides.
    const last = keys[0].slice(-1)
    const rows = await db
      .selectFrom('customers')
      .select(columns)
      .where('id', '!=', exclude)
      .where('taxId', '!=', '')
      .where('taxId', 'like', `%${last}`)
      .execute()
    sameTaxId = rows
      .filter((r) => taxIdKeys(r.taxId).some((k) => keys.includes(k)))
      .slice(0, 5)
      .map(toCandidate)
  }

  let similarName: CustomerDuplicate[] = []
  const key = nameKey(input.name)
  const firstWord = foldForSearch(input.name).split(' ')[0] ?? ''
  if (key.length >= 3 && firstWord !== '') {
    // sort_name is the folded name, indexed: the range of names that begin with the same word.
    const rows = await db
      .selectFrom('customers')
      .select(columns)
      .where('id', '!=', exclude)
      .where('sortName', '>=', firstWord)
      .where('sortName', '<', `${firstWord}\u{10FFFF}`)
      .limit(5000)
      .execute()
    similarName = rows
      .filter((r) => nameKey(r.name) === key && !sameTaxId.some((s) => s.id === r.id))
      .slice(0, 5)
      .map(toCandidate)
  }
  return { sameTaxId, similarName }
}

/** Refuses a tax id another customer already has, unless the user confirmed it is another customer. */
export async function refuseDuplicateTaxId(
  db: Executor,
  input: { name: string; taxId: string; excludeId?: number | null },
  confirmed: boolean
): Promise<void> {
  if (confirmed || taxIdKey(input.taxId) === '') return
  const { sameTaxId } = await findCustomerDuplicates(db, input)
  const first = sameTaxId.at(0)
  if (first === undefined) return
  throw new DomainError(
    'conflict',
    { key: 'taxIdAlreadyUsed', params: { code: first.code, name: first.name, taxId: first.taxId } },
    { taxId: { key: 'taxIdUsedBy', params: { code: first.code, name: first.name } } }
  )
}
