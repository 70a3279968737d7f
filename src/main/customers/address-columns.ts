/**
 * An address is stored as six columns named after what it is for: a customer's `billing…`,
 * `mailing…` and `delivery…`, a visit's `address…`. These turn the API's `Address` into those
 * columns and back, so each table that keeps an address spells the six fields once.
 */
import type { Address } from '../../shared/schemas/customers'

type AddressPart = 'Line1' | 'Line2' | 'PostalCode' | 'City' | 'Region' | 'Country'

/** The six columns of an address stored under `prefix` (`billingLine1`, `billingLine2`, …). */
export type AddressColumns<P extends string> = Record<`${P}${AddressPart}`, string>

export function addressColumns<P extends string>(prefix: P, a: Address): AddressColumns<P> {
  return {
    [`${prefix}Line1`]: a.line1,
    [`${prefix}Line2`]: a.line2,
    [`${prefix}PostalCode`]: a.postalCode,
    [`${prefix}City`]: a.city,
    [`${prefix}Region`]: a.region,
    [`${prefix}Country`]: a.country
  } as AddressColumns<P>
}

export function addressOf<P extends string>(row: AddressColumns<P>, prefix: P): Address {
  return {
    line1: row[`${prefix}Line1`],
    line2: row[`${prefix}Line2`],
    postalCode: row[`${prefix}PostalCode`],
    city: row[`${prefix}City`],
    region: row[`${prefix}Region`],
    country: row[`${prefix}Country`]
  }
}
