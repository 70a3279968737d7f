import type { RecordsApiOutputs } from '../../shared/schemas/records-api'
import type { RecordsWatch } from './integrity'

export function recordsHandlers(watch: RecordsWatch): {
  [M in keyof RecordsApiOutputs]: () => RecordsApiOutputs[M] | Promise<RecordsApiOutputs[M]>
} {
  return {
    'records.integrity': () => watch.integrity,
    'records.verify': () => watch.checkAll()
  }
}
