/**
 * A small element tree over fast-xml-parser's ordered builder: e-invoice schemas fix the order of
 * every child element, so the tree is built in schema order and serialised as it is. Text is
 * escaped by the builder; absent optional values (null, undefined, '') produce no element.
 */
import Builder from 'fast-xml-builder'

export type XmlNode = Record<string, unknown>
type Child = XmlNode | null | undefined | false | '' | Child[]

const builder = new Builder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true
})

function flatten(children: Child[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const child of children) {
    if (Array.isArray(child)) out.push(...flatten(child))
    else if (child) out.push(child)
  }
  return out
}

/** An element with child elements; null when it would be empty (optional groups). */
export function el(
  name: string,
  attributes: Record<string, string> | null,
  ...children: Child[]
): XmlNode | null {
  const content = flatten(children)
  if (content.length === 0) return null
  return attributes ? { [name]: content, ':@': prefixed(attributes) } : { [name]: content }
}

/** A leaf element with text; null when the value is absent. */
export function text(
  name: string,
  value: string | null | undefined,
  attributes?: Record<string, string | null | undefined>
): XmlNode | null {
  if (value === null || value === undefined || value === '') return null
  const node: XmlNode = { [name]: [{ '#text': value }] }
  if (attributes) {
    const present = Object.fromEntries(
      Object.entries(attributes).filter((entry): entry is [string, string] => Boolean(entry[1]))
    )
    if (Object.keys(present).length > 0) node[':@'] = prefixed(present)
  }
  return node
}

function prefixed(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, v]))
}

/** The whole document with its XML declaration. */
export function xmlDocument(root: XmlNode | null): string {
  if (!root) throw new Error('An XML document needs a root element')
  const declaration = { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } }
  return builder.build([declaration, root])
}
