/**
 * A demo customer's address: the one the demo gives each customer (billing, mailing and delivery
 * alike), copied onto its documents and its visits.
 */
export interface DemoAddress {
  line1: string
  postalCode: string
  city: string
  region: string
  country: string
}

/** The address's values in the order the demo's inserts list its columns (line 2 stays empty). */
export const addressValues = (a: DemoAddress): string[] => [
  a.line1,
  a.postalCode,
  a.city,
  a.region,
  a.country
]
