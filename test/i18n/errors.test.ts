/**
 * Errors cross the boundary with a key and parameters, and read in each of the five languages:
 * the same refused calls (a customer code already used, an empty name, a customer that does not
 * exist) come back with the same key whatever the language, and the renderer's translation of that
 * key is the sentence written here for each language.
 */
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { localiseError } from '../../src/renderer/src/i18n/errors'
import { resources } from '../../src/renderer/src/i18n/resources'
import {
  DomainError,
  decodeMessage,
  englishMessage,
  errorMessages,
  keyed,
  word,
  wordList,
  type ApiError
} from '../../src/shared/errors'
import { MAX_TEXT_LENGTH } from '../../src/shared/cards'
import { ibanMessages } from '../../src/shared/iban'
import { vatLineProblem } from '../../src/shared/vat'
import type { CustomerListQuery } from '../../src/shared/schemas/customers'
import { customer, openTestDesk, product, type TestDesk } from '../support/fixtures'
import { companySettings, draft, line, seedDocuments } from '../documents/helpers'
import { openScheduleDesk, visit } from '../schedule/support'

let desk: TestDesk
beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
})
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

async function refusal(method: string, input: unknown): Promise<ApiError> {
  const result = await desk.api.dispatch(method, input)
  if (result.ok) throw new Error(`${method} was accepted`)
  return result.error
}

async function inEach(error: ApiError): Promise<Record<string, ApiError>> {
  const out: Record<string, ApiError> = {}
  for (const language of ['en', 'es', 'ca', 'hu', 'ru']) {
    await i18next.changeLanguage(language)
    out[language] = localiseError(error)
  }
  return out
}

