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
import { invoiceOf, payment, seedDocuments, type Seeded } from '../payments/helpers'
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

describe('contract, request, visit, payment and invoice line exports in the reader’s language', () => {
  let seed: Seeded
  beforeEach(async () => {
    seed = await seedDocuments(desk)
  })

  it('write the contract list in Hungarian and Spanish', async () => {
    await desk.call('contracts.create', {
      contract: {
        customerId: seed.customerId,
        executiveId: seed.executiveId,
        title: 'Karbantartás',
        description: '',
        valueCents: 1000,
        currency: 'EUR',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        billingFrequency: 'monthly',
        noticePeriodDays: 30,
        signedDate: null
      }
    })
    const query = {
      search: '',
      status: 'all',
      customerId: null,
      executiveId: null,
      sort: { field: 'number', direction: 'asc' }
    } as const
    const hu = await readSheet(await desk.call('contracts.exportXlsx', { ...query, language: 'hu' }))
    expect(hu.name).toBe('Szerződések')
    expect(hu.headers).toEqual([
      'Szám',
      'Cím',
      'Ügyfél',
      'Értékesítő',
      'Érték',
      'Pénznem',
      'Számlázás',
      'Kezdet',
      'Vége',
      'Felmondási idő (nap)',
      'Felmondás eddig',
      'Aláírva',
      'Állapot',
      'Lejáró',
      'Lezárva',
      'Felmondás indoka'
    ])
    expect(hu.row(1)).toMatchObject({
      Cím: 'Karbantartás',
      Számlázás: 'Havi',
      Állapot: 'Piszkozat',
      Lejáró: 'Nem'
    })
    const es = await readSheet(await desk.call('contracts.exportXlsx', { ...query, language: 'es' }))
    expect(es.name).toBe('Contratos')
    expect(es.row(1)).toMatchObject({ Facturación: 'Mensual', Estado: 'Borrador', 'Por vencer': 'No' })
  })

  it('write the request list in Catalan and Russian', async () => {
    await desk.call('requests.create', {
      request: { customerId: seed.customerId, title: 'Mostres', description: '' }
    })
    const query = {
      search: '',
      status: 'all',
      customerId: null,
      sort: { field: 'createdAt', direction: 'asc' }
    } as const
    const ca = await readSheet(await desk.call('requests.exportXlsx', { ...query, language: 'ca' }))
    expect(ca.name).toBe('Peticions')
    expect(ca.headers).toEqual([
      'Rebuda',
      'Codi de client',
      'Client',
      'Títol',
      'Descripció',
      'Estat',
      'Visita',
      'Darrer canvi',
      'Tipus',
      'Canal',
      'Categoria',
      'Prioritat',
      'Responsable',
      'Respondre abans de',
      'Resoldre abans de',
      'Fora de termini',
      'Tancada',
      'Resolució',
      'Satisfacció'
    ])
    expect(ca.row(1)).toMatchObject({ Títol: 'Mostres', Estat: 'Oberta', 'Fora de termini': 'No' })
    const ru = await readSheet(await desk.call('requests.exportXlsx', { ...query, language: 'ru' }))
    expect(ru.name).toBe('Обращения')
    expect(ru.headers.slice(0, 6)).toEqual([
      'Поступило',
      'Код клиента',
      'Клиент',
      'Тема',
      'Описание',
      'Статус'
    ])
    expect(ru.row(1)).toMatchObject({ Тема: 'Mostres', Статус: 'Открыто', Просрочено: 'Нет' })
  })

  it('write the visit log in Spanish and Hungarian, the time zone in the time headings', async () => {
    await desk.call('region.update', {
      region: {
        format: {
          dateFormat: 'DD/MM/YYYY',
          decimalSeparator: ',',
          groupSeparator: '.',
          firstDayOfWeek: 1,
          clock: '24h'
        },
        paperSize: 'A4',
        timeZone: 'Europe/Madrid'
      }
    })
    await desk.call('visits.create', {
      visit: {
        customerId: seed.customerId,
        executiveIds: [seed.executiveId],
        startAt: '2026-03-10T09:00:00Z',
        endAt: '2026-03-10T10:00:00Z',
        purpose: 'Revisión',
        address: {
          line1: 'Calle Mayor 1',
          line2: '',
          postalCode: '28013',
          city: 'Madrid',
          region: '',
          country: 'ES'
        }
      },
      acceptClashes: true
    })
    const query = {
      from: '2026-03-01T00:00:00Z',
      to: null,
      customerId: null,
      executiveId: null,
      status: 'all',
      sort: { field: 'startAt', direction: 'asc' }
    } as const
    const es = await readSheet(await desk.call('visits.exportXlsx', { ...query, language: 'es' }))
    expect(es.name).toBe('Visitas')
    expect(es.headers).toEqual([
      'Inicio (Europe/Madrid)',
      'Fin (Europe/Madrid)',
      'Duración (min)',
      'Cliente',
      'Comerciales',
      'Motivo',
      'Dirección',
      'Código postal',
      'Ciudad',
      'País',
      'Estado',
      'Resultado',
      'Notas',
      'Productos tratados',
      'Motivo de la cancelación',
      'Planificada'
    ])
    expect(es.row(1)).toMatchObject({ Motivo: 'Revisión', Estado: 'Programada', Planificada: 'No' })
    const hu = await readSheet(await desk.call('visits.exportXlsx', { ...query, language: 'hu' }))
    expect(hu.name).toBe('Látogatások')
    expect(hu.headers.slice(0, 3)).toEqual([
      'Kezdés (Europe/Madrid)',
      'Vége (Europe/Madrid)',
      'Időtartam (perc)'
    ])
    expect(hu.row(1)).toMatchObject({ Állapot: 'Ütemezve', Tervezett: 'Nem' })
  })

  it('write the overdue list in Catalan and Russian', async () => {
    // Due 15 days after 2026-01-05; today is 2026-03-02.
    const invoice = await invoiceOf(desk, seed, 300_00, { issueDate: '2026-01-05' })
    const query = { search: '', customerId: null, asOf: null, executiveId: null } as const
    const ca = await readSheet(await desk.call('receivables.overdueXlsx', { ...query, language: 'ca' }))
    expect(ca.name).toBe('Vençuts')
    expect(ca.headers).toEqual([
      'Document',
      'Núm. de client',
      'Client',
      'Data d’expedició',
      'Venciment',
      'Dies de retard',
      'Moneda',
      'Total',
      'Pendent',
      'Cobrament'
    ])
    expect(ca.row(1)).toMatchObject({ Document: invoice.number, Cobrament: 'Pendent' })
    const ru = await readSheet(await desk.call('receivables.overdueXlsx', { ...query, language: 'ru' }))
    expect(ru.name).toBe('Просроченные')
    expect(ru.headers).toEqual([
      'Документ',
      'Код клиента',
      'Клиент',
      'Дата',
      'Срок оплаты',
      'Дней просрочки',
      'Валюта',
      'Итого',
      'Остаток долга',
      'Оплата'
    ])
    expect(ru.row(1)).toMatchObject({ Документ: invoice.number, Оплата: 'Не оплачен' })
  })

  it('write the returned payments in Hungarian and Spanish', async () => {
    const p = await desk.call('payments.record', {
      payment: payment(seed, 100_00, { allocations: [], method: 'direct_debit' })
    })
    await desk.call('payments.return', {
      id: p.id,
      returnDate: '2026-03-02',
      reason: 'insufficient_funds',
      bankFeeCents: 3_50,
      rebill: false,
      note: ''
    })
    const query = { status: 'all', customerId: null, executiveId: null } as const
    const hu = await readSheet(await desk.call('investigations.exportXlsx', { ...query, language: 'hu' }))
    expect(hu.name).toBe('Visszautalt befizetések')
    expect(hu.headers).toEqual([
      'Visszautalva',
      'Ügyfélkód',
      'Ügyfél',
      'Befizetve',
      'Pénznem',
      'Összeg',
      'Banki díj',
      'Ok',
      'Vizsgálat',
      'Megnyitva',
      'Lezárva',
      'Megjegyzések'
    ])
    expect(hu.row(1)).toMatchObject({ Ok: 'Fedezethiány', Vizsgálat: 'Nyitott' })
    const es = await readSheet(await desk.call('investigations.exportXlsx', { ...query, language: 'es' }))
    expect(es.name).toBe('Cobros devueltos')
    expect(es.row(1)).toMatchObject({ Motivo: 'Fondos insuficientes', Investigación: 'Abierta' })
  })

  it('write a year’s invoice lines in Russian and Spanish', async () => {
    await invoiceOf(desk, seed, 300_00, { issueDate: '2026-01-05' })
    const ru = await readSheet(await desk.call('weekly.invoiceLinesXlsx', { year: 2026, language: 'ru' }))
    expect(ru.name).toBe('Строки счетов')
    expect(ru.headers).toEqual([
      'Счёт',
      'Дата',
      'Код клиента',
      'Клиент',
      'Менеджер',
      'Строка',
      'Артикул',
      'Наименование',
      'Количество',
      'Ед. изм.',
      'Цена за ед.',
      'Скидка',
      'Ставка НДС',
      'Без НДС'
    ])
    expect(ru.language).toBe('ru')
    const es = await readSheet(await desk.call('weekly.invoiceLinesXlsx', { year: 2026, language: 'es' }))
    expect(es.name).toBe('Líneas de factura')
    expect(es.headers.slice(0, 3)).toEqual(['Factura', 'Fecha de expedición', 'N.º de cliente'])
    expect(es.headers.at(-1)).toBe('Base')
  })
})
