/** Copies of a JSON-like payload changed at one path, for the malformed-payload tests. */
export type Path = Array<string | number>

/** An object or array seen as a bag of keys, so one change works for both. */
export type Container = Record<string | number, unknown>

export function changedAt(
  sample: unknown,
  path: Path,
  change: (parent: Container, key: string | number) => void
): unknown {
  const copy = structuredClone(sample)
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Container)[key], copy)
  change(parent as Container, path[path.length - 1])
  return copy
}

/** Removes the entry at `key`: from an array by splicing `replacement` in, from an object by deleting it. */
export function removeAt(parent: Container, key: string | number, replacement: unknown): void {
  if (Array.isArray(parent)) parent.splice(Number(key), 1, replacement)
  else Reflect.deleteProperty(parent, key)
}
