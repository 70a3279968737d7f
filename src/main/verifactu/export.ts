/**
 * Export for an inspection: every record generated between two dates (Spanish local dates of
 * FechaHoraHusoGenRegistro), unchanged, in chain order, in one XML file. Each record keeps the
 * exact text that was hashed, so its Huella can be recomputed from the file. Logged as event 08
 * with the period's first and last record and the sums the AEAT asks for.
 */
import { conflict, DomainError } from '../../shared/errors'
import type { ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { recordEvent } from './events'
import { issuerOf } from './settings'
import { exportedPeriod, sumAmounts } from './period'
import { escapeXml, NS_SF, recordRefOf } from './xml'

export const NS_EXPORT = 'urn:salesdesk:verifactu:export:1'

export async function exportRecords(
  ctx: ServiceContext,
  range: { from: string; to: string }
): Promise<{ xml: string; count: number }> {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(range.from) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(range.to) ||
    range.from > range.to
  )
    throw new DomainError('invalid_input', { key: 'giveFromToDates' })
  return writeTransaction(ctx.db, async (trx) => {
    const issuer = await issuerOf(trx)
    if (issuer === null) throw conflict('verifactuNoRecordsNoTaxId')
    const rows = await trx
      .selectFrom('verifactuRecords')
      .select([
        'xml',
        'kind',
        'issuerNif',
        'invoiceNumber',
        'invoiceDate',
        'hash',
        'cuotaTotal',
        'importeTotal'
      ])
      .where('issuerNif', '=', issuer.nif)
      .where((eb) => eb.fn('substr', ['generatedAt', eb.val(1), eb.val(10)]), '>=', range.from)
      .where((eb) => eb.fn('substr', ['generatedAt', eb.val(1), eb.val(10)]), '<=', range.to)
      .orderBy('position')
      .execute()
    const altas = rows.filter((r) => r.kind === 'alta')
    const exported = exportedPeriod(range, rows, recordRefOf)
    await recordEvent(trx, ctx, {
      kind: 'records_exported',
      summary: `Exported ${rows.length} records generated from ${range.from} to ${range.to}`,
      detail: { from: range.from, to: range.to, records: rows.length },
      own: exported && {
        kind: 'recordsExport',
        ...exported,
        altas: altas.length,
        cuotaTotal: sumAmounts(altas.map((r) => r.cuotaTotal ?? '0')),
        importeTotal: sumAmounts(altas.map((r) => r.importeTotal ?? '0')),
        anulaciones: rows.length - altas.length
      }
    })
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<RegistrosFacturacion xmlns="${NS_EXPORT}" xmlns:sum1="${NS_SF}" nif="${escapeXml(issuer.nif)}" desde="${range.from}" hasta="${range.to}">\n${rows.map((r) => r.xml).join('\n')}\n</RegistrosFacturacion>\n`
    return { xml, count: rows.length }
  })
}
