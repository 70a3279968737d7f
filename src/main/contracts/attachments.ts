/**
 * Files attached to a contract (the signed PDF and others), copied into the data folder under
 * attachments/contracts/<contract id>/<random folder>/<sanitised name>. The renderer sends
 * the bytes (base64), never a path; the stored path is relative to the data folder and is
 * checked to stay inside it before any read or delete.
 */
import { activity } from '../../shared/activity'
import { today as companyToday } from '../clock'
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { conflict, DomainError } from '../../shared/errors'
import { MAX_ATTACHMENT_BYTES, type ContractAttachment } from '../../shared/schemas/contracts'
import type { FileResult } from '../../shared/schemas/common'
import { recordActivity } from '../activity/log'
import { isoNow, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { invalid } from '../schedule/references'
import { mimeTypeOf, sanitiseFileName } from './attachment-names'
import { loadContract } from './service'
import { writeTransaction } from '../db/write-transaction'

export interface AttachmentStorage {
  /** Salesdesk's data folder (beside the database). */
  dataFolder: string
}

const ROOT = 'attachments'

/** The absolute path of a stored attachment, refusing anything that would leave the attachments folder. */
export function storedFilePath(storage: AttachmentStorage, storedPath: string): string {
  const root = resolve(storage.dataFolder, ROOT)
  const full = resolve(storage.dataFolder, storedPath)
  const rel = relative(root, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new DomainError('forbidden', { key: 'attachmentOutsideFolder' })
  return full
}

function decode(contentBase64: string): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64')
  if (bytes.length === 0) throw invalid({ contentBase64: { key: 'fileEmpty' } })
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalid({
      contentBase64: { key: 'fileLargerThan', params: { size: MAX_ATTACHMENT_BYTES / 1024 / 1024 } }
    })
  return bytes
}

export async function attachToContract(
  ctx: ServiceContext,
  storage: AttachmentStorage,
  contractId: number,
  originalName: string,
  contentBase64: string
): Promise<ContractAttachment> {
  const bytes = decode(contentBase64)
  const fileName = sanitiseFileName(originalName)
  await loadContract(ctx.db, contractId, companyToday(ctx))
  const storedPath = [ROOT, 'contracts', String(contractId), randomUUID(), fileName].join('/')
  const full = storedFilePath(storage, storedPath)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, bytes, { flag: 'wx' })
  try {
    return await writeTransaction(ctx.db, async (trx) => {
      const contract = await loadContract(trx, contractId, companyToday(ctx))
      const createdAt = isoNow(ctx)
      const values = {
        contractId,
        fileName,
        storedPath,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        mimeType: mimeTypeOf(fileName),
        createdAt
      }
      const { id } = await trx
        .insertInto('contractAttachments')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordActivity(trx, ctx, {
        entity: 'contract',
        entityId: contractId,
        action: 'attach',
        summary: `Attached ${fileName} (${bytes.length} bytes) to contract ${contract.number}`,
        details: activity('contractFileAttached', { fileName, number: contract.number })
      })
      return { id, fileName, sizeBytes: values.sizeBytes, mimeType: values.mimeType, createdAt }
    })
  } catch (error) {
    rmSync(dirname(full), { recursive: true, force: true })
    throw error
  }
}

async function attachmentRecord(ctx: ServiceContext, id: number) {
  const record = await ctx.db
    .selectFrom('contractAttachments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!record) throw notFound('attachment', id)
  return record
}

export async function downloadAttachment(
  ctx: ServiceContext,
  storage: AttachmentStorage,
  id: number
): Promise<FileResult> {
  const record = await attachmentRecord(ctx, id)
  let bytes: Buffer
  try {
    bytes = readFileSync(storedFilePath(storage, record.storedPath))
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw new DomainError('not_found', {
      key: 'attachmentFileMissing',
      params: { fileName: record.fileName }
    })
  }
  return { kind: 'file', fileName: record.fileName, mimeType: record.mimeType, bytes: new Uint8Array(bytes) }
}

/** Removes an attachment of a draft or active contract; closed contracts keep their files. */
export async function removeAttachment(
  ctx: ServiceContext,
  storage: AttachmentStorage,
  id: number
): Promise<{ removed: true }> {
  const record = await attachmentRecord(ctx, id)
  const full = storedFilePath(storage, record.storedPath)
  await writeTransaction(ctx.db, async (trx) => {
    const contract = await loadContract(trx, record.contractId, companyToday(ctx))
    if (contract.status === 'ended' || contract.status === 'terminated') {
      throw conflict('contractClosedAttachments')
    }
    await trx.deleteFrom('contractAttachments').where('id', '=', id).execute()
    await recordActivity(trx, ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'remove_attachment',
      summary: `Removed ${record.fileName} from contract ${contract.number}`,
      details: activity('contractFileRemoved', { fileName: record.fileName, number: contract.number })
    })
  })
  // After the commit: the generated folder holds only this file.
  rmSync(dirname(full), { recursive: true, force: true })
  return { removed: true }
}
