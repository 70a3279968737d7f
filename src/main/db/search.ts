import { sql, type Expression, type SqlBool } from 'kysely'
import { foldForSearch, searchWords } from '../../shared/text'

/** Escapes LIKE wildcards so a user typing "50%" searches for the text "50%". */
export function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * Every word of the query must occur in the pre-folded search column
 * (accents removed and lower-cased when the record is saved).
 */
export function matchesAllWords(column: string, query: string): Expression<SqlBool>[] {
  return searchWords(query).map(
    (word) => sql<SqlBool>`${sql.ref(column)} like ${likeContains(word)} escape '\\'`
  )
}

/** Builds the folded text a record is found by. */
export function searchTextOf(parts: ReadonlyArray<string | null | undefined>): string {
  return foldForSearch(parts.filter((p): p is string => !!p).join(' '))
}
