/**
 * English that is not a string-table value: a list of frequent English interface words, found as
 * whole words (any case) in a text. A screen, a table or a document in Spanish, Catalan, Hungarian or
 * Russian that shows one of them shows English that bypassed t(), or a table value left in English.
 * Words that are also correct in a language (Spanish "total", Catalan "import") are allowed for
 * that language only, each with its reason; brand and technical names are not on the list at all.
 */
import type { Language } from '../../src/shared/languages'

/** Frequent English words of an interface and its documents (lower case). */
const englishWords = [
  // actions
  'save',
  'cancel',
  'delete',
  'remove',
  'edit',
  'add',
  'close',
  'open',
  'print',
  'send',
  'search',
  'loading',
  'show',
  'hide',
  'choose',
  'select',
  'apply',
  'confirm',
  'create',
  'update',
  'download',
  'upload',
  'refresh',
  'retry',
  'back',
  'next',
  'previous',
  'clear',
  'issue',
  'archive',
  'check',
  'move',
  'copy',
  // things
  'customer',
  'customers',
  'invoice',
  'invoices',
  'estimate',
  'estimates',
  'order',
  'orders',
  'product',
  'products',
  'payment',
  'payments',
  'reminder',
  'reminders',
  'statement',
  'contract',
  'contracts',
  'renewal',
  'renewals',
  'visit',
  'visits',
  'meeting',
  'meetings',
  'campaign',
  'campaigns',
  'request',
  'requests',
  'executive',
  'executives',
  'settings',
  'company',
  'amount',
  'price',
  'quantity',
  'discount',
  'subtotal',
  'balance',
  'date',
  'due',
  'week',
  'month',
  'year',
  'today',
  'tomorrow',
  'yesterday',
  'name',
  'address',
  'phone',
  'notes',
  'description',
  'status',
  'draft',
  'issued',
  'paid',
  'unpaid',
  'overdue',
  'pending',
  'sent',
  'failed',
  'none',
  'yes',
  'all',
  'new',
  'other',
  'total',
  'language',
  'delivery',
  'credit',
  'debit',
  'page',
  'outbox',
  'report',
  'target',
  'targets',
  'dashboard',
  'warning',
  // small words of an English sentence
  'the',
  'and',
  'of',
  'for',
  'with',
  'from',
  'this',
  'is',
  'are',
  'not',
  'your',
  'has',
  'was',
  'will',
  'been',
  'by'
]

/** Words of the list that are also correct in a language, with the reason. */
const alsoTheLanguages: Partial<Record<Language, Record<string, string>>> = {
  es: { total: 'Spanish "total" (the sum)' },
  ca: { total: 'Catalan "total" (the sum)', notes: 'Catalan "notes" (plural of nota)' },
  hu: { is: 'Hungarian "is" (also)' }
}

/**
 * Technical words that stay as they are in every language, removed before the scan: command-line
 * options, merge fields the user types in braces, keyboard keys, e-mail addresses, and the fixed
 * names of files' columns and values that Salesdesk reads (each with its reason).
 */
const technical: Array<[RegExp, string]> = [
  [/--\w[\w-]*/g, 'a command-line option (salesdesk restore --from)'],
  [/\{\w+\}/g, 'a merge field the user types ({customer})'],
  [/\b(?:Ctrl|Alt|Shift)\+\w+/g, 'a keyboard key (Ctrl+Delete)'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 'an e-mail address (name@example.ru)'],
  [
    /\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[\w/+-]+/g,
    'a time zone (America/New_York), as the IANA names it'
  ],
  [/Customer no\., Date, Amount, Method, Reference, Invoices/g, "the payments file's column headings"],
  [/[«„“"]Date[»”"]/g, "the ECB rates file's first column"],
  [/week, month\P{L}+(?:\p{L}+ )?quarter/gu, "the weekly import's period codes"],
  [/bank transfer, card\P{L}+(?:\p{L}+ )?direct debit/gu, "the payments file's method codes"],
  [
    /\(split payment[,)]/g,
    "VAT category B's name in EN 16931 (UNCL 5305), beside the translation, as Italian invoices say it"
  ]
]

const wordPattern = /[\p{L}\p{M}]+(?:·[\p{L}\p{M}]+)*/gu
const list = new Set(englishWords)

/** The English words of the list in `text` that `language` does not share (lower case, repeated). */
export function englishWordsIn(text: string, language: Language): string[] {
  const shared = alsoTheLanguages[language] ?? {}
  const plain = technical.reduce((rest, [pattern]) => rest.replace(pattern, ' '), text)
  return (plain.match(wordPattern) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => list.has(word) && !(word in shared))
}
