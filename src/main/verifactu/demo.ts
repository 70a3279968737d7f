/**
 * The demo company is Spanish: turn VERI*FACTU on against the AEAT test host and give every
 * demo invoice, credit note and debit note its record (the demo writes its documents straight
 * into the store, so the records are made afterwards, in issue order, chained as usual).
 */
import { defaultVerifactuSettings } from '../../shared/schemas/verifactu'
import type { ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { recordEvent } from './events'
import { recordIssuedDocument } from './records'
import { issuerOf, writeVerifactuSettings } from './settings'

export async function enableVerifactuForDemo(ctx: ServiceContext, version: string): Promise<number> {
  return writeTransaction(ctx.db, async (trx) => {
    if ((await issuerOf(trx)) === null) return 0
    await writeVerifactuSettings(trx, {
      ...defaultVerifactuSettings(version),
      enabled: true,
      installationNumber: 'DEMO-1'
    })
    await recordEvent(trx, ctx, {
      kind: 'verifactu_on',
      summary: 'VERI*FACTU started',
      detail: { environment: 'test', demo: true }
    })
    const docs = await trx
      .selectFrom('documents')
      .select('id')
      .where('type', 'in', ['invoice', 'credit_note', 'debit_note'])
      .where('number', 'is not', null)
      .where('currency', '=', 'EUR')
      .orderBy('issueDate')
      .orderBy('type')
      .orderBy('sequence')
      .execute()
    for (const doc of docs) await recordIssuedDocument(trx, ctx, doc.id)
    return docs.length
  })
}
