import { createCipheriv, createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  decryptExchangeToken,
  indexHash,
  passwordHash,
  requestSignature,
  signatureTimestamp
} from '../../src/main/nav/signature'
import { standardsFile } from './xsd'

interface Vector {
  file: string
  requestId: string
  timestamp: string
  timestamp_yyyyMMddHHmmss: string
  signKey: string
  operations?: Array<{ index: number; operation: string; base64_data: string; expected_index_hash: string }>
  expected_requestSignature: string
}

const vectors = JSON.parse(readFileSync(standardsFile('signature-vectors.json'), 'utf8')) as Vector[]

describe('requestSignature reproduces NAV’s own values', () => {
  it('has the spec example and the 11 official samples', () => {
    expect(vectors).toHaveLength(12)
  })
  for (const v of vectors) {
    it(v.file, () => {
      expect(signatureTimestamp(v.timestamp)).toBe(v.timestamp_yyyyMMddHHmmss)
      const operations = (v.operations ?? []).map((o) => ({ operation: o.operation, base64: o.base64_data }))
      for (const [i, o] of (v.operations ?? []).entries())
        expect(indexHash(operations[i])).toBe(o.expected_index_hash)
      expect(requestSignature(v.requestId, v.timestamp, v.signKey, operations)).toBe(
        v.expected_requestSignature
      )
    })
  }

  it('changes with the request id and the second, not with the milliseconds', () => {
    const v = vectors[0]
    const ops = (v.operations ?? []).map((o) => ({ operation: o.operation, base64: o.base64_data }))
    expect(requestSignature(`${v.requestId}X`, v.timestamp, v.signKey, ops)).not.toBe(
      v.expected_requestSignature
    )
    expect(requestSignature(v.requestId, '2017-12-30T18:25:46.000Z', v.signKey, ops)).not.toBe(
      v.expected_requestSignature
    )
    expect(requestSignature(v.requestId, '2017-12-30T18:25:45.999Z', v.signKey, ops)).toBe(
      v.expected_requestSignature
    )
  })

  it('refuses a timestamp that is not UTC', () => {
    expect(() => signatureTimestamp('2017-12-30T19:25:45.000+01:00')).toThrow(/UTC/)
  })
})

describe('the other hashes and the exchange token', () => {
  it('hashes the password with SHA-512 in uppercase hex', () => {
    const expected = createHash('sha512').update('Jelszó-123').digest('hex').toUpperCase()
    expect(passwordHash('Jelszó-123')).toBe(expected)
    expect(passwordHash('Jelszó-123')).toMatch(/^[0-9A-F]{128}$/)
  })

  it('decrypts an AES-128-ECB exchange token with the exchange key', () => {
    const key = '1234567890ABCDEF'
    const cipher = createCipheriv('aes-128-ecb', Buffer.from(key), null)
    const encoded = Buffer.concat([
      cipher.update('b1aca173-d9e8-4561-9237-0511eed99eaa2P0ZHLXBRI2U'),
      cipher.final()
    ]).toString('base64')
    expect(decryptExchangeToken(encoded, key)).toBe('b1aca173-d9e8-4561-9237-0511eed99eaa2P0ZHLXBRI2U')
    expect(() => decryptExchangeToken(encoded, '1234567890ABCDEX')).toThrow()
    expect(() => decryptExchangeToken(encoded, 'short')).toThrow(/16 characters/)
  })
})
