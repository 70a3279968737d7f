/**
 * Paper and Factur-X embedding are frozen at issue (issue 11): turning Factur-X on or off in
 * Settings, changing the paper, or asking the API or the CLI for another paper changes no issued
 * document's print (same pdftotext text, same bytes apart from the creation date); a draft still
 * follows the settings and the paper asked for.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli'
import { companySettings, draft, issued, seedDocuments, type Seeded } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
  await desk.call('settings.update', { settings: companySettings() })
})
afterEach(async () => {
  await desk.close()
})

let saved = 0
function save(bytes: Uint8Array): string {
  const file = desk.folder.file(`print-${++saved}.pdf`)
  writeFileSync(file, bytes)
  return file
}
const pageSize = (file: string) =>
  /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]
/** The creation date and the file id pdfkit derives from it: the only bytes a reprint may change. */
const withoutDate = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '')
    .replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/g, '')
    .replace(/<xmp:ModifyDate>[^<]*<\/xmp:ModifyDate>/g, '')
    .replace(/<xmp:MetadataDate>[^<]*<\/xmp:MetadataDate>/g, '')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '')
const embedded = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').includes('factur-x.xml')

async function setEmbedding(on: boolean): Promise<void> {
  await desk.call('einvoice.updateSettings', { settings: { embedInPdf: on, creditorId: '' } })
}

async function print(id: number, paper?: 'A4' | 'Letter'): Promise<Uint8Array> {
  return (await desk.call('documents.pdf', paper ? { id, paper } : { id })).bytes
}

describe('Factur-X embedding frozen at issue', () => {
  it('an invoice issued with embedding off stays a plain PDF after it is turned on', async () => {
    const invoice = await issued(desk, seed)
    const first = await print(invoice.id)
    expect(embedded(first)).toBe(false)
    desk.clock.advance(86_400_000)
    await setEmbedding(true)
    const second = await print(invoice.id)
    expect(embedded(second)).toBe(false)
    expect(pdfText(save(second))).toBe(pdfText(save(first)))
    expect(withoutDate(second)).toBe(withoutDate(first))
    // An invoice issued now embeds its e-invoice.
    const later = await issued(desk, seed)
    expect(embedded(await print(later.id))).toBe(true)
  })

  it('an invoice issued with embedding on keeps its e-invoice after it is turned off', async () => {
    await setEmbedding(true)
    const invoice = await issued(desk, seed)
    const first = await print(invoice.id)
    const file = save(first)
    execFileSync('pdfdetach', ['-saveall', '-o', desk.folder.path, file])
    const cii = (await desk.call('einvoice.file', { id: invoice.id, format: 'cii' })).bytes
    expect(readFileSync(join(desk.folder.path, 'factur-x.xml'), 'utf8')).toBe(
      Buffer.from(cii).toString('utf8')
    )
    desk.clock.advance(86_400_000)
    await setEmbedding(false)
    const second = await print(invoice.id)
    expect(embedded(second)).toBe(true)
    expect(pdfText(save(second))).toBe(pdfText(file))
    expect(withoutDate(second)).toBe(withoutDate(first))
    // A draft is never embedded; an invoice issued now is plain.
    const later = await issued(desk, seed)
    expect(embedded(await print(later.id))).toBe(false)
  }, 30_000)
})

describe('Factur-X profile frozen at issue', () => {
  const storedProfile = (id: number) =>
    desk.store.sqlite
      .prepare('select profile from document_einvoice_embeds where document_id = ?')
      .pluck()
      .get(id)

  it('an issued invoice declares the profile stored with it; one this version cannot write prints plain', async () => {
    await setEmbedding(true)
    const invoice = await issued(desk, seed)
    expect(storedProfile(invoice.id)).toBe('EN 16931')
    const file = save(await print(invoice.id))
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })
    expect(xmp).toContain(`<fx:ConformanceLevel>${String(storedProfile(invoice.id))}</fx:ConformanceLevel>`)
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('factur-x.xml')

    // Issued plain, then given a profile another version might store (the store's check refuses it
    // today, so it goes in past the check): the PDF does not claim EN 16931 for it, it prints plain.
    await setEmbedding(false)
    const other = await issued(desk, seed)
    const plain = await print(other.id)
    const sqlite = desk.store.sqlite
    sqlite.pragma('ignore_check_constraints = ON')
    try {
      sqlite
        .prepare("insert into document_einvoice_embeds (document_id, profile) values (?, 'EXTENDED')")
        .run(other.id)
    } finally {
      sqlite.pragma('ignore_check_constraints = OFF')
    }
    const after = await print(other.id)
    expect(embedded(after)).toBe(false)
    expect(withoutDate(after)).toBe(withoutDate(plain))
  }, 30_000)
})

