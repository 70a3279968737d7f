/** The product catalogue's API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { ProductsApiOutputs } from '../../shared/schemas/products-api'
import type { ServiceContext } from '../context'
import { exportProducts } from './export'
import * as products from './service'

export type ProductsHandlers = Pick<ApiHandlers, keyof ProductsApiOutputs>

export function productsHandlers(ctx: ServiceContext): ProductsHandlers {
  return {
    'products.list': (q) => products.listProducts(ctx, q),
    'products.get': ({ id }) => products.getProduct(ctx, id),
    'products.create': ({ product }) => products.createProduct(ctx, product),
    'products.update': ({ id, product }) => products.updateProduct(ctx, id, product),
    'products.delete': ({ id }) => products.deleteProduct(ctx, id),
    'products.exportXlsx': ({ language, ...q }) => exportProducts(ctx, q, language)
  }
}
