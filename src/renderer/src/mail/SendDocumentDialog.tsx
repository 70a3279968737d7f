/** "Send by e-mail" for a document: saves unsaved changes, sends (an estimate draft is numbered first), shows the outcome. */
import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { SalesDocument } from '../../../shared/schemas/documents'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { mailKeys } from './DocumentMailLog'
import { SendMailDialog, useMailOutcome } from './SendMailDialog'

export function SendDocumentDialog({
  doc,
  what,
  prepare,
  onDone,
  onClose,
  extra
}: {
  doc: SalesDocument
  what: string
  prepare?: () => Promise<SalesDocument | null>
  onDone: (doc: SalesDocument, message: BannerMessage) => void
  onClose: () => void
  extra?: { label: string; onClick: () => void }
}) {
  const client = useQueryClient()
  const outcome = useMailOutcome()
  const id = doc.id
  const loadDraft = useCallback(() => api.call('mail.draftForDocument', { id }), [id])
  return (
    <SendMailDialog
      what={what}
      customerId={doc.customerId}
      loadDraft={loadDraft}
      extra={extra}
      onClose={onClose}
      onSend={async (message) => {
        const current = prepare ? await prepare() : doc
        if (!current) return false
        const row = await api.call('mail.sendDocument', { id: current.id, message })
        await client.invalidateQueries({ queryKey: mailKeys.all })
        onDone(await api.call('documents.get', { id: current.id }), outcome(row))
        return true
      }}
    />
  )
}
