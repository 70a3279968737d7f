/** A sales team meeting: title, attendees, time, place, agenda; checked for clashes before saving. */
import { FormProvider, useForm } from 'react-hook-form'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { meetingInput, type Meeting } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { useConfirm } from '../components/ConfirmDialog'
import { TextAreaField, TextField } from '../components/fields'
import { NameField } from '../components/NameField'
import { useT } from '../i18n'
import { isoStartEnd, localStartEnd } from './time'
import { EditorFooter, EditorForm, useScheduleSave, WhenAndWhoFields } from './record-form-parts'
import { canChange, EventDialog, type EventDialogControls } from './EventDialog'
import { clashProposal } from './use-clash-guard'

interface MeetingFormValues {
  title: string
  attendeeIds: number[]
  startAt: string
  endAt: string
  place: string
  agenda: string
}

/** The form's values: the meeting's own, or a new meeting's time and attendees as chosen on the calendar. */
function meetingFormValues(meeting: Meeting | null, draft: MeetingDialogProps['draft']): MeetingFormValues {
  if (meeting) {
    const { title, attendeeIds, place, agenda } = meeting
    return { title, attendeeIds, ...localStartEnd(meeting), place, agenda }
  }
  return { title: '', attendeeIds: draft?.attendeeIds ?? [], ...localStartEnd(draft), place: '', agenda: '' }
}

const loadMeeting = (id: number) => api.call('meetings.get', { id })

interface MeetingDialogProps {
  meetingId: number | null
  draft?: { startAt: string; endAt: string; attendeeIds: number[] }
  executives: ExecutiveRow[]
  onClose: (changed: boolean) => void
}

export function MeetingDialog(props: MeetingDialogProps) {
  const { t } = useT()
  return (
    <EventDialog
      id={props.meetingId}
      load={loadMeeting}
      title={(meeting) => (meeting ? meeting.title : t('meeting.newTitle'))}
      testId="meeting-dialog"
      onClose={() => props.onClose(false)}
    >
      {(meeting, controls) => <MeetingEditor {...props} meeting={meeting} controls={controls} />}
    </EventDialog>
  )
}

/** The meeting's form, once the dialog has its record (none for a new meeting). */
function MeetingEditor({
  meeting,
  draft,
  executives,
  controls,
  onClose
}: MeetingDialogProps & { meeting: Meeting | null; controls: EventDialogControls<Meeting> }) {
  const { t } = useT()
  const { confirm, dialog } = useConfirm()
  const editable = canChange(meeting)
  const form = useForm({ defaultValues: meetingFormValues(meeting, draft) })
  const saver = useScheduleSave(form, 'meeting', controls)

  async function saveMeeting(values: MeetingFormValues) {
    const input = { ...values, ...isoStartEnd(values) }
    await saver.save(values, input, {
      schema: meetingInput,
      clashes: clashProposal('meeting', meeting, input.attendeeIds, input),
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
      saver.setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  return (
    <FormProvider {...form}>
      <EditorForm saver={saver} editable={editable} submit={form.handleSubmit(saveMeeting)}>
        {meeting?.status === 'cancelled' && <p className="notice">{t('meeting.cancelledNotice')}</p>}
        <fieldset disabled={!editable} className="plain-fieldset">
          <div className="form-grid">
            <NameField name="title" label={t('meeting.titleField')} data-testid="meeting-title" />
            <TextField name="place" label={t('meeting.place')} fieldClassName="span-2" />
            <WhenAndWhoFields
              testIdPrefix="meeting"
              people={{ name: 'attendeeIds', label: t('meeting.attendees'), testId: 'meeting-attendee' }}
              executives={executives}
            />
            <TextAreaField name="agenda" label={t('meeting.agenda')} rows={4} fieldClassName="span-all" />
          </div>
        </fieldset>
        <EditorFooter
          saver={saver}
          editable={editable}
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
      </EditorForm>
      {saver.dialog}
      {dialog}
    </FormProvider>
  )
}
