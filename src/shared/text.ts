/**
 * Folds text for searching: lower case, accents removed, so "jose" finds "José" and
 * "gyor" finds "Győr". Cyrillic keeps its letters (й is folded to и, which users accept).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŀ]/g, 'l')
    .replace(/·/g, '')
    .replace(/ø/g, 'o')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Splits a search box entry into folded words; every word must match. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w.length > 0)
}
