/**
 * Before a visit or meeting is saved (from its dialog or by dragging it), asks the API for
 * clashes — an executive booked twice, outside working hours — and lets the user save anyway or cancel.
 */
import type { ReactNode } from 'react'
import type { Clash, EventType } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { useConfirm } from '../components/ConfirmDialog'
import { useFormat } from '../components/format'
import { useT } from '../i18n'
import { translateKeyedText } from '../i18n/errors'

export interface Proposal {
  executiveIds: number[]
  startAt: string
  endAt: string
  ignore: { type: EventType; id: number } | null
}

/**
 * What saving a visit or meeting is checked for clashes with: its executives at its times,
 * leaving out the event itself when it is already saved (`saved`; null for a new one).
 */
export function clashProposal(
  type: EventType,
  saved: { id: number } | null,
  executiveIds: number[],
  times: { startAt: string; endAt: string }
): Proposal {
  return {
    executiveIds,
    startAt: times.startAt,
    endAt: times.endAt,
    ignore: saved ? { type, id: saved.id } : null
  }
}

/** 'none': no clash; 'accepted': clashes the user chose to accept; null: the user cancelled. */
export type ClashDecision = { clashes: Clash[]; accept: boolean } | null

export function useClashGuard(): { check: (p: Proposal) => Promise<ClashDecision>; dialog: ReactNode } {
  const { t } = useT()
  const format = useFormat()
  const { confirm, dialog } = useConfirm()

  function describe(clash: Clash): string {
    if (clash.kind === 'outside_working_hours') return translateKeyedText(clash.message) ?? clash.message
    return t('schedule.clash.double', {
      name: clash.executiveName,
      title: clash.other.title,
      when: `${format.dateTime(clash.other.startAt)} – ${format.dateTime(clash.other.endAt)}`
    })
  }

  async function check(p: Proposal): Promise<ClashDecision> {
    if (p.executiveIds.length === 0 || !(Date.parse(p.endAt) > Date.parse(p.startAt)))
      return { clashes: [], accept: false }
    const clashes = await api.call('schedule.checkClashes', p)
    if (clashes.length === 0) return { clashes, accept: false }
    const ok = await confirm({
      title: t('schedule.clash.title'),
      body: [...clashes.map((c) => `• ${describe(c)}`), '', t('schedule.clash.question')].join('\n'),
      confirmLabel: t('schedule.clash.saveAnyway'),
      cancelLabel: t('common.cancel')
    })
    return ok ? { clashes, accept: true } : null
  }

  return { check, dialog }
}
