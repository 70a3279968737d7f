import type { TFunction } from 'i18next'
import type { ImportProblem } from '../../../shared/schemas/figures'
import { translateKeyed } from '../i18n/errors'

/**
 * An import problem row in the user's language, by its key; the column it names (a header of the
 * template, "Calls") reads in the user's words too. A problem without a key keeps its English text.
 */
export function problemText(
  problem: Pick<ImportProblem, 'message' | 'key' | 'params'>,
  t: TFunction,
  language: string,
  tm: (m: string) => string
): string {
  if (!problem.key) return tm(problem.message)
  const params = { ...problem.params }
  if (typeof params.column === 'string')
    params.column = t(`weekly.import.messages.labels.${params.column}`, { defaultValue: params.column })
  return translateKeyed({ key: problem.key, params }, language) || problem.message
}
