import { z } from 'zod'
import { keyed } from '../errors'
import { VAT_CATEGORIES, type VatCategory } from '../vat'
import { masterDataListQuery, optionalText, requiredText } from './common'

export const productInput = z
  .object({
    sku: requiredText(40, 'skuRequired').regex(/^[A-Za-z0-9._\-/]+$/, keyed('codeCharacters')),
    name: requiredText(200, 'nameRequired'),
    description: optionalText(4000),
    unit: requiredText(20, 'unitRequired'),
    /** Integer cents: money never travels as a float. */
    unitPriceCents: z.number().int(keyed('wholeCents')).min(0, keyed('priceNotNegative')).max(1e12),
    /** Integer basis points: 2100 = 21 %. */
    vatRateBp: z.number().int().min(0, keyed('vatNotNegative')).max(10000, keyed('vatAtMost100')),
    /** The VAT category its lines get (EN 16931); left out: standard, or zero rated at 0 %. */
    vatCategory: z.enum(VAT_CATEGORIES).optional(),
    active: z.boolean()
  })
  .strict()
export type ProductInput = z.input<typeof productInput>

export const productListQuery = masterDataListQuery(['sku', 'name', 'unitPriceCents', 'vatRateBp'])
export type ProductListQuery = z.input<typeof productListQuery>

export interface Product extends Omit<ProductInput, 'vatCategory'> {
  vatCategory: VatCategory
  id: number
  createdAt: string
  updatedAt: string
}

export const emptyProduct = (): ProductInput => ({
  sku: '',
  name: '',
  description: '',
  unit: 'pc',
  unitPriceCents: 0,
  vatRateBp: 2100,
  vatCategory: 'S',
  active: true
})
