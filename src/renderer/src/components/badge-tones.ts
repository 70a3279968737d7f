/**
 * What a status means to the reader, which gives its badge its colour (`.badge-<tone>` in
 * styles/app.css): neutral (nothing has happened yet), info (under way), good (done, paid,
 * accepted), warning (waiting on someone, partly there, worth a look), danger (refused, late,
 * returned), muted (closed, replaced). Each area says which tone each of its statuses takes;
 * before, every area's CSS wrote the same colours again under its own status names (issue 9).
 */
export type BadgeTone = 'neutral' | 'info' | 'good' | 'warning' | 'danger' | 'muted'

/** The classes of a badge in `tone`. */
export const badgeClass = (tone: BadgeTone): string => `badge badge-${tone}`
