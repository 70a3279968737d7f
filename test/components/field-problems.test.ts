/**
 * Field problems on a form (issue 9): the company settings, the document editor, a refusal's fields
 * (applyFieldErrors) and the shared schema's issues (applyIssues) put problems beside the fields
 * through one function, which focuses the first and passes over the whole input's.
 */
import { describe, expect, it } from 'vitest'
import { markFieldProblems } from '../../src/renderer/src/components/field-problems'

interface Marked {
  field: string
  message: string
  focus: boolean
}

/** A stand-in for react-hook-form's setError that keeps what it was asked. */
function recorder() {
  const marked: Marked[] = []
  const setError = (field: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    marked.push({ field, message: error.message ?? '', focus: options?.shouldFocus === true })
  }
  return { marked, setError }
}

describe('markFieldProblems', () => {
  it('marks each field at its form path, focuses only the first, and passes over the whole input', () => {
    const { marked, setError } = recorder()
    const problems = {
      _: 'messages.correctMarkedFields',
      'settings.company.taxId': 'checks.taxId',
      'settings.documents.vatRatesBp.1': 'checks.vatRatesAsPercentages',
      'company.termsByLanguage.es': 'checks.tooLong'
    }
    const paths = markFieldProblems(problems, setError, (path) => path.replace(/^settings\./, ''))
    expect(paths).toEqual([
      'settings.company.taxId',
      'settings.documents.vatRatesBp.1',
      'company.termsByLanguage.es'
    ])
    expect(marked).toEqual([
      { field: 'company.taxId', message: 'checks.taxId', focus: true },
      { field: 'documents.vatRatesBp.1', message: 'checks.vatRatesAsPercentages', focus: false },
      { field: 'company.termsByLanguage.es', message: 'checks.tooLong', focus: false }
    ])
  })

  it('passes over a problem whose form path is the whole input, and focuses the first field it marks', () => {
    const { marked, setError } = recorder()
    const stripped = (path: string) => (path.startsWith('payment.') ? path.slice('payment.'.length) : path)
    const paths = markFieldProblems(
      { 'payment._': 'x', 'payment.': 'y', 'payment.date': 'checks.date' },
      setError,
      stripped
    )
    expect(paths).toEqual(['payment.date'])
    expect(marked).toEqual([{ field: 'date', message: 'checks.date', focus: true }])
  })

  it('marks nothing for no problems', () => {
    const { marked, setError } = recorder()
    expect(markFieldProblems({}, setError)).toEqual([])
    expect(marked).toEqual([])
  })
})
