/**
 * Finds refusals and schema messages written as plain English sentences in TypeScript source
 * (see refusals.test.ts): invalid/conflict/DomainError with English text, zod messages in English.
 */
/** English text starts with a capital letter (keys start lower-case: 'draftChangedElsewhere'). */
const english = String.raw`(?:'[A-Z][^'\n]*'|\x60[A-Z][^\x60]*\x60|"[A-Z][^"\n]*")`

const patterns: { name: string; pattern: RegExp }[] = [
  // invalid({ field: 'Sentence' }) and invalid({ [path]: `Sentence` })
  {
    name: 'invalid',
    pattern: new RegExp(String.raw`\binvalid\(\{(?:[^{}]|\$\{[^{}]*\})*?:\s*${english}`, 'g')
  },
  // conflict('Sentence …') and conflict(`… sentence`) where the text is not a key
  {
    name: 'conflict',
    pattern: new RegExp(String.raw`\bconflict\(\s*(?:'[^'\n]*\s[^'\n]*'|\x60[^\x60]*\s[^\x60]*\x60)`, 'g')
  },
  // new DomainError('conflict', 'Sentence')
  {
    name: 'DomainError',
    pattern: new RegExp(String.raw`new DomainError\(\s*'\w+',\s*(?:'[^'\n]*'|\x60[^\x60]*\x60)`, 'g')
  },
  // zod: .min(1, 'Sentence'), .refine(check, 'Sentence'), .number('Sentence'), .email('Sentence')
  {
    name: 'schema',
    pattern: new RegExp(
      String.raw`\.(?:min|max|int|length|regex|refine|number|email|date|url|nonempty|positive|nonnegative)\([^()]*?(?:\([^()]*\)[^()]*?)*${english}\s*\)`,
      'g'
    )
  },
  // ctx.addIssue({ message: 'Sentence' }) and { error: 'Sentence' }
  { name: 'schema issue', pattern: new RegExp(String.raw`\b(?:message|error):\s*${english}`, 'g') }
]

/** The text without comments, so a comment quoting an old message does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

/** Each English refusal in the text, as "kind: the code". */
export function englishRefusals(text: string): string[] {
  const source = code(text)
  return patterns.flatMap(({ name, pattern }) =>
    [...source.matchAll(pattern)].map((m) => `${name}: ${m[0].replace(/\s+/g, ' ').slice(0, 120)}`)
  )
}
