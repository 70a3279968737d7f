/**
 * A status as a badge: its words from the string table, in the colour of the tone its meaning takes
 * (badge-tones.ts). The NAV report's, the VERI*FACTU record's, the payments', the contracts', the
 * requests', the visits' and the campaigns' badges each spelled the same span by hand (issue 9); each
 * area now only says which tone each of its statuses takes and where their words are.
 */
import type { ReactNode } from 'react'
import { useT } from '../i18n'
import { badgeClass, type BadgeTone } from './badge-tones'

/**
 * A word beside a record's status or name that marks one thing about it ("Archived", "Expiring",
 * "Overdue"), in the colour of its tone; a status's badge (ToneBadge) is one too. The customer list,
 * the contracts' status and the payments' status each spelled this span by hand.
 */
export function FlagBadge({
  tone,
  testId,
  className,
  children,
  ...data
}: {
  tone: BadgeTone
  testId?: string
  /** A class for where the badge stands (a contract's "Expiring" keeps its own spacing). */
  className?: string
  children: ReactNode
  [dataAttribute: `data-${string}`]: string
}) {
  return (
    <span
      className={className ? `${badgeClass(tone)} ${className}` : badgeClass(tone)}
      data-testid={testId}
      {...data}
    >
      {children}
    </span>
  )
}

export function ToneBadge<Status extends string>({
  status,
  tones,
  words,
  testId,
  className,
  ...data
}: {
  status: Status
  /** The tone of each status. */
  tones: Record<Status, BadgeTone>
  /** Where the statuses' words are in the string table: `${words}.${status}`. */
  words: string
  testId?: string
  /** A class for where the badge stands (a visit's badge sits flush at the start of its line). */
  className?: string
  /** Another name for the status that tests already read (`data-payment`). */
  [dataAttribute: `data-${string}`]: string
}) {
  const { t } = useT()
  return (
    <FlagBadge tone={tones[status]} testId={testId} className={className} data-status={status} {...data}>
      {t(`${words}.${status}`)}
    </FlagBadge>
  )
}

/**
 * Room for each status's badge in a list column (DataGrid's `fits`), in the current language: a
 * column sized for the statuses the rows happen to show cut "Customer contacted" once the demo
 * reached one.
 */
export function toneFits(
  t: (key: string) => string,
  tones: Record<string, BadgeTone>,
  words: string
): Array<{ badges: string[] }> {
  return Object.keys(tones).map((status) => ({ badges: [t(`${words}.${status}`)] }))
}

/**
 * The badge of one kind of status (a payment's, an investigation's, a request's), made once beside
 * the kind's tones: each kind wrote the same ToneBadge with the same words and test id in a component
 * of its own, and its list column the same toneFits. `fits(t)` is the room its badges take in a list
 * column. Where one page reads the badge under another test id it passes its own, and `data-*`
 * attributes go through as ToneBadge's do.
 */
export function statusBadge<Status extends string>({
  tones,
  words,
  testId
}: {
  tones: Record<Status, BadgeTone>
  /** As ToneBadge's `words`. */
  words: string
  testId?: string
}) {
  function StatusBadge({
    status,
    testId: ownTestId,
    ...data
  }: {
    status: Status
    testId?: string
    [dataAttribute: `data-${string}`]: string
  }) {
    return <ToneBadge status={status} tones={tones} words={words} testId={ownTestId ?? testId} {...data} />
  }
  return Object.assign(StatusBadge, { fits: (t: (key: string) => string) => toneFits(t, tones, words) })
}
