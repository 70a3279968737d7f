/** What a page shows when a read failed: the reason in a red banner, never an empty page. */
import { Banner } from './Banner'
import { messageOf } from './api-errors'

export function LoadFailure({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null
  return <Banner message={{ kind: 'error', text: messageOf(error) }} />
}
