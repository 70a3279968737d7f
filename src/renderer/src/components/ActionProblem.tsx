/**
 * Why what the user asked for was refused (useAction's `error`), in the reader's words, right under
 * where it was asked: a line that screen readers read out at once (role "alert"). Nothing while there
 * is no problem.
 */
export function ActionProblem({
  problem,
  id,
  testId
}: {
  problem: string | null
  id?: string
  testId?: string
}) {
  return problem === null ? null : (
    <p className="field-error" id={id} role="alert" data-testid={testId}>
      {problem}
    </p>
  )
}
