/**
 * The AEAT's error codes in plain words: which sentence of `verifactuRecords.error` explains a
 * code the AEAT answered with. The AEAT's own text is always shown beside it (AeatAnswer).
 *
 * Source: "Validaciones y errores" v1.2.0 (14/01/2026; vendored in test/standards/verifactu/spec)
 * gives the rules and, in §4.4, the three families of its code list (errores.properties, published
 * beside the schemas, not vendored: no copy of the AEAT's file was at hand): 4xxx refuse the
 * whole request, 1xxx reject a record (or the request, in its header), 3xxx clash with what the
 * AEAT already holds, 2xxx accept the record with an error to correct (§4.3.1 lists those
 * errors; each has a sentence of its own here, and test/verifactu/aeat-codes.test.ts checks it
 * against the vendored document). Other codes get their family's sentence.
 */
const CODE_SENTENCES: Record<string, string> = {
  // Rejections of a record.
  '1100': 'code1100',
  '1109': 'nif',
  '1110': 'nif',
  '1121': 'nif',
  '1150': 'code1150',
  // Admissible errors (§4.3.1): accepted, to be corrected.
  '2000': 'code2000',
  '2001': 'code2001',
  '2002': 'previousHash',
  '2003': 'previousHash',
  '2004': 'code2004',
  '2005': 'code2005',
  '2006': 'code2006',
  '2007': 'code2007',
  '2008': 'previousHash',
  // Clashes with the AEAT's register.
  '3000': 'code3000',
  '3001': 'code3001',
  '3002': 'code3002',
  '3003': 'code3003',
  // The whole request refused.
  '4102': 'code4102',
  '4104': 'companyNif',
  '4107': 'companyNif',
  '4112': 'certificateHolder',
  '4115': 'companyNif',
  '4116': 'companyNif'
}

/** The key under `verifactuRecords.error` that explains an AEAT answer in the reader's language. */
export function aeatErrorKey(code: string | null, text: string | null): string {
  const own = code === null ? undefined : CODE_SENTENCES[code]
  if (own !== undefined) return own
  if (/\bNIF\b/.test(text ?? '')) return 'nif'
  if (code !== null && /^[1-4]\d{3}$/.test(code)) return `family${code[0]}`
  return 'unknown'
}
