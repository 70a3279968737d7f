/**
 * A refusal's field may be any key a payload holds, "__proto__" included: the API's fuzz test
 * found a too-long text under "__proto__" refused with no field at all (assigning that key set the
 * prototype). The field and its keyed message must both be there, as own keys.
 */
import { describe, expect, it } from 'vitest'
import { DomainError, keyed } from '../../src/shared/errors'

describe('DomainError fields', () => {
  it('keeps a field named __proto__ as its own key, with its message and its key', () => {
    // Parsed from JSON, as a payload is: "__proto__" is then an ordinary own key.
    const fields = JSON.parse(
      JSON.stringify({ name: 'Required' }).replace(
        '{',
        `{"__proto__":${JSON.stringify(keyed('textTooLong', { max: 200000 }))},`
      )
    ) as Record<string, string>
    expect(Object.keys(fields)).toContain('__proto__')
    const error = new DomainError('invalid_input', { key: 'correctMarkedFields' }, fields).toApiError()
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['__proto__', 'name'])
    expect(Object.getPrototypeOf(error.fields)).toBe(Object.prototype)
    expect(error.fieldMessages?.['__proto__']).toEqual({ key: 'textTooLong', params: { max: 200000 } })
    expect((JSON.parse(JSON.stringify(error)) as { fields: Record<string, string> }).fields.name).toBe(
      'Required'
    )
  })
})
