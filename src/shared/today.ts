/**
 * "Today" on the company's wall clock (issue 9): the calendar date of an instant in an IANA zone.
 * This is the one implementation: the core's `today(ctx)` (src/main/clock.ts) calls it with the
 * company's zone and the context's clock, the screens' `companyToday()` with the company's zone
 * (Settings → Region), so a form opened at 00:30 in Madrid starts on the date the store will
 * accept, not on the UTC date nor on the computer's own zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar date ("2026-03-02") on the wall clock of `zone` at instant `ms`. */
export function dateInZone(ms: number, zone: string): string {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric'
    })
    formatters.set(zone, f)
  }
  const parts: Record<string, number> = {}
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  const pad = (n: number | undefined, width: number) => String(n ?? 0).padStart(width, '0')
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`
}
