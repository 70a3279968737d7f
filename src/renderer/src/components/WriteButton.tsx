/**
 * A button that makes one write of the query layer (a useApiMutation taking no input): the part's
 * banner is cleared when it is pressed and says the refusal, in the reader's words, if the write is
 * refused; the button waits while the write runs. The part says the success itself (the mutation's
 * onSuccess), as it knows what was written. Recording a consent and saving a segment each wrote
 * this out, and the NAV queue's "Send now" (issue 9).
 */
import type { ReactNode } from 'react'
import { messageOf } from './api-errors'
import type { BannerMessage } from './Banner'

/** What the button needs of a useApiMutation. */
interface Write {
  mutate(input: undefined, options: { onError: (error: unknown) => void }): void
  isPending: boolean
}

export function WriteButton({
  write,
  onMessage,
  testId,
  className,
  children
}: {
  write: Write
  /** The part's banner. */
  onMessage: (message: BannerMessage | null) => void
  testId: string
  /** `primary`: the page's main action. */
  className?: string
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        onMessage(null)
        write.mutate(undefined, { onError: (error) => onMessage({ kind: 'error', text: messageOf(error) }) })
      }}
      disabled={write.isPending}
      data-testid={testId}
    >
      {children}
    </button>
  )
}
