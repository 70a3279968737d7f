/** The Check's (or a refused import's) problems, row by row as the spreadsheet numbers them, capped with a count. */
import type { ImportApplyResult } from '../../../shared/schemas/imports'
import { SimpleTable } from '../components/SimpleTable'
import { useT } from '../i18n'

export function ImportProblems({ result }: { result: ImportApplyResult }) {
  const { t, tm } = useT()
  const count = result.problems.length + result.moreProblems
  return (
    <div data-testid="import-problems">
      <p className="banner banner-error" role="alert" data-testid="import-problem-count">
        {t('imports.problemsFound', { count })}
      </p>
      <SimpleTable
        className="figures-table problems-table"
        label={t('imports.problemsLabel')}
        testId="import-problem-table"
        columns={[
          { id: 'row', label: t('imports.row'), className: 'num', render: (p) => p.row },
          {
            id: 'field',
            label: t('imports.problemField'),
            render: (p) =>
              p.field === ''
                ? t('imports.wholeRow')
                : t(`imports.fields.${p.field}`, { defaultValue: p.field })
          },
          { id: 'problem', label: t('imports.problem'), render: (p) => tm(p.message) }
        ]}
        rows={result.problems}
        rowTestId="import-problem"
        rowData={(p) => ({ 'data-row': p.row })}
      />
      {result.moreProblems > 0 && (
        <p className="muted" data-testid="import-more-problems">
          {t('imports.moreProblems', { count: result.moreProblems })}
        </p>
      )}
    </div>
  )
}
