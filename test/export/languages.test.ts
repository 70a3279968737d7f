/**
 * The list exports write their headings and words in the user's language (issue 14), the company's
 * document language when the screen sends none. Each export is read back with exceljs and its
 * headings compared with the words a reader of that language expects, written out here.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import { required } from '../../src/shared/required'
import { companySettings } from '../documents/helpers'
import { address, customer, executive, openTestDesk, product, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

interface Sheet {
  name: string
  headers: string[]
  /** Row `row` (1 = first data row) as header -> cell text. */
  row: (row: number) => Record<string, string>
  language: string | undefined
}

async function readSheet(file: FileResult): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const sheet = required(workbook.worksheets[0], 'first sheet')
  const headers: string[] = []
  sheet.getRow(1).eachCell((cell, c) => (headers[c - 1] = cell.text))
  return {
    name: sheet.name,
    headers,
    row: (n) => Object.fromEntries(headers.map((h, i) => [h, sheet.getRow(n + 1).getCell(i + 1).text])),
    language: (workbook as unknown as { language?: string }).language
  }
}

const customerFilters = {
  search: '',
  status: 'all',
  archived: 'include',
  executiveId: null,
  sort: { field: 'name', direction: 'asc' }
} as const
const activeFilters = { search: '', active: 'all', sort: { field: 'name', direction: 'asc' } } as const

describe('customer export in the reader’s language', () => {
  beforeEach(async () => {
    await desk.call('customers.create', {
      customer: customer({ name: 'Kovács Kft.', status: 'prospect', billingAddress: address('Győr') })
    })
  })

  it('writes Spanish and Hungarian headings, statuses and yes/no', async () => {
    const es = await readSheet(
      await desk.call('customers.exportXlsx', { ...customerFilters, language: 'es' })
    )
    expect(es.name).toBe('Clientes')
    expect(es.headers).toEqual([
      'Código',
      'Nombre',
      'Estado',
      'NIF / CIF',
      'Calle y número',
      'Código postal',
      'Ciudad',
      'País',
      'Contacto',
      'Correo electrónico',
      'Comercial',
      'Plazo de pago (días)',
      'Alta',
      'Último cambio',
      'Archivado'
    ])
    expect(es.row(1)).toMatchObject({ Nombre: 'Kovács Kft.', Estado: 'Potencial', Archivado: 'No' })
    expect(es.language).toBe('es')

    const hu = await readSheet(
      await desk.call('customers.exportXlsx', { ...customerFilters, language: 'hu' })
    )
    expect(hu.name).toBe('Ügyfelek')
    expect(hu.headers).toEqual([
      'Kód',
      'Név',
      'Állapot',
      'Adószám',
      'Utca, házszám',
      'Irányítószám',
      'Település',
      'Ország',
      'Kapcsolattartó',
      'E-mail',
      'Értékesítő',
      'Fizetési határidő (nap)',
      'Létrehozva',
      'Utoljára módosítva',
      'Archivált'
    ])
    expect(hu.row(1)).toMatchObject({ Név: 'Kovács Kft.', Állapot: 'Potenciális', Archivált: 'Nem' })
  })

  it('follows the company’s document language when the screen sends none', async () => {
    const english = await readSheet(await desk.call('customers.exportXlsx', customerFilters))
    expect(english.headers.slice(0, 3)).toEqual(['Code', 'Name', 'Status'])
    expect(english.row(1)).toMatchObject({ Status: 'Prospect', Archived: 'No' })

    const settings = companySettings()
    await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, printLocale: 'ru-RU' } }
    })
    const russian = await readSheet(await desk.call('customers.exportXlsx', customerFilters))
    expect(russian.name).toBe('Клиенты')
    expect(russian.headers.slice(0, 4)).toEqual(['Код', 'Наименование', 'Статус', 'ИНН'])
    expect(russian.row(1)).toMatchObject({ Статус: 'Потенциальный', 'В архиве': 'Нет' })
    expect(russian.language).toBe('ru')
  })
})

describe('sales executive and product exports in the reader’s language', () => {
  it('write Catalan and Russian headings and yes/no', async () => {
    await desk.call('executives.create', { executive: executive({ name: 'Núria Puig', active: false }) })
    const ca = await readSheet(await desk.call('executives.exportXlsx', { ...activeFilters, language: 'ca' }))
    expect(ca.name).toBe('Comercials')
    expect(ca.headers).toEqual(['Nom', 'Correu electrònic', 'Telèfon', 'Clients', 'Actiu'])
    expect(ca.row(1)).toMatchObject({ Nom: 'Núria Puig', Actiu: 'No' })
    const ru = await readSheet(await desk.call('executives.exportXlsx', { ...activeFilters, language: 'ru' }))
    expect(ru.name).toBe('Менеджеры')
    expect(ru.headers).toEqual(['Имя', 'E-mail', 'Телефон', 'Клиенты', 'Активен'])
    expect(ru.row(1)).toMatchObject({ Имя: 'Núria Puig', Активен: 'Нет' })
  })

  it('write Hungarian and Spanish product headings and yes/no', async () => {
    await desk.call('products.create', { product: product({ sku: 'P-1', name: 'Monitor', active: true }) })
    const hu = await readSheet(await desk.call('products.exportXlsx', { ...activeFilters, language: 'hu' }))
    expect(hu.name).toBe('Termékek')
    expect(hu.headers).toEqual(['Cikkszám', 'Név', 'Leírás', 'Egység', 'Egységár', 'ÁFA-kulcs', 'Aktív'])
    expect(hu.row(1)).toMatchObject({ Cikkszám: 'P-1', Aktív: 'Igen' })
    const es = await readSheet(await desk.call('products.exportXlsx', { ...activeFilters, language: 'es' }))
    expect(es.name).toBe('Productos')
    expect(es.headers).toEqual([
      'SKU',
      'Nombre',
      'Descripción',
      'Unidad',
      'Precio unitario',
      'Tipo de IVA',
      'Activo'
    ])
    expect(es.row(1)).toMatchObject({ SKU: 'P-1', Activo: 'Sí' })
  })
})
