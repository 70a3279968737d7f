/**
 * What an activity-log entry says, stored as data (issue 14): a message key and its parameters,
 * so the log reads in the reader's language. The English `summary` kept beside it is the text for
 * the command line and for entries written before the key existed.
 */
import { z } from 'zod'

/** A parameter keeps its kind, so each reader formats it: money and dates in their own locale. */
export const activityParam = z.union([
  z.string(),
  z.number(),
  z.object({ money: z.number(), currency: z.string() }).strict(),
  z.object({ date: z.string() }).strict(),
  z.object({ dateTime: z.string() }).strict(),
  /** A word from the interface's tables, e.g. `payments.reasons.insufficient_funds`. */
  z.object({ term: z.string() }).strict()
])
export type ActivityParam = z.infer<typeof activityParam>

export const activityDetails = z
  .object({ key: z.string().regex(/^[a-zA-Z]+$/), params: z.record(z.string(), activityParam) })
  .strict()
export type ActivityDetails = z.infer<typeof activityDetails>

/** `activity('customerCreated', { code, name })`: the details of one entry. */
export function activity(key: string, params: Record<string, ActivityParam> = {}): ActivityDetails {
  return { key, params }
}

/** The stored JSON read back; anything unreadable is treated as absent (the summary shows). */
export function parseActivityDetails(json: string | null): ActivityDetails | null {
  if (json === null) return null
  try {
    const parsed = activityDetails.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * What the activity log can be filtered to, in the user's words, and the kinds of record each
 * covers: "payments" are the payments and the investigations of returned ones, "visits" the site
 * visits, team meetings and visit plans of the schedule.
 */
export const activityFilters = {
  customer: ['customer'],
  product: ['product'],
  executive: ['executive'],
  document: ['document'],
  payment: ['payment', 'investigation'],
  visit: ['site_visit', 'meeting', 'visit_plan'],
  contract: ['contract'],
  request: ['customer_request'],
  settings: ['settings'],
  database: ['database']
} as const satisfies Record<string, readonly string[]>
type ActivityFilter = keyof typeof activityFilters

/** The record kinds an entity filter covers: a filter name, or one stored kind (`site_visit`). */
export function activityEntities(filter: string): readonly string[] {
  return Object.hasOwn(activityFilters, filter) ? activityFilters[filter as ActivityFilter] : [filter]
}
