/**
 * The sales team as a select's options: first `none` (value '', the office or anyone), then each
 * person by name with their id as the value. One place for the choice the contract, request,
 * prospect and list filters all offer (issue 9).
 */
import { useExecutiveOptions } from './use-executive-options'

export function ExecutiveOptions({
  none,
  executives
}: {
  none: string
  /** The team as the page already read it; by default read here (the same cached read). */
  executives?: readonly { id: number; name: string }[]
}) {
  const team = useExecutiveOptions()
  return (
    <>
      <option value="">{none}</option>
      {(executives ?? team).map((e) => (
        <option key={e.id} value={String(e.id)}>
          {e.name}
        </option>
      ))}
    </>
  )
}
