/**
 * Run as a separate process by numbering.test.ts: issues `count` invoices against the given
 * database file, starting at the given instant, and prints the numbers it got as JSON.
 */
import { createApi } from '../../src/main/api'
import { openStore } from '../../src/main/db/open'

const [databasePath, customerId, count, startAt] = process.argv.slice(2)
const store = await openStore(databasePath)
// The app waits 5 s for another writer; on a test machine loaded by parallel suites the other
// worker can hold the write lock longer than that. What is tested here is the numbering, not the wait.
store.sqlite.pragma('busy_timeout = 60000')
const api = createApi({
  store,
  dataFolder: '.',
  version: 'worker',
  actor: `worker-${process.pid}`,
  reportError: (m, e) => console.error(m, e)
})
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5))
const numbers: string[] = []
for (let i = 0; i < Number(count); i++) {
  const line = {
    productId: null,
    description: `Línea ${i}`,
    unit: 'h',
    quantityMilli: 1000,
    unitPriceCents: 100 + i,
    discountBp: 0,
    vatRateBp: 2100,
    promisedDate: null,
    sourceLineId: null
  }
  const draft = await api.dispatch('documents.createDraft', {
    document: {
      type: 'invoice',
      customerId: Number(customerId),
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: '',
      lines: [line]
    }
  })
  if (!draft.ok) throw new Error(JSON.stringify(draft.error))
  const issued = await api.dispatch('documents.issue', { id: (draft.data as { id: number }).id })
  if (!issued.ok) throw new Error(JSON.stringify(issued.error))
  numbers.push((issued.data as { number: string }).number)
}
await store.close()
process.stdout.write(JSON.stringify(numbers))
