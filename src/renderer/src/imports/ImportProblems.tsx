/** The Check's (or a refused import's) problems, row by row as the spreadsheet numbers them, capped with a count. */
import type { ImportApplyResult } from '../../../shared/schemas/imports'
import { useT } from '../i18n'

export function ImportProblems({ result }: { result: ImportApplyResult }) {
  const { t, tm } = useT()
  const count = result.problems.length + result.moreProblems
  return (
    <div data-testid="import-problems">
      <p className="banner banner-error" role="alert" data-testid="import-problem-count">
        {t('imports.problemsFound', { count })}
      </p>
      <table className="figures-table problems-table" aria-label={t('imports.problemsLabel')}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('imports.row')}
            </th>
            <th scope="col">{t('imports.problemField')}</th>
            <th scope="col">{t('imports.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {result.problems.map((p, i) => (
            <tr key={i} data-testid="import-problem" data-row={p.row}>
              <td className="num">{p.row}</td>
              <td>
                {p.field === ''
                  ? t('imports.wholeRow')
                  : t(`imports.fields.${p.field}`, { defaultValue: p.field })}
              </td>
              <td>{tm(p.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.moreProblems > 0 && (
        <p className="muted" data-testid="import-more-problems">
          {t('imports.moreProblems', { count: result.moreProblems })}
        </p>
      )}
    </div>
  )
}
