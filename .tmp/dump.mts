const areas = ['customers', 'executives', 'products', 'contracts', 'requests', 'schedule', 'payments']
const want = process.argv.slice(2)
function flat(o: any, p = ''): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && !Array.isArray(v) ? flat(v, p + k + '.') : [[p + k, String(v)]]
  )
}
for (const a of areas) {
  const m = await import(`../src/renderer/src/${a}/strings.ts`)
  const t = m[`${a}Strings`]
  const en = flat(t.en)
  const others = Object.fromEntries(['es', 'ca', 'hu', 'ru'].map((l) => [l, Object.fromEntries(flat(t[l]))]))
  for (const [k, v] of en)
    if (want.some((w) => k.includes(w)))
      console.log(a, k, '|', v, '|', ['es', 'ca', 'hu', 'ru'].map((l) => others[l][k]).join(' | '))
}
