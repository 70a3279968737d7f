/**
 * vitest's asymmetric matchers are typed `any`; these wrappers type them `unknown`, so they can sit
 * inside expected objects without switching off type checks for the rest of the object.
 */
import { expect } from 'vitest'

export const anyText = (): unknown => expect.any(String)
export const textContaining = (part: string): unknown => expect.stringContaining(part)
export const textMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern)
