/**
 * What an import tells the progress bar while it reads (the master data, opening balances and
 * payments imports alike): every 2000 rows, how far into the file it is, and a chance to cancel.
 */
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { importProgress, type Table } from '../../src/main/imports/table'
import { runInJob, type JobControl } from '../../src/main/jobs/context'

/** A file read at 2 bytes a row (its rows are not needed here). */
function readingTable(): { table: Table; read: (rows: number) => void } {
  let bytes = 0
  const table: Table = { encoding: 'utf-8', rows: Readable.from([]), bytesRead: () => bytes }
  return { table, read: (rows) => (bytes = rows * 2) }
}

describe('an import’s progress', () => {
  it('is reported every 2000 rows, in bytes of the file read, as the import stage', async () => {
    const { table, read } = readingTable()
    const reports: Array<[number, number, string | undefined]> = []
    const control: JobControl = {
      progress: (done, total, stage) => reports.push([done, total, stage]),
      isCancelled: () => false
    }
    await runInJob(control, async () => {
      for (let rows = 1; rows <= 4999; rows++) {
        read(rows)
        await importProgress(table, 10_000, rows)
      }
    })
    const expected = [2000, 4000].map((rows): [number, number, string] => [rows * 2, 10_000, 'import'])
    expect(reports).toEqual(expected)
  })

  it('stops the import at the next report once the user cancels', async () => {
    const { table, read } = readingTable()
    let cancelled = false
    let lastRow = 0
    const control: JobControl = { progress: () => undefined, isCancelled: () => cancelled }
    const running = runInJob(control, async () => {
      for (let rows = 1; rows <= 10_000; rows++) {
        lastRow = rows
        if (rows === 2500) cancelled = true
        read(rows)
        await importProgress(table, 20_000, rows)
      }
    })
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(lastRow).toBe(4000)
  })
})
