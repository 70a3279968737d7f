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
