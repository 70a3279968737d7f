import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sanitiseFileName } from '../../src/main/contracts/attachment-names'
import { contract, openContractDesk, type ContractDesk } from './support'

let d: ContractDesk
beforeEach(async () => {
  d = await openContractDesk()
})
afterEach(async () => {
  await d.desk.close()
})

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

function storedFiles(): string[] {
  const root = join(d.desk.folder.path, 'attachments')
  if (!existsSync(root)) return []
  return (
    readdirSync(root, { recursive: true, withFileTypes: true }) as Array<{
      isFile(): boolean
      name: string
      parentPath: string
    }>
  )
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
}

describe('attachment names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['/etc/shadow', 'shadow'],
    ['C:\\Users\\ana\\Contrato.pdf', 'Contrato.pdf'],
    ['..', 'attachment'],
    ['...', 'attachment'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['NUL.tar.gz', '_NUL.tar.gz'],
    ['com1 .pdf', '_com1.pdf'],
    ['LPT9.docx', '_LPT9.docx'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    ['a\u0000b\u0007c\n.pdf', 'a_b_c_.pdf'],
    ['a:b*c?"<>|.pdf', 'a_b_c_____.pdf'],
    ['report.pdf. . ', 'report.pdf'],
    ['.htaccess', 'htaccess'],
    ['\u202Efdp.exe', '_fdp.exe'],
    ['Contrato firmado — Núñez «2026».pdf', 'Contrato firmado — Núñez «2026».pdf'],
    ['Договор №12 (подписан).pdf', 'Договор №12 (подписан).pdf'],
    ['Cafe\u0301 Győr ŀl.pdf', 'Café Győr ŀl.pdf']
  ])('%j -> %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected)
  })

  it('keeps names within 150 bytes without cutting a character, keeping the extension', () => {
    const name = sanitiseFileName(`${'ő'.repeat(200)}.pdf`)
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(150)
    expect(name.endsWith('ő.pdf')).toBe(true)
  })
})

describe('contract attachments', () => {
  it('copies the bytes under a generated folder inside the data folder and gives them back', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    const a = await d.desk.call('contracts.attach', {
      contractId: k.id,
      fileName: '../../../evil/Договор №12.pdf',
      contentBase64: b64('%PDF-1.4 подписан')
    })
    expect(a).toMatchObject({
      fileName: 'Договор №12.pdf',
      mimeType: 'application/pdf',
      sizeBytes: Buffer.byteLength('%PDF-1.4 подписан')
    })
    const files = storedFiles()
    expect(files).toHaveLength(1)
    const rel = relative(join(d.desk.folder.path, 'attachments'), files[0])
    expect(rel.startsWith('..') || isAbsolute(rel)).toBe(false)
    expect(rel.split(/[\\/]/)).toEqual([
      'contracts',
      String(k.id),
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      'Договор №12.pdf'
    ])
    expect(readFileSync(files[0], 'utf8')).toBe('%PDF-1.4 подписан')
    const back = await d.desk.call('contracts.attachment', { id: a.id })
    expect(Buffer.from(back.bytes).toString('utf8')).toBe('%PDF-1.4 подписан')
    expect(back.fileName).toBe('Договор №12.pdf')
    expect((await d.desk.call('contracts.get', { id: k.id })).attachments.map((x) => x.fileName)).toEqual([
      'Договор №12.pdf'
    ])
  })

  it('two files with the same name do not overwrite each other; removal deletes the file', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    const first = await d.desk.call('contracts.attach', {
      contractId: k.id,
      fileName: 'CON',
      contentBase64: b64('one')
    })
    const second = await d.desk.call('contracts.attach', {
      contractId: k.id,
      fileName: 'CON',
      contentBase64: b64('two')
    })
    expect(first.fileName).toBe('_CON')
    expect(storedFiles()).toHaveLength(2)
    await d.desk.call('contracts.removeAttachment', { id: first.id })
    expect(storedFiles().map((f) => readFileSync(f, 'utf8'))).toEqual(['two'])
    expect((await d.desk.fail('contracts.attachment', { id: first.id })).code).toBe('not_found')
    expect(Buffer.from((await d.desk.call('contracts.attachment', { id: second.id })).bytes).toString()).toBe(
      'two'
    )
  })

  it('refuses empty, non-base64 and oversized content, and unknown contracts, leaving no file behind', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    expect(
      (await d.desk.fail('contracts.attach', { contractId: k.id, fileName: 'a.pdf', contentBase64: '' })).code
    ).toBe('invalid_input')
    expect(
      (
        await d.desk.fail('contracts.attach', {
          contractId: k.id,
          fileName: 'a.pdf',
          contentBase64: 'not base64!'
        })
      ).code
    ).toBe('invalid_input')
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64')
    expect(
      (await d.desk.fail('contracts.attach', { contractId: k.id, fileName: 'a.pdf', contentBase64: big }))
        .fields
    ).toHaveProperty(['contentBase64'])
    expect(
      (await d.desk.fail('contracts.attach', { contractId: 999, fileName: 'a.pdf', contentBase64: b64('x') }))
        .code
    ).toBe('not_found')
    expect(storedFiles()).toEqual([])
  })

  it('a record whose stored path leaves the attachments folder is never read', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    const a = await d.desk.call('contracts.attach', {
      contractId: k.id,
      fileName: 'x.txt',
      contentBase64: b64('x')
    })
    d.desk.store.sqlite
      .prepare('update contract_attachments set stored_path = ? where id = ?')
      .run('attachments/../salesdesk.db', a.id)
    expect((await d.desk.fail('contracts.attachment', { id: a.id })).code).toBe('forbidden')
  })

  it('a closed contract keeps its attachments', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    const a = await d.desk.call('contracts.attach', {
      contractId: k.id,
      fileName: 'firmado.pdf',
      contentBase64: b64('x')
    })
    await d.desk.call('contracts.activate', { id: k.id })
    await d.desk.call('contracts.end', { id: k.id, date: '2026-12-31' })
    expect((await d.desk.fail('contracts.removeAttachment', { id: a.id })).code).toBe('conflict')
    expect(storedFiles()).toHaveLength(1)
  })
})
