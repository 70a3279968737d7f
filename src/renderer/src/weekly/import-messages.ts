import type { TFunction } from 'i18next'

/** The import's row messages (written in English by the store) in the user's language. */
const problemPatterns: Array<[RegExp, string, boolean]> = [
  [/^Unknown sales executive "(.*)"$/s, 'unknownExecutive', false],
  [
    /^Several sales executives are called "(.*)": use the e-mail address instead$/s,
    'ambiguousExecutive',
    false
  ],
  [/^"(.*)" is not an ISO week such as 2026-W47$/s, 'badWeek', false],
  [/^(Calls|E-mails|Demos|Value): "(.*)" is not a number$/s, 'notNumber', true],
  [/^(Calls|E-mails|Demos|Value) must not be negative \((.*)\)$/s, 'negative', true],
  [/^(Calls|E-mails|Demos|Value) must be a whole number \((.*)\)$/s, 'notWhole', true],
  [/^(Calls|E-mails|Demos|Value) is too large \(at most (.*)\)$/s, 'tooLarge', true],
  [/^Value: "(.*)" is not an amount$/s, 'notAmount', false],
  [/^Value: (.*) has more than 2 decimals$/s, 'tooManyDecimals', false],
  [/^Same sales executive and week as row (\d+)$/, 'sameWeek', false],
  [/^Same sales executive, figure and date as row (\d+)$/, 'sameTarget', false],
  [/^Unknown figure "(.*)": use .*$/s, 'unknownFigure', false],
  [/^Unknown period "(.*)": use week, month or quarter$/s, 'unknownPeriod', false],
  [/^"(.*)" is not a date like 2026-10-01$/s, 'badDate', false]
]

export function problemText(
  message: string,
  t: TFunction,
  language: string,
  tm: (m: string) => string
): string {
  if (language === 'en') return message
  for (const [pattern, key, labelled] of problemPatterns) {
    const match = pattern.exec(message)
    if (!match) continue
    const values = labelled
      ? { label: t(`weekly.import.messages.labels.${match[1]}`, { defaultValue: match[1] }), value: match[2] }
      : { value: match[1] }
    return t(`weekly.import.messages.${key}`, values)
  }
  return tm(message)
}
