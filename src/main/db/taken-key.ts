/**
 * A record's own key that the user types (a customer's code, a product's SKU) is kept unique by the
 * store's index, which refuses the second one while the save runs. The form wants that refusal
 * beside the key's field, in words, not SQLite's constraint error.
 */
import type { DomainError } from '../../shared/errors'
import { isUniqueViolation } from './errors'

/** Runs `save`; when the store refuses it for a key another record has, throws `taken()` instead. */
export async function refusingTakenKey<T>(save: () => Promise<T>, taken: () => DomainError): Promise<T> {
  try {
    return await save()
  } catch (error) {
    if (isUniqueViolation(error)) throw taken()
    throw error
  }
}
