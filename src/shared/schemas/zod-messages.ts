/**
 * zod's own messages ("Invalid input: expected string, received undefined") would reach users in
 * English wherever a schema gives no message of its own. This error map gives every kind of zod
 * issue a keyed message (src/shared/errors.ts), so it reads in the user's language like the rest.
 * A schema's own message still wins: zod asks this map only when the schema has none.
 * Installed once for the process by common.ts, which every area's schemas import.
 */
import { z } from 'zod'
import { keyed, type ErrorKey, type MessageParams } from '../errors'

type Issue = Parameters<z.core.$ZodErrorMap>[0]

/** A bound of a size check as a parameter: numbers stay numbers, dates become their day. */
function bound(value: unknown): string | number {
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}

const expectedKind: Partial<Record<string, ErrorKey>> = {
  number: 'expectedNumber',
  int: 'expectedWholeNumber',
  bigint: 'expectedWholeNumber',
  string: 'expectedText',
  boolean: 'expectedYesOrNo',
  array: 'expectedList',
  date: 'enterIsoDate'
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): [ErrorKey, MessageParams] {
  const min = bound(issue.minimum)
  if (issue.origin === 'string') {
    if (issue.exact) return ['exactlyCharacters', { length: min }]
    return issue.minimum === 1 ? ['fieldRequired', {}] : ['atLeastCharacters', { min }]
  }
  if (issue.origin === 'array' || issue.origin === 'set') return ['atLeastItems', { min }]
  return issue.inclusive === false ? ['moreThanNumber', { min }] : ['atLeastNumber', { min }]
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): [ErrorKey, MessageParams] {
  const max = bound(issue.maximum)
  if (issue.origin === 'string') {
    return issue.exact ? ['exactlyCharacters', { length: max }] : ['atMostCharacters', { max }]
  }
  if (issue.origin === 'array' || issue.origin === 'set') return ['atMostItems', { max }]
  return issue.inclusive === false ? ['lessThanNumber', { max }] : ['atMostNumber', { max }]
}

/** The key and parameters of one issue zod raised without a message of the schema's own. */
export function issueMessage(issue: Issue): [ErrorKey, MessageParams] {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return ['fieldRequired', {}]
      return [expectedKind[issue.expected] ?? 'valueWrongKind', {}]
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_format':
      if (issue.format === 'email') return ['invalidEmail', {}]
      if (issue.format === 'date') return ['enterIsoDate', {}]
      return ['valueWrongForm', {}]
    case 'not_multiple_of':
      return ['multipleOf', { divisor: bound(issue.divisor) }]
    case 'unrecognized_keys':
      return ['unknownFields', { keys: issue.keys.join(', ') }]
    case 'invalid_value':
      return ['chooseOneOf', { choices: issue.values.map(String).join(', ') }]
    default:
      return ['valueNotAccepted', {}]
  }
}

/** Installs the map for every schema of this process (zod keeps one global configuration). */
export function installKeyedZodMessages(): void {
  z.config({
    customError: (issue) => {
      const [key, params] = issueMessage(issue)
      return Object.keys(params).length > 0 ? keyed(key, params) : keyed(key)
    }
  })
}
