/**
 * An area's part of the API is named after its file and folder (issue 9): `src/shared/schemas/
 * customers-api.ts` exports `customersApiInputs` and `CustomersApiOutputs`, as `src/main/customers/
 * api.ts` exports `customersHandlers`. Names were mixed (`customerApiInputs` beside
 * `figuresApiInputs`); this scan fails on a name that does not follow its file, in either form.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const folder = 'src/shared/schemas'

/** "e-invoice" → "eInvoice": the area as it starts a name. */
const camel = (area: string) => area.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** Each exported *ApiInput(s)/*ApiOutput(s) name of the file that is not `<area>ApiInputs`/`<Area>ApiOutputs`. */
function misnamed(fileName: string, text: string): string[] {
  const area = camel(fileName.replace(/-api\.ts$/, ''))
  const expected = {
    Inputs: `${area}ApiInputs`,
    // The type starts with a capital; a capital inside the area's word is left to the author (EInvoice).
    Outputs: `${area}ApiOutputs`.toLowerCase()
  }
  const names = [
    ...text.matchAll(/export\s+(?:const|type|interface|function)\s+(\w*Api(?:Input|Output)s?)\b/g)
  ].map((m) => m[1])
  return names.filter((name) =>
    name.endsWith('Inputs')
      ? name !== expected.Inputs
      : !(name.endsWith('Outputs') && name.toLowerCase() === expected.Outputs && /^[A-Z]/.test(name))
  )
}

describe('API part names follow their file', () => {
  it('every src/shared/schemas/<area>-api.ts exports <area>ApiInputs and <Area>ApiOutputs', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('-api.ts'))
    expect(files.length).toBeGreaterThan(20)
    const wrong = files.flatMap((file) =>
      misnamed(file, readFileSync(join(folder, file), 'utf8')).map((name) => `${file}: ${name}`)
    )
    expect(wrong).toEqual([])
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8')
      const area = camel(file.replace(/-api\.ts$/, ''))
      expect(text, file).toContain(`export const ${area}ApiInputs`)
    }
  })

  it('fails on the singular, the plural where the file is singular, and an odd case', () => {
    expect(misnamed('customers-api.ts', 'export const customerApiInputs = {}')).toEqual(['customerApiInputs'])
    expect(misnamed('customers-api.ts', 'export interface CustomerApiOutputs {}')).toEqual([
      'CustomerApiOutputs'
    ])
    expect(misnamed('region-api.ts', 'export type RegionsApiOutputs = {}')).toEqual(['RegionsApiOutputs'])
    expect(misnamed('customers-api.ts', 'export interface customersApiOutputs {}')).toEqual([
      'customersApiOutputs'
    ])
    expect(misnamed('customers-api.ts', 'export const customerApiInput = {}')).toEqual(['customerApiInput'])
    expect(
      misnamed(
        'einvoice-api.ts',
        'export const einvoiceApiInputs = {}\nexport interface EInvoiceApiOutputs {}'
      )
    ).toEqual([])
  })
})
