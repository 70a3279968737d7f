/**
 * VERI*FACTU dates: the invoice date as DD-MM-YYYY, and the record's generation time as
 * ISO 8601 with the offset the system uses at that moment (+01:00 in winter, +02:00 in summer
 * in Madrid), e.g. 2024-01-01T19:20:30+01:00.
 */

/** The AEAT's dates are Spanish civil time; the Canary Islands (+00:00) would set their own zone. */
export const SPAIN_TIME_ZONE = 'Europe/Madrid'

/** "2026-03-02" → "02-03-2026". */
export function aeatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-')
  return `${d}-${m}-${y}`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The wall-clock time in `timeZone` at `at`, seconds precision, with its UTC offset. */
export function timestampWithOffset(at: Date, timeZone = SPAIN_TIME_ZONE): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23'
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value])
  ) as Record<string, string>
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second)
  )
  const offsetMinutes = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`
}
