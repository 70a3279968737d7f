/**
 * The demo's customers of each sales executive, in the order given; customers without an executive
 * are left out. The documents and the visits demos each hand an executive's work among these.
 */
export function customersByExecutive<C extends { executiveId: number | null }>(
  customers: readonly C[]
): Map<number, C[]> {
  const byExecutive = new Map<number, C[]>()
  for (const c of customers) {
    if (c.executiveId === null) continue
    const list = byExecutive.get(c.executiveId)
    if (list) list.push(c)
    else byExecutive.set(c.executiveId, [c])
  }
  return byExecutive
}
