/**
 * The mapping as the page shows it (each column of the file → the field it fills) and as the API
 * takes it (each field → its column). A field is filled by one column at most.
 */
import {
  importFields,
  requiredImportFields,
  type ImportField,
  type ImportKind,
  type ImportPreview
} from '../../../shared/schemas/imports'

/** Per column of the file: the field it fills, or '' when it is not imported. */
export type ColumnChoices = Array<ImportField | ''>

/** The saved mapping when there is one, else the guess from the header names. */
export function offeredChoices(preview: ImportPreview): ColumnChoices {
  const byField = preview.saved ?? preview.suggested
  const choices: ColumnChoices = preview.columns.map(() => '')
  for (const [field, at] of Object.entries(byField))
    if (at < choices.length) choices[at] = field as ImportField
  return choices
}

/** Choosing a field for one column takes it away from the column that had it. */
export function choose(choices: ColumnChoices, column: number, field: ImportField | ''): ColumnChoices {
  return choices.map((current, i) =>
    i === column ? field : field !== '' && current === field ? '' : current
  )
}

/** Field → column, every field of the kind present (null: not imported), as imports.apply takes it. */
export function mappingOf(kind: ImportKind, choices: ColumnChoices): Record<string, number | null> {
  return Object.fromEntries(
    importFields[kind].map((field) => {
      const at = choices.indexOf(field)
      return [field, at < 0 ? null : at]
    })
  )
}

/** The required fields no column fills yet. */
export function missingFields(kind: ImportKind, choices: ColumnChoices): ImportField[] {
  return requiredImportFields[kind].filter((field) => !choices.includes(field))
}
