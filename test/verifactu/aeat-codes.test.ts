/**
 * The AEAT's error codes shown in the reader's language (issue 16). The AEAT's "Validaciones y
 * errores" (vendored in test/standards/verifactu/spec) lists in §4.3.1 the errors that accept a
 * record but must be corrected, and in §4.4 the families of its code list. Each admissible error
 * must have a sentence of its own, in every language, different from its family's; every family
 * must have one; and a code nobody listed still gets its family's sentence.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aeatErrorKey } from '../../src/renderer/src/verifactu/aeat-codes'
import { verifactuRecordStrings } from '../../src/renderer/src/verifactu/strings'
import { STANDARDS } from './support'

const document = readFileSync(join(STANDARDS, 'spec/Validaciones_Errores_Veri-Factu.txt'), 'utf8')
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The items of the list that follows `start`, up to `end`, each on one line. */
function listAfter(start: string, end: string, bullet: RegExp): string[] {
  const from = document.indexOf(start)
  const to = document.indexOf(end, from)
  expect(from, start).toBeGreaterThan(0)
  expect(to, end).toBeGreaterThan(from)
  return document
    .slice(from + start.length, to)
    .split(bullet)
    .slice(1)
    .map(flat)
    .map((item) =>
      item.replace(/ Sistemas Informáticos de Facturación y Sistemas VERI\*FACTU Página \d+.*$/, '')
    )
}

/**
 * Which AEAT code each admissible error of §4.3.1 comes back as (the code list, errores.properties),
 * recognised by the field it names. An error in the list that none of these names fails the test.
 */
const ADMISSIBLE: Array<{ names: RegExp; code: string | null; why?: string }> = [
  { names: /“No censado”/, code: '2001' },
  { names: /huella o hash/, code: '2000' },
  { names: /campo ImporteTotal/, code: '2005' },
  { names: /campo CuotaTotal/, code: '2006' },
  { names: /PrimerRegistro/, code: '2007' },
  // Salesdesk declares every line under Impuesto 01 (IVA) with its ClaveRegimen: never IPSI.
  { names: /“IPSI” \(02\)/, code: null, why: 'not sent' },
  { names: /FechaHoraHusoGenRegistro/, code: '2004' }
]

const languages = ['en', 'es', 'ca', 'hu', 'ru'] as const
const sentence = (language: (typeof languages)[number], key: string): string | undefined =>
  (verifactuRecordStrings[language].verifactuRecords.error as Record<string, string>)[key]

describe('AEAT error codes in plain words', () => {
  it('every admissible error of Validaciones §4.3.1 has its own sentence, in five languages', () => {
    const admissible = listAfter(
      'Los errores admisibles que se han detectado en la versión actual',
      'Solo podrá llevarse a cabo una subsanación',
      /\n\s+-\s+/
    )
    expect(admissible).toHaveLength(7)
    for (const error of admissible) {
      const matches = ADMISSIBLE.filter((a) => a.names.test(error))
      expect(matches, error).toHaveLength(1)
      const { code } = matches[0]
      if (code === null) continue
      const key = aeatErrorKey(code, null)
      expect(key, `${code}: ${error}`).not.toBe('family2')
      for (const language of languages) {
        const text = sentence(language, key)
        expect(text, `${language} ${key}`).toBeTruthy()
        expect(text).not.toBe(sentence(language, 'family2'))
      }
    }
  })

  it('every family of §4.4 has a sentence; codes without their own sentence get their family’s', () => {
    const families = listAfter('organizados en tres categorías:', '5      ACLARACIONES', /\n\s+•\s+/)
    expect(families).toEqual([
      'Errores que provocan el rechazo del envío completo',
      'Errores que provocan el rechazo de la factura (o de la petición completa si el error se produce en la cabecera)',
      'Errores que producen la aceptación del registro de facturación en el sistema (posteriormente deben ser subsanados)'
    ])
    // Whole request (4xxx), record (1xxx, and 3xxx: the register's), accepted with errors (2xxx).
    expect([aeatErrorKey('4999', null), aeatErrorKey('1999', null), aeatErrorKey('3999', null)]).toEqual([
      'family4',
      'family1',
      'family3'
    ])
    expect(aeatErrorKey('2999', null)).toBe('family2')
    expect(aeatErrorKey('9', 'Error interno')).toBe('unknown')
    for (const language of languages)
      for (const key of ['family1', 'family2', 'family3', 'family4', 'unknown'])
        expect(sentence(language, key), `${language} ${key}`).toBeTruthy()
  })

  it('codes of the company, the certificate and the simplified-invoice limit have their own sentence', () => {
    expect(
      ['4104', '4107', '4115', '4112', '1150', '1109', '3003'].map((code) => aeatErrorKey(code, 'x'))
    ).toEqual(['companyNif', 'companyNif', 'companyNif', 'certificateHolder', 'code1150', 'nif', 'code3003'])
    // A code of its own wins over the NIF in the AEAT's text; the text decides only for others.
    expect(aeatErrorKey('4107', 'El NIF no está identificado')).toBe('companyNif')
    expect(aeatErrorKey('1123', 'El formato del NIF es incorrecto.')).toBe('nif')
  })
})
