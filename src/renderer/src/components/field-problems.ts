/**
 * Field problems on a react-hook-form: a refusal's (`applyFieldErrors`), the shared schema's issues
 * (`applyIssues`) or those a screen found itself before asking the API (the company settings, the
 * document editor). Each of them put the problems on the fields and focused the first by hand (issue 9).
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'

/**
 * Marks each problem beside its field and moves the focus to the first. `formPath` turns a path as
 * the problem names it into the form's field; a problem of the whole input ('_', said in the banner
 * instead) is passed over. Gives the paths marked, in order (the settings show the document language
 * of the first).
 */
export function markFieldProblems<Values extends FieldValues>(
  problems: Record<string, string>,
  setError: UseFormSetError<Values>,
  formPath: (path: string) => string = (path) => path
): string[] {
  const marked: string[] = []
  for (const [path, message] of Object.entries(problems)) {
    const field = formPath(path)
    if (path === '_' || field === '_' || field === '') continue
    setError(field as Path<Values>, { type: 'server', message }, { shouldFocus: marked.length === 0 })
    marked.push(path)
  }
  return marked
}
