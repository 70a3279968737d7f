/** The product catalogue's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import { productInput, productListQuery, type Product } from './products'

export const productsApiInputs = {
  'products.list': productListQuery,
  'products.get': idInput,
  'products.create': z.object({ product: productInput }).strict(),
  'products.update': z.object({ id: idInput.shape.id, product: productInput }).strict(),
  'products.delete': idInput,
  'products.exportXlsx': productListQuery.omit({ offset: true, limit: true }).extend(exportLanguage)
} as const

export interface ProductsApiOutputs {
  'products.list': Page<Product>
  'products.get': Product
  'products.create': Product
  'products.update': Product
  'products.delete': { deleted: true } | { deleted: false; deactivated: true }
  'products.exportXlsx': FileResult
}
