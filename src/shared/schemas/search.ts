/** Global search (Ctrl+K, issue 13 item 14): one query, a few hits per kind of record. */
import type { DocumentType } from './documents'
export interface CustomerHit {
  id: number
  code: string
  name: string
  city: string
  archived: boolean
}

export interface DocumentHit {
  id: number
  type: DocumentType
  number: string
  customerName: string
  issueDate: string | null
}

export interface ProductHit {
  id: number
  sku: string
  name: string
  active: boolean
}

export interface ContactHit {
  customerId: number
  customerName: string
  name: string
  email: string
  phone: string
}

export interface SearchResults {
  customers: CustomerHit[]
  documents: DocumentHit[]
  products: ProductHit[]
  contacts: ContactHit[]
}
