/**
 * The file to import, chosen from the user's disk: the import page's customers, products and opening
 * balances (CSV or Excel), the weekly figures' template (Excel), the payments import (CSV or Excel) and
 * the ECB's exchange rates (CSV). The file picker offers only the formats the import reads. Its id is also
 * its test id: `import-file` unless the screen already named it otherwise (the payments' and the rates').
 */
import type { ComponentProps } from 'react'
import { LabelledInput } from '../components/fields'

/** Each format by its extension and its type, as the browser's file picker matches them. */
const accepted = {
  csv: '.csv,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const

type ImportFileInputProps = Omit<ComponentProps<typeof LabelledInput>, 'id' | 'type' | 'accept'> & {
  id?: string
  formats: (keyof typeof accepted)[]
}

export function ImportFileInput({ id = 'import-file', formats, ...input }: ImportFileInputProps) {
  return (
    <LabelledInput
      id={id}
      type="file"
      accept={formats.map((format) => accepted[format]).join(',')}
      data-testid={id}
      {...input}
    />
  )
}