describe('creditor id and mandate frozen at issue', () => {
  const setup = (mandateReference: string, iban: string) =>
    desk.call('paymentSetup.update', {
      customerId: seed.customerId,
      setup: {
        method: 'direct_debit',
        iban,
        bic: '',
        mandateReference,
        mandateSignedOn: '2026-02-14',
        cardBrand: null,
        cardLast4: '',
        cardExpiry: ''
      }
    })
  const creditor = (creditorId: string) =>
    desk.call('einvoice.updateSettings', { settings: { embedInPdf: true, creditorId } })
  /** The embedded factur-x.xml, the UBL and the CII of an issued document, as text. */
  async function einvoices(id: number): Promise<{ embedded: string; ubl: string; cii: string }> {
    const pdf = save(await print(id))
    const xml = desk.folder.file(`factur-x-${saved}.xml`)
    execFileSync('pdfdetach', ['-save', '1', '-o', xml, pdf])
    const file = async (format: 'ubl' | 'cii') =>
      Buffer.from((await desk.call('einvoice.file', { id, format })).bytes).toString('utf8')
    return { embedded: readFileSync(xml, 'utf8'), ubl: await file('ubl'), cii: await file('cii') }
  }

  it('a direct-debit invoice keeps the creditor id and mandate it was issued with in its Factur-X, UBL and CII', async () => {
    await creditor('ES12ZZZB12345678')
    await setup('MNDT-2026/0042', 'ES76 2077 0024 0031 0257 5766')
    const invoice = await issued(desk, seed, { paymentMethod: 'direct_debit' })
    const first = await einvoices(invoice.id)
    expect(first.embedded).toBe(first.cii)
    expect(first.cii).toContain('<ram:DirectDebitMandateID>MNDT-2026/0042</ram:DirectDebitMandateID>')
    expect(first.cii).toContain('<ram:CreditorReferenceID>ES12ZZZB12345678</ram:CreditorReferenceID>')
    expect(first.cii).toContain('ES7620770024003102575766')
    expect(first.ubl).toContain('<cbc:ID schemeID="SEPA">ES12ZZZB12345678</cbc:ID>')
    expect(first.ubl).toContain('<cbc:ID>MNDT-2026/0042</cbc:ID>')

    desk.clock.advance(86_400_000)
    await creditor('ES98ZZZB87654321')
    await setup('MNDT-2026/0777', 'ES91 2100 0418 4502 0005 1332')
    const second = await einvoices(invoice.id)
    expect(second).toEqual(first)
    // An invoice issued now states the new ones.
    const later = await einvoices((await issued(desk, seed, { paymentMethod: 'direct_debit' })).id)
    expect(later.cii).toContain('<ram:DirectDebitMandateID>MNDT-2026/0777</ram:DirectDebitMandateID>')
    expect(later.cii).toContain('<ram:CreditorReferenceID>ES98ZZZB87654321</ram:CreditorReferenceID>')
    expect(later.ubl).toContain('<cbc:ID schemeID="SEPA">ES98ZZZB87654321</cbc:ID>')
  }, 60_000)
})

describe('paper frozen at issue', () => {
  it('an issued invoice prints on its own paper whatever the settings or the API ask; a draft follows both', async () => {
    const invoice = await issued(desk, seed)
    const first = await print(invoice.id)
    const a4 = save(first)
    expect(pageSize(a4)).toBe('595.28 x 841.89')
    const settings = companySettings()
    await desk.call('settings.update', {
      settings: { ...settings, documents: { ...settings.documents, paperSize: 'Letter' } }
    })
    const asked = await print(invoice.id, 'Letter')
    const file = save(asked)
    expect(pageSize(file)).toBe('595.28 x 841.89')
    expect(pdfText(file)).toBe(pdfText(a4))
    expect(withoutDate(asked)).toBe(withoutDate(first))
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(pageSize(save(await print(created.id)))).toBe('612 x 792')
    expect(pageSize(save(await print(created.id, 'A4')))).toBe('595.28 x 841.89')
  })

  it('salesdesk pdf refuses --paper for an issued document, with a sentence, and writes nothing', async () => {
    const invoice = await issued(desk, seed)
    const out = desk.folder.file('cli.pdf')
    const errors: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    const log = console.error
    process.stderr.write = (chunk: string | Uint8Array) => {
      errors.push(String(chunk))
      return true
    }
    console.error = (...args: unknown[]) => errors.push(args.join(' '))
    try {
      const code = await runCli([
        'pdf',
        '--db',
        desk.databasePath,
        '--number',
        invoice.number ?? '',
        '--paper',
        'Letter',
        '--out',
        out
      ])
      expect(code).toBe(2)
    } finally {
      process.stderr.write = write
      console.error = log
    }
    expect(errors.join('')).toContain('--paper applies to drafts only')
    expect(() => readFileSync(out)).toThrow()
    expect(
      await runCli(['pdf', '--db', desk.databasePath, '--number', invoice.number ?? '', '--out', out])
    ).toBe(0)
    expect(pageSize(out)).toBe('595.28 x 841.89')
  })
})
