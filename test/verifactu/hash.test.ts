/** The Huella against the AEAT's own vectors (pinned in test/standards/verifactu), and the AEAT example record. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { altaHashInput, anulacionHashInput, huella } from '../../src/main/verifactu/hash'
import { recomputeFromXml } from '../../src/main/verifactu/verify'
import { aeatHashToolFailures, hashInputOf, sha256Upper, STANDARDS, statedHuella, xsdErrors } from './support'

interface Vector {
  kind: 'alta' | 'anulacion'
  fields: Record<string, string>
  previousHash: string
  input_string: string
  expected_hash: string
  official: boolean
}

const vectors = JSON.parse(readFileSync(join(STANDARDS, 'hash-vectors.json'), 'utf8')) as Vector[]

describe('VERI*FACTU Huella', () => {
  it('has the four official AEAT vectors pinned', () => {
    expect(vectors.filter((v) => v.official)).toHaveLength(4)
  })

  it.each(vectors.map((v) => [v.expected_hash.slice(0, 8), v] as const))(
    'vector %s: our input string and hash are the AEAT ones',
    (_name, vector) => {
      const f = vector.fields
      const input =
        vector.kind === 'alta'
          ? altaHashInput(
              {
                IDEmisorFactura: f.IDEmisorFactura,
                NumSerieFactura: f.NumSerieFactura,
                FechaExpedicionFactura: f.FechaExpedicionFactura,
                TipoFactura: f.TipoFactura,
                CuotaTotal: f.CuotaTotal,
                ImporteTotal: f.ImporteTotal,
                FechaHoraHusoGenRegistro: f.FechaHoraHusoGenRegistro
              },
              vector.previousHash
            )
          : anulacionHashInput(
              {
                IDEmisorFacturaAnulada: f.IDEmisorFacturaAnulada,
                NumSerieFacturaAnulada: f.NumSerieFacturaAnulada,
                FechaExpedicionFacturaAnulada: f.FechaExpedicionFacturaAnulada,
                FechaHoraHusoGenRegistro: f.FechaHoraHusoGenRegistro
              },
              vector.previousHash
            )
      expect(input).toBe(vector.input_string)
      expect(huella(input)).toBe(vector.expected_hash)
      expect(sha256Upper(vector.input_string)).toBe(vector.expected_hash)
    }
  )

  it('trims values and writes an absent previous hash as "Huella="', () => {
    const input = altaHashInput(
      {
        IDEmisorFactura: ' 89890001K ',
        NumSerieFactura: ' 12345678/G33 ',
        FechaExpedicionFactura: '01-01-2024',
        TipoFactura: 'F1',
        CuotaTotal: '12.35',
        ImporteTotal: '123.45',
        FechaHoraHusoGenRegistro: '2024-01-01T19:20:30+01:00'
      },
      ''
    )
    expect(huella(input)).toBe('3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60')
  })

  it('recomputes the AEAT example record from its XML, which is schema-valid', () => {
    const xml = readFileSync(join(STANDARDS, 'samples/ejemploRegistro.xml'), 'utf8')
    expect(xsdErrors([xml])).toEqual([])
    const { computed, stated } = recomputeFromXml(xml)
    expect(stated).toBe('FF954378B64ED331A9B2366AD317D86E9DEC1716B12DD0ACCB172A6DC4C105AA')
    expect(computed).toBe(stated)
    expect(sha256Upper(hashInputOf(xml))).toBe(statedHuella(xml))
  })

  it('hashes amounts as written: the example with 41.40 / 241.40 no longer matches its Huella', () => {
    const xml = readFileSync(join(STANDARDS, 'samples/ejemploRegistro-amounts-reformatted-2dec.xml'), 'utf8')
    const { computed, stated } = recomputeFromXml(xml)
    expect(computed).not.toBe(stated)
    expect(computed.startsWith('7F422C')).toBe(true)
  })

  it('the vendored AEAT hash tool passes the AEAT example and fails the reformatted one', () => {
    const sample = (name: string) => readFileSync(join(STANDARDS, 'samples', name), 'utf8')
    expect(aeatHashToolFailures([sample('ejemploRegistro.xml')])).toEqual([])
    const failures = aeatHashToolFailures([sample('ejemploRegistro-amounts-reformatted-2dec.xml')])
    expect(failures.join('\n')).toMatch(/FAIL .* computed=7F422C/)
  })
})
