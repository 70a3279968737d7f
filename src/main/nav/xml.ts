/**
 * A small XML writer for NAV's documents: elements in schema order, text escaped, empty
 * optional elements left out. Output has no whitespace between elements, so the bytes (and
 * the hashes NAV checks) depend only on the data.
 */

export type Child = string | false | null | undefined

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

export function escapeXml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  // eslint-disable-next-line no-control-regex -- removing the characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => escapes[c])
}

function attributes(attrs: Record<string, string> | undefined): string {
  if (!attrs) return ''
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

/** A leaf element; nothing at all when the value is null, undefined or blank text. */
export function leaf(
  name: string,
  value: string | number | boolean | null | undefined,
  attrs?: Record<string, string>
): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  if (text.trim() === '') return ''
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
}

/** An element with child elements (already written); false/null children are skipped. */
export function node(name: string, children: readonly Child[], attrs?: Record<string, string>): string {
  return `<${name}${attributes(attrs)}>${children.filter((c): c is string => typeof c === 'string').join('')}</${name}>`
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** A whole XML document as NAV takes it: the declaration, then the root element with its namespaces. */
export function xmlDocument(
  root: string,
  children: readonly Child[],
  namespaces: Record<string, string>
): string {
  return XML_DECLARATION + node(root, children, namespaces)
}
