/** queryTaxpayer: checks a Hungarian customer's tax number with NAV and gives their name and address. */
import { conflict, DomainError } from '../../shared/errors'
import type { NavTaxpayer } from '../../shared/schemas/nav'
import type { ServiceContext } from '../context'
import { NavApiError } from './client'
import { navClientFor, type NavDeps } from './queue'
import { parseHungarianTaxNumber } from './tax-numbers'

export async function checkTaxpayer(
  ctx: ServiceContext,
  deps: NavDeps,
  taxNumber: string
): Promise<NavTaxpayer> {
  const parsed = parseHungarianTaxNumber(taxNumber)
  if (!parsed)
    throw new DomainError(
      'invalid_input',
      { key: 'hungarianTaxNumberExample' },
      { taxNumber: { key: 'notHungarianTaxNumber' } }
    )
  const client = await navClientFor(ctx, deps)
  try {
    const data = await client.queryTaxpayer(parsed.taxpayerId)
    return {
      valid: data.valid,
      name: data.name,
      taxNumber: taxNumber.trim(),
      addressLine1: data.address?.street ?? '',
      postalCode: data.address?.postalCode ?? '',
      city: data.address?.city ?? '',
      country: data.address?.countryCode ?? 'HU'
    }
  } catch (error) {
    if (error instanceof NavApiError) throw conflict('navTaxNumberCheckFailed', { reason: error.message })
    throw error
  }
}
