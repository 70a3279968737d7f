/** The imports' part of the API contract (spread into src/shared/api.ts). */
import { importApplyInput, importPreviewInput, type ImportApplyResult, type ImportPreview } from './imports'

export const importsApiInputs = {
  /** The file's columns, first rows and a suggested mapping: nothing is written. */
  'imports.preview': importPreviewInput,
  /** Imports every row with the chosen mapping, or nothing when any row has a problem. */
  'imports.apply': importApplyInput
} as const

export interface ImportsApiOutputs {
  'imports.preview': ImportPreview
  'imports.apply': ImportApplyResult
}
