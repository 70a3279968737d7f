/**
 * The file to import, chosen from the user's disk: the import page's customers, products and opening
 * balances (CSV or Excel) and the weekly figures' template (Excel). One import is on a screen at a time,
 * so its id and test id are `import-file`; the file picker offers only the formats the import reads.
 */
import type { ComponentProps } from 'react'
import { LabelledInput } from '../components/fields'

/** Each format by its extension and its type, as the browser's file picker matches them. */
const accepted = {
  csv: '.csv,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const

type ImportFileInputProps = Omit<ComponentProps<typeof LabelledInput>, 'id' | 'type' | 'accept'> & {
  formats: (keyof typeof accepted)[]
}

export function ImportFileInput({ formats, ...input }: ImportFileInputProps) {
  return (
    <LabelledInput
      id="import-file"
      type="file"
      accept={formats.map((format) => accepted[format]).join(',')}
      data-testid="import-file"
      {...input}
    />
  )
}
