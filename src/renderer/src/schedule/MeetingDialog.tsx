/** A sales team meeting: title, attendees, time, place, agenda; checked for clashes before saving. */
import { useEffect, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { meetingInput, type Meeting } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { useConfirm } from '../components/ConfirmDialog'
import { TextAreaField, TextField } from '../components/fields'
import { useT } from '../i18n'
import { Dialog } from '../components/Dialog'
import { useGuardedClose } from '../components/use-guarded-close'
import { ExecutiveChecklistField } from './pickers'
import { fromLocalInput, toLocalInput } from './time'
import { EditorButtons, EditorForm, StartEndFields, useScheduleSave } from './record-form-parts'

interface MeetingFormValues {
  title: string
  attendeeIds: number[]
  startAt: string
  endAt: string
  place: string
  agenda: string
}

export function MeetingDialog({
  meetingId,
  draft,
  executives,
  onClose
}: {
  meetingId: number | null
  draft?: { startAt: string; endAt: string; attendeeIds: number[] }
  executives: ExecutiveRow[]
  onClose: (changed: boolean) => void
}) {
  const { t } = useT()
  const [meeting, setMeeting] = useState<Meeting | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  useEffect(() => {
    if (meetingId === null) return
    api
      .call('meetings.get', { id: meetingId })
      .then(setMeeting, (error: unknown) => setFailure(messageOf(error)))
  }, [meetingId])
  const guard = useGuardedClose(() => onClose(false))
  const title = meetingId === null ? t('meeting.newTitle') : meeting ? meeting.title : t('common.loading')
  return (
    <Dialog title={title} onClose={guard.close} testId="meeting-dialog" size="wide" closeButton>
      {failure && <Banner message={{ kind: 'error', text: failure }} />}
      {(meetingId === null || meeting) && (
        <MeetingEditor
          meeting={meeting}
          draft={draft}
          executives={executives}
          setDirty={guard.setDirty}
          onCancel={guard.close}
          onClose={onClose}
        />
      )}
      {guard.dialog}
    </Dialog>
  )
}

function MeetingEditor({
  meeting,
  draft,
  executives,
  setDirty,
  onCancel,
  onClose
}: {
  meeting: Meeting | null
  draft?: { startAt: string; endAt: string; attendeeIds: number[] }
  executives: ExecutiveRow[]
  setDirty: (dirty: boolean) => void
  onCancel: () => void
  onClose: (changed: boolean) => void
}) {
  const { t } = useT()
  const { confirm, dialog } = useConfirm()
  const editable = meeting === null || meeting.status === 'scheduled'
  const form = useForm<MeetingFormValues>({
    defaultValues: meeting
      ? {
          title: meeting.title,
          attendeeIds: meeting.attendeeIds,
          startAt: toLocalInput(meeting.startAt),
          endAt: toLocalInput(meeting.endAt),
          place: meeting.place,
          agenda: meeting.agenda
        }
      : {
          title: '',
          attendeeIds: draft?.attendeeIds ?? [],
          startAt: draft ? toLocalInput(draft.startAt) : '',
          endAt: draft ? toLocalInput(draft.endAt) : '',
          place: '',
          agenda: ''
        }
  })
  const {
    message,
    setMessage,
    saving,
    save,
    dialog: clashDialog
  } = useScheduleSave(form, 'meeting', setDirty)

  async function saveMeeting(values: MeetingFormValues) {
    const input = { ...values, startAt: fromLocalInput(values.startAt), endAt: fromLocalInput(values.endAt) }
    await save(values, input, {
      schema: meetingInput,
      clashes: {
        executiveIds: input.attendeeIds,
        startAt: input.startAt,
        endAt: input.endAt,
        ignore: meeting ? { type: 'meeting', id: meeting.id } : null
      },
      send: async (acceptClashes) => {
        if (meeting) await api.call('meetings.update', { id: meeting.id, meeting: input, acceptClashes })
        else await api.call('meetings.create', { meeting: input, acceptClashes })
        onClose(true)
      }
    })
  }

  async function cancelMeeting() {
    if (!meeting) return
    const ok = await confirm({
      title: t('meeting.cancelMeeting'),
      body: t('meeting.cancelConfirm', { title: meeting.title }),
      confirmLabel: t('meeting.cancelMeeting'),
      danger: true
    })
    if (!ok) return
    try {
      await api.call('meetings.cancel', { id: meeting.id })
      onClose(true)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  return (
    <FormProvider {...form}>
      <EditorForm submit={form.handleSubmit(saveMeeting)} canSave={editable && !saving} testId="meeting-form">
        {meeting?.status === 'cancelled' && <p className="notice">{t('meeting.cancelledNotice')}</p>}
        <fieldset disabled={!editable} className="plain-fieldset">
          <div className="form-grid">
            <TextField
              name="title"
              label={t('meeting.titleField')}
              required
              fieldClassName="span-2"
              data-testid="meeting-title"
            />
            <TextField name="place" label={t('meeting.place')} fieldClassName="span-2" />
            <StartEndFields testIdPrefix="meeting" />
            <ExecutiveChecklistField
              name="attendeeIds"
              executives={executives}
              label={t('meeting.attendees')}
              testId="meeting-attendee"
            />
            <TextAreaField name="agenda" label={t('meeting.agenda')} rows={4} fieldClassName="span-all" />
          </div>
        </fieldset>
        <Banner message={message} onClose={() => setMessage(null)} />
        {editable && (
          <EditorButtons
            saving={saving}
            saveLabel={t('common.save')}
            onCancel={onCancel}
            saveTestId="meeting-save"
            before={
              meeting && (
                <button
                  type="button"
                  className="danger-outline"
                  onClick={() => void cancelMeeting()}
                  data-testid="meeting-cancel"
                >
                  {t('meeting.cancelMeeting')}
                </button>
              )
            }
          />
        )}
      </EditorForm>
      {clashDialog}
      {dialog}
    </FormProvider>
  )
}