describe('errors by key', () => {
  it('a customer code already used reads in every language, with the code in it', async () => {
    await desk.call('customers.create', { customer: customer({ code: 'ACME-1', name: 'Acme' }) })
    const error = await refusal('customers.create', { customer: customer({ code: 'ACME-1', name: 'Other' }) })
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'customerCodeUsed',
      params: { code: 'ACME-1' },
      message: 'The customer code ACME-1 is already used.',
      fields: { code: 'This code is already used by another customer' },
      fieldMessages: { code: { key: 'customerCodeUsedField' } }
    })
    const read = await inEach(error)
    expect(
      Object.fromEntries(Object.entries(read).map(([l, e]) => [l, [e.message, e.fields?.code]]))
    ).toEqual({
      en: ['The customer code ACME-1 is already used.', 'This code is already used by another customer'],
      es: ['El código de cliente ACME-1 ya está en uso.', 'Este código ya lo usa otro cliente'],
      ca: ['El codi de client ACME-1 ja està en ús.', 'Aquest codi ja el fa servir un altre client'],
      hu: ['A(z) ACME-1 ügyfélkód már foglalt.', 'Ezt a kódot már egy másik ügyfél használja'],
      ru: ['Код клиента ACME-1 уже занят.', 'Этот код уже занят другим клиентом']
    })
    expect(await desk.call('customers.list', { ...listAll })).toMatchObject({ total: 1 })
  })

  it("a schema's field messages come by key, with their parameters", async () => {
    const error = await refusal('customers.create', {
      customer: customer({ name: '  ', code: 'X'.repeat(21) })
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      key: 'correctMarkedFields',
      message: 'Please correct the marked fields.',
      fields: { 'customer.name': 'Name is required', 'customer.code': 'At most 20 characters' },
      fieldMessages: {
        'customer.name': { key: 'nameRequired' },
        'customer.code': { key: 'atMostCharacters', params: { max: 20 } }
      }
    })
    const read = await inEach(error)
    expect(
      Object.fromEntries(
        Object.entries(read).map(([l, e]) => [
          l,
          [e.message, e.fields?.['customer.name'], e.fields?.['customer.code']]
        ])
      )
    ).toEqual({
      en: ['Please correct the marked fields.', 'Name is required', 'At most 20 characters'],
      es: ['Corrija los campos marcados.', 'El nombre es obligatorio', 'Como máximo 20 caracteres'],
      ca: ['Corregiu els camps marcats.', 'El nom és obligatori', 'Com a màxim 20 caràcters'],
      hu: ['Kérjük, javítsa a megjelölt mezőket.', 'A név kötelező', 'Legfeljebb 20 karakter'],
      ru: ['Исправьте отмеченные поля.', 'Укажите наименование', 'Не более 20 символов']
    })
  })

  it('a customer that does not exist names its id in every language', async () => {
    const error = await refusal('customers.get', { id: 4242 })
    expect(error).toMatchObject({ code: 'not_found', key: 'customerNotFound', params: { id: 4242 } })
    const read = await inEach(error)
    expect(Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.message]))).toEqual({
      en: 'Customer 4242 does not exist (it may have been deleted).',
      es: 'El cliente 4242 no existe (puede que se haya eliminado).',
      ca: 'El client 4242 no existeix (potser s’ha suprimit).',
      hu: 'A(z) 4242 azonosítójú ügyfél nem létezik (lehet, hogy törölték).',
      ru: 'Клиента 4242 не существует (возможно, он удалён).'
    })
  })

  it('a draft saved over a newer version reads in every language', async () => {
    const seed = await seedDocuments(desk)
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    const error = await refusal('documents.updateDraft', {
      id: created.id,
      document: draft(seed),
      expectedUpdatedAt: '2000-01-01T00:00:00.000Z'
    })
    expect(error).toMatchObject({ code: 'conflict', key: 'draftChangedElsewhere' })
    const read = await inEach(error)
    expect(Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.message]))).toEqual({
      en: 'This draft was changed elsewhere since you opened it. Reload it, then make your change again.',
      es: 'Este borrador se ha modificado en otro lugar desde que lo abrió. Vuelva a cargarlo y repita el cambio.',
      ca: 'Aquest esborrany s’ha modificat en un altre lloc des que l’heu obert. Torneu-lo a carregar i repetiu el canvi.',
      hu: 'Ezt a piszkozatot máshol módosították, mióta megnyitotta. Töltse be újra, majd végezze el újra a módosítást.',
      ru: 'Черновик был изменён в другом месте после того, как вы его открыли. Загрузите его заново и повторите изменение.'
    })
  })

  it("a line's VAT problem reads by key in every language: a draft's lines and a product", async () => {
    const seed = await seedDocuments(desk)
    const error = await refusal('documents.createDraft', {
      document: draft(seed, {
        lines: [line({ vatCategory: 'E', vatRateBp: 2100 }), line({ vatCategory: 'E', vatRateBp: 0 })]
      })
    })
    const paths = ['document.lines.0.vatCategory', 'document.lines.1.vatCategory']
    expect(error.fieldMessages).toMatchObject({
      [paths[0]]: { key: 'vatCategoryChargedAtZero', params: { category: 'E' } },
      [paths[1]]: { key: 'exemptLineNeedsReason' }
    })
    const read = await inEach(error)
    expect(
      Object.fromEntries(Object.entries(read).map(([l, e]) => [l, paths.map((p) => e.fields?.[p])]))
    ).toEqual({
      en: ['VAT category E is charged at 0 %', 'An exempt line needs the exemption reason (code or text)'],
      es: [
        'La categoría de IVA E tributa al 0 %',
        'Una línea exenta necesita el motivo de la exención (código o texto)'
      ],
      ca: [
        'La categoria d’IVA E tributa al 0 %',
        'Una línia exempta necessita el motiu de l’exempció (codi o text)'
      ],
      hu: [
        'A(z) E áfakategória 0 %-os',
        'A mentes tételhez meg kell adni a mentesség okát (kódot vagy szöveget)'
      ],
      ru: [
        'Категория НДС E облагается по ставке 0 %',
        'Для освобождённой строки нужна причина освобождения (код или текст)'
      ]
    })
    const productError = await refusal('products.create', {
      product: product({ sku: 'BAD', vatRateBp: 0, vatCategory: 'S' })
    })
    expect(productError).toMatchObject({
      code: 'invalid_input',
      key: 'standardRateNeedsRate',
      fieldMessages: { vatCategory: { key: 'standardRateNeedsRate' } }
    })
    const product5 = await inEach(productError)
    expect(Object.fromEntries(Object.entries(product5).map(([l, e]) => [l, e.fields?.vatCategory]))).toEqual({
      en: 'A standard-rated line needs a VAT rate above 0 %; use zero-rated (Z) or exempt (E) instead',
      es: 'Una línea al tipo general necesita un tipo de IVA superior al 0 %; use tipo cero (Z) o exenta (E)',
      ca: 'Una línia al tipus general necessita un tipus d’IVA superior al 0 %; feu servir tipus zero (Z) o exempta (E)',
      hu: 'Az általános kulcsú tételhez 0 %-nál nagyobb áfakulcs kell; használja a nulla kulcsot (Z) vagy a mentes kategóriát (E)',
      ru: 'Для строки по стандартной ставке нужна ставка НДС выше 0 %; используйте нулевую ставку (Z) или освобождение (E)'
    })
    expect(product5.ru.message).toBe(product5.ru.fields?.vatCategory)
    // The schema refuses an unknown code on its own field first; a direct caller gets the same key.
    expect(
      vatLineProblem({
        vatCategory: 'E',
        vatRateBp: 0,
        vatExemptionCode: 'VATEX-XX-1',
        vatExemptionText: null
      })
    ).toEqual({ key: 'unknownVatexCode' })
  })

  it('a card number and a text too long are refused by key on their field, in every language', async () => {
    const card = await refusal('customers.create', {
      customer: customer({ name: 'Cal Puig', notes: 'Tarjeta 4111 1111 1111 1111' })
    })
    expect(card).toMatchObject({
      code: 'invalid_input',
      key: 'importCardNumber',
      fieldMessages: { 'customer.notes': { key: 'importCardNumber' } }
    })
    expect(JSON.stringify(card)).not.toContain('1111')
    const long = await refusal('customers.create', {
      customer: customer({ name: 'Cal Puig', notes: 'x'.repeat(MAX_TEXT_LENGTH + 1) })
    })
    expect(long).toMatchObject({
      code: 'invalid_input',
      key: 'textTooLong',
      params: { max: MAX_TEXT_LENGTH },
      fieldMessages: { 'customer.notes': { key: 'textTooLong', params: { max: MAX_TEXT_LENGTH } } }
    })
    const cardRead = await inEach(card)
    const longRead = await inEach(long)
    const languages = ['en', 'es', 'ca', 'hu', 'ru'] as const
    expect(languages.map((l) => [cardRead[l].message, cardRead[l].fields?.['customer.notes']])).toEqual(
      languages.map((l) => {
        const text = i18next.t('messages.importCardNumber', { lng: l })
        return [text, text]
      })
    )
    expect(languages.map((l) => longRead[l].fields?.['customer.notes'])).toEqual([
      'This text is too long (at most 200000 characters).',
      'Este texto es demasiado largo (como máximo 200000 caracteres).',
      'Aquest text és massa llarg (com a màxim 200000 caràcters).',
      'Ez a szöveg túl hosszú (legfeljebb 200000 karakter).',
      'Этот текст слишком длинный (не более 200000 символов).'
    ])
    expect(cardRead.es.message).toMatch(/^Parece un número de tarjeta completo/)
    expect(new Set(languages.map((l) => cardRead[l].message)).size).toBe(5)
  })

  it("the desk's refusals read in every language: an unknown document on a request, closing without a resolution", async () => {
    const owner = await desk.call('customers.create', { customer: customer({ name: 'Ferretería Núñez' }) })
    const request = await desk.call('requests.create', {
      request: { customerId: owner.id, title: 'Factura duplicada', description: '' }
    })
    const unknown = await refusal('requests.link', { id: request.id, number: 'inv-2026-99999' })
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      fieldMessages: { number: { key: 'documentNotOfCustomer', params: { number: 'INV-2026-99999' } } }
    })
    const closing = await refusal('requests.setStatus', { id: request.id, status: 'closed', resolution: '' })
    expect(closing.fieldMessages).toEqual({ resolution: { key: 'resolutionRequiredToClose' } })
    const read = async (error: ApiError, field: string) =>
      Object.fromEntries(Object.entries(await inEach(error)).map(([l, e]) => [l, e.fields?.[field]]))
    expect(await read(unknown, 'number')).toEqual({
      en: 'No document INV-2026-99999 of this customer was found',
      es: 'No se ha encontrado ningún documento INV-2026-99999 de este cliente',
      ca: 'No s’ha trobat cap document INV-2026-99999 d’aquest client',
      hu: 'Ennek az ügyfélnek nincs INV-2026-99999 számú bizonylata',
      ru: 'Документ INV-2026-99999 этого клиента не найден'
    })
    expect(await read(closing, 'resolution')).toEqual({
      en: 'Say how the request was resolved before closing it',
      es: 'Indique cómo se resolvió la petición antes de cerrarla',
      ca: 'Indiqueu com es va resoldre la petició abans de tancar-la',
      hu: 'A lezárás előtt írja le, hogyan oldották meg a kérést',
      ru: 'Перед закрытием укажите, как было решено обращение'
    })
  })

  it('a line of an ECB file that is not a rate reads in every language, with the line and the currency', async () => {
    const bad = await refusal('rates.importEcb', {
      fileName: 'x.csv',
      base64: Buffer.from('Date, USD\n02 March 2026, abc\n').toString('base64')
    })
    expect(bad).toMatchObject({
      code: 'invalid_input',
      key: 'ecbLineNotRate',
      params: { line: 2, currency: 'USD', value: 'abc' },
      fieldMessages: { base64: { key: 'ecbLineNotRate' } }
    })
    expect(Object.fromEntries(Object.entries(await inEach(bad)).map(([l, e]) => [l, e.message]))).toEqual({
      en: 'Line 2, USD: "abc" is not a rate',
      es: 'Línea 2, USD: «abc» no es un tipo de cambio',
      ca: 'Línia 2, USD: «abc» no és un tipus de canvi',
      hu: '2. sor, USD: „abc” nem árfolyam',
      ru: 'Строка 2, USD: «abc» не является курсом'
    })
  })

  it("a payment's field refusals come by key: a date in the future, an amount of zero", async () => {
    const owner = await desk.call('customers.create', { customer: customer({ name: 'Ferretería Núñez' }) })
    const payment = {
      customerId: owner.id,
      paymentDate: '2099-01-01',
      method: 'bank_transfer',
      reference: '',
      note: ''
    }
    const future = await refusal('payments.record', {
      payment: { ...payment, amountCents: 10_00, allocations: null }
    })
    expect(future).toMatchObject({
      fieldMessages: { 'payment.paymentDate': { key: 'paymentInFuture' } }
    })
    const zero = await refusal('payments.record', {
      payment: { ...payment, amountCents: 0, allocations: null }
    })
    expect(zero.fieldMessages?.['payment.amountCents']).toEqual({ key: 'amountMoreThanZero' })
    const read = Object.fromEntries(
      Object.entries(await inEach(future)).map(([l, e]) => [l, e.fields?.['payment.paymentDate']])
    )
    expect(read).toEqual({
      en: 'A payment cannot be dated in the future',
      es: 'Un cobro no puede tener fecha futura',
      ca: 'Un cobrament no pot tenir una data futura',
      hu: 'A befizetés dátuma nem lehet a jövőben',
      ru: 'Дата платежа не может быть в будущем'
    })
  })

  it("an invoice without the seller's legal name and tax id names both in every language", async () => {
    await desk.close()
    desk = await openTestDesk({ company: false })
    const seed = await seedDocuments(desk)
    await desk.call('settings.update', { settings: companySettings({ legalName: '', taxId: '' }) })
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    const error = await refusal('documents.issue', { id: created.id })
    const missing = {
      key: 'listOfTwo',
      params: { first: { key: 'sellerLegalName' }, second: { key: 'sellerTaxId' } }
    }
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'sellerMissing',
      params: { missing },
      fieldMessages: { 'settings.company': { key: 'sellerMissingField', params: { missing } } },
      // Where to fix it: the renderer links there.
      fixAt: 'settings.company'
    })
    const read = await inEach(error)
    expect(
      Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.fields?.['settings.company']]))
    ).toEqual({
      en: 'Missing: legal name, tax id',
      es: 'Falta: razón social, NIF',
      ca: 'Hi falta: raó social, NIF',
      hu: 'Hiányzik: hivatalos név, adószám',
      ru: 'Не указано: юридическое наименование, ИНН'
    })
    expect(read.es.message).toBe(
      'Una factura debe mostrar quién la emite: complete razón social, NIF de la empresa en Ajustes → Empresa y vuelva a emitirla.'
    )
  })

  it('an estimate that cannot become an order names its status in every language', async () => {
    const seed = await seedDocuments(desk)
    const estimate = await desk.call('documents.createDraft', { document: draft(seed, { type: 'estimate' }) })
    const error = await refusal('estimates.convertToOrder', { id: estimate.id })
    expect(error).toMatchObject({
      key: 'estimateNotToOrder',
      params: { number: `#${estimate.id}`, status: { key: 'documentStatusDraft' } }
    })
    const read = await inEach(error)
    expect(Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.message]))).toEqual({
      en: `Estimate #${estimate.id} is a draft: only an accepted estimate becomes an order.`,
      es: `El presupuesto #${estimate.id} está en estado «borrador»: solo un presupuesto aceptado se convierte en pedido.`,
      ca: `El pressupost #${estimate.id} està en estat «esborrany»: només un pressupost acceptat es converteix en comanda.`,
      hu: `A(z) #${estimate.id} árajánlat állapota „piszkozat”: csak elfogadott árajánlatból lesz megrendelés.`,
      ru: `Коммерческое предложение #${estimate.id} в статусе «черновик»: в заказ превращается только принятое предложение.`
    })
  })

  it('a request status move names both statuses in every language', async () => {
    const owner = await desk.call('customers.create', { customer: customer({ name: 'Ferretería Núñez' }) })
    const request = await desk.call('requests.create', {
      request: { customerId: owner.id, title: 'Factura duplicada', description: '' }
    })
    await desk.call('requests.setStatus', { id: request.id, status: 'closed', resolution: 'Done' })
    const error = await refusal('requests.setStatus', {
      id: request.id,
      status: 'closed',
      resolution: 'Done'
    })
    expect(error).toMatchObject({
      key: 'requestAlreadyInStatus',
      params: { status: { key: 'requestStatusClosed' } }
    })
    const read = await inEach(error)
    expect(Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.message]))).toEqual({
      en: 'This request is already closed.',
      es: 'Esta petición ya está en estado «cerrada».',
      ca: 'Aquesta petició ja està en estat «tancada».',
      hu: 'Ez a kérés már „lezárt” állapotú.',
      ru: 'Это обращение уже в статусе «закрыто».'
    })
  })

  it("the settings schema's field messages come by key: an empty numbering prefix, a locale", async () => {
    const settings = companySettings()
    const error = await refusal('settings.update', {
      settings: {
        ...settings,
        documents: {
          ...settings.documents,
          prefixes: { ...settings.documents.prefixes, invoice: '' },
          printLocale: 'Spanish'
        }
      }
    })
    expect(error.fieldMessages).toMatchObject({
      'settings.documents.prefixes.invoice': { key: 'prefixRequired' },
      'settings.documents.printLocale': { key: 'localeForm' }
    })
    const read = await inEach(error)
    expect(read.ca.fields?.['settings.documents.prefixes.invoice']).toBe('El prefix és obligatori')
    expect(read.hu.fields?.['settings.documents.printLocale']).toBe(
      'Területi beállítást adjon meg, pl. hu-HU vagy en-GB'
    )
  })

  it('a word given by key inside a message is translated with it: an investigation status', async () => {
    const error = new DomainError('conflict', {
      key: 'investigationStepRefused',
      params: { from: word('investigationWrittenOff'), to: word('investigationOpen') }
    }).toApiError()
    expect(error.message).toBe('An investigation that is written off cannot become open.')
    expect(Object.fromEntries(Object.entries(await inEach(error)).map(([l, e]) => [l, e.message]))).toEqual({
      en: 'An investigation that is written off cannot become open.',
      es: 'Una investigación en estado «dada por perdida» no puede pasar a «abierta».',
      ca: 'Una investigació en estat «donada per incobrable» no pot passar a «oberta».',
      hu: 'Egy „leírva” állapotú vizsgálat nem válhat „nyitott” állapotúvá.',
      ru: 'Расследование в статусе «списано» не может перейти в статус «открыто».'
    })
  })

  it("zod's own checks come by key: a missing field, a number for a text, an unknown field", async () => {
    const { name: _left, ...withoutName } = customer({ code: 'Z-1' })
    const error = await refusal('customers.create', {
      customer: { ...withoutName, code: 5, colour: 'red' }
    })
    expect(error.fieldMessages).toEqual({
      'customer.name': { key: 'fieldRequired' },
      'customer.code': { key: 'expectedText' },
      customer: { key: 'unknownFields', params: { keys: 'colour' } }
    })
    expect(error.fields).toEqual({
      'customer.name': 'This field is required',
      'customer.code': 'Enter a text',
      customer: 'Unknown fields: colour'
    })
    expect(Object.values(error.fields ?? {}).join()).not.toMatch(/Invalid|expected|received/)
    const read = await inEach(error)
    expect(
      Object.fromEntries(
        Object.entries(read).map(([l, e]) => [l, [e.fields?.['customer.name'], e.fields?.customer]])
      )
    ).toEqual({
      en: ['This field is required', 'Unknown fields: colour'],
      es: ['Este campo es obligatorio', 'Campos desconocidos: colour'],
      ca: ['Aquest camp és obligatori', 'Camps desconeguts: colour'],
      hu: ['A mező kitöltése kötelező', 'Ismeretlen mezők: colour'],
      ru: ['Заполните это поле', 'Неизвестные поля: colour']
    })
  })

  it("zod's own size, choice and form checks name their bounds by key", () => {
    const schema = z
      .object({
        word: z.string().min(3),
        code: z.string().length(2),
        tags: z.array(z.string()).min(1).max(2),
        count: z.number().int().positive().max(9),
        step: z.number().multipleOf(5),
        kind: z.enum(['visit', 'call']),
        mail: z.email(),
        day: z.iso.date(),
        flag: z.boolean()
      })
      .strict()
    const parsed = schema.safeParse({
      word: 'ab',
      code: 'ABC',
      tags: [],
      count: 0,
      step: 3,
      kind: 'meeting',
      mail: 'nobody',
      day: '2026-02-30',
      flag: 'yes'
    })
    const byPath = Object.fromEntries(
      (parsed.error?.issues ?? []).map((issue) => [issue.path.join('.'), decodeMessage(issue.message)])
    )
    expect(byPath).toEqual({
      word: { key: 'atLeastCharacters', params: { min: 3 } },
      code: { key: 'exactlyCharacters', params: { length: 2 } },
      tags: { key: 'atLeastItems', params: { min: 1 } },
      count: { key: 'moreThanNumber', params: { min: 0 } },
      step: { key: 'multipleOf', params: { divisor: 5 } },
      kind: { key: 'chooseOneOf', params: { choices: 'visit, call' } },
      mail: { key: 'invalidEmail' },
      day: { key: 'enterIsoDate' },
      flag: { key: 'expectedYesOrNo' }
    })
    const tooMany = schema.shape.tags.safeParse(['a', 'b', 'c']).error?.issues[0]?.message ?? ''
    expect(decodeMessage(tooMany)).toEqual({ key: 'atMostItems', params: { max: 2 } })
    const fraction = schema.shape.count.safeParse(1.5).error?.issues[0]?.message ?? ''
    expect(decodeMessage(fraction)).toEqual({ key: 'expectedWholeNumber' })
    // A schema's own message still wins over the map.
    expect(z.string().min(1, 'Own words').safeParse('').error?.issues[0]?.message).toBe('Own words')
  })

  it("the schedule's range refusal names its limit in every language", async () => {
    const error = await refusal('schedule.range', {
      from: '2026-01-01T00:00:00Z',
      to: '2027-06-01T00:00:00Z',
      executiveIds: null
    })
    expect(error.fieldMessages).toEqual({ to: { key: 'atMostDaysAtATime', params: { max: 400 } } })
    const read = await inEach(error)
    expect(Object.fromEntries(Object.entries(read).map(([l, e]) => [l, e.fields?.to]))).toEqual({
      en: 'At most 400 days at a time',
      es: 'Como máximo 400 días cada vez',
      ca: 'Com a màxim 400 dies cada vegada',
      hu: 'Egyszerre legfeljebb 400 nap',
      ru: 'Не более 400 дней за раз'
    })
  })

  it('a visit no longer scheduled names its status and the refused action in every language', async () => {
    const s = await openScheduleDesk()
    try {
      const created = await s.desk.call('visits.create', {
        visit: visit(s, '2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z')
      })
      await s.desk.call('visits.cancel', { id: created.saved.id, reason: 'Cliente cerrado' })
      const error = await s.desk.fail('visits.move', {
        id: created.saved.id,
        startAt: '2026-03-04T10:00:00Z',
        endAt: '2026-03-04T11:00:00Z'
      })
      expect(error).toMatchObject({
        code: 'conflict',
        key: 'visitStatusRefused',
        params: { status: { key: 'visitStatusCancelled' }, doing: { key: 'visitActionMoved' } },
        message: 'This visit is already cancelled, so it cannot be moved.'
      })
      expect(Object.fromEntries(Object.entries(await inEach(error)).map(([l, e]) => [l, e.message]))).toEqual(
        {
          en: 'This visit is already cancelled, so it cannot be moved.',
          es: 'Esta visita ya está cancelada, así que no se puede mover.',
          ca: 'Aquesta visita ja està cancel·lada, així que no es pot moure.',
          hu: 'Ez a látogatás már le van mondva, ezért nem lehet áthelyezni.',
          ru: 'Этот визит уже отменён, поэтому его нельзя перенести.'
        }
      )
    } finally {
      await s.desk.close()
    }
  })

  it('a clash refusal lists each clash in the reader’s language: the visit, its times, the working days', async () => {
    const s = await openScheduleDesk()
    try {
      // Saturday 7 March, 10:00–11:00 in Madrid: outside the Monday-to-Friday working hours.
      const saturday = (hhmm: string) => `2026-03-07T${hhmm}:00Z`
      await s.desk.call('visits.create', {
        visit: visit(s, saturday('09:00'), saturday('10:00')),
        acceptClashes: true
      })
      const error = await s.desk.fail('visits.create', {
        visit: visit(s, saturday('09:30'), saturday('10:30'), { customerId: s.moskva })
      })
      expect(error).toMatchObject({ code: 'conflict', key: 'scheduleClashes' })
      const clashes = {
        en: 'Ana Núñez is already booked: Visit to Ferretería Núñez S.L., 2026-03-07 10:00–11:00; Outside working hours (08:00–18:00, Mon, Tue, Wed, Thu, Fri, Europe/Madrid)',
        es: 'Ana Núñez ya tiene una cita: Visita a Ferretería Núñez S.L., 2026-03-07 10:00–11:00; Fuera del horario laboral (08:00–18:00, lun, mar, mié, jue, vie, Europe/Madrid)',
        ca: 'Ana Núñez ja té una cita: Visita a Ferretería Núñez S.L., 2026-03-07 10:00–11:00; Fora de l’horari laboral (08:00–18:00, dl., dt., dc., dj., dv., Europe/Madrid)',
        hu: 'Ana Núñez már foglalt: Látogatás: Ferretería Núñez S.L., 2026-03-07 10:00–11:00; Munkaidőn kívül (08:00–18:00, H, K, Sze, Cs, P, Europe/Madrid)',
        ru: 'Ana Núñez уже занят(а): Визит к Ferretería Núñez S.L., 2026-03-07 10:00–11:00; Вне рабочего времени (08:00–18:00, пн, вт, ср, чт, пт, Europe/Madrid)'
      }
      expect(error.message).toBe(`This clashes with the schedule: ${clashes.en}. Save anyway to accept it.`)
      const read = await inEach(error)
      for (const [language, text] of Object.entries(clashes)) {
        expect(read[language].message, language).toContain(text)
        expect(read[language].fields?.['clashes.1'], language).toBe(text.slice(text.indexOf('; ') + 2))
      }
    } finally {
      await s.desk.close()
    }
  })

  it('a contract status refusal names its status and the refused action', async () => {
    const error = new DomainError('conflict', {
      key: 'contractStatusRefused',
      params: { status: word('contractStatusDraft'), doing: word('contractActionRenewed') }
    }).toApiError()
    expect(error.message).toBe('This contract is still a draft, so it cannot be renewed.')
    const read = await inEach(error)
    expect(read.es.message).toBe('Este contrato todavía es un borrador, así que no se puede renovar.')
    expect(read.ru.message).toBe('Этот договор ещё черновик, поэтому его нельзя продлить.')
  })

  it('a list of words by key reads in every language: the NAV credentials still missing', async () => {
    const error = new DomainError('invalid_input', {
      key: 'navCredentialsMissing',
      params: { missing: wordList(['navSecretLogin', 'navSecretSignatureKey', 'navSecretExchangeKey']) }
    }).toApiError()
    expect(error.message).toBe(
      "Enter the NAV technical user's login, signature key, exchange key in Settings → NAV first."
    )
    const read = await inEach(error)
    expect(read.hu.message).toBe(
      'Előbb adja meg a NAV technikai felhasználó adatait (felhasználónév, aláírókulcs, cserekulcs) a Beállítások → NAV pontban.'
    )
    expect(read.es.message).toBe(
      'Escriba primero el usuario, la clave de firma, la clave de intercambio del usuario técnico de NAV en Ajustes → NAV.'
    )
    expect(wordList([])).toBe('')
  })

  it("an IBAN's problem reads by key in every language", async () => {
    const error = new DomainError(
      'invalid_input',
      { key: 'correctMarkedFields' },
      { iban: ibanMessages.checksum }
    ).toApiError()
    expect(error.fieldMessages).toEqual({ iban: { key: 'ibanChecksum' } })
    expect(error.fields?.iban).toBe('This IBAN’s check digits do not match: a character is probably mistyped')
    const read = await inEach(error)
    expect(read.ca.fields?.iban).toBe(
      'Els dígits de control d’aquest IBAN no coincideixen: probablement hi ha un caràcter mal escrit'
    )
    expect(read.ru.fields?.iban).toBe(
      'Контрольные цифры этого IBAN не совпадают: вероятно, опечатка в одном из символов'
    )
  })

  it('keyed text survives the round trip, and the English fills every parameter', () => {
    expect(decodeMessage(keyed('atMostDays', { max: 365 }))).toEqual({
      key: 'atMostDays',
      params: { max: 365 }
    })
    expect(decodeMessage('At most 20 characters')).toBeNull()
    expect(decodeMessage('§noSuchKey')).toBeNull()
    const error = DomainError.from(
      new DomainError('conflict', { key: 'skuUsed', params: { sku: 'A/1' } }).toApiError()
    )
    expect(error.message).toBe('The SKU A/1 is already used.')
    for (const [key, text] of Object.entries(errorMessages)) {
      const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])
      const params = Object.fromEntries(names.map((n) => [n, 7]))
      expect(englishMessage({ key: key as keyof typeof errorMessages, params }), key).not.toMatch(/\{\{/)
    }
  })
})

const listAll: CustomerListQuery = {
  search: '',
  status: 'all',
  archived: 'include',
  executiveId: null,
  sort: { field: 'code', direction: 'asc' },
  offset: 0,
  limit: 50
}
