/**
 * What the visit, meeting and plan dialogs' forms share: the form itself (Enter and Ctrl+S save),
 * how a save goes (checked against the shared schema, checked for clashes, sent, a refusal marked
 * on its fields), when and who goes (the start and end fields with the end moving with the start,
 * use-end-follows-start, then the executives to tick), and under the form what the save said and the
 * button row (Cancel, Save).
 */
import { useCallback, useEffect, useState, type BaseSyntheticEvent, type ReactNode } from 'react'
import { useFormContext, useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { ExecutiveRow } from '../../../shared/schemas/executives'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { DateTimeField } from '../components/DateInput'
import { checkInput } from '../components/form-checks'
import { saveShortcutOf } from '../components/use-save-shortcut'
import { useT } from '../i18n'
import { ExecutiveChecklistField } from './pickers'
import { useClashGuard, type Proposal } from './use-clash-guard'
import { useEndFollowsStart } from './use-end-follows-start'

interface SaveSteps {
  /** The shared schema the API checks the input with: its problems show beside their fields at once. */
  schema: z.ZodType
  /** A visit or meeting is checked for clashes first (the user may save anyway); a plan is not. */
  clashes?: Proposal
  /** Sends the checked input (whether the user chose to save despite clashes) and closes or shows the result. */
  send: (acceptClashes: boolean) => Promise<void>
}

/**
 * Saving a schedule dialog's form. `area` names the API's fields ("visit." is stripped from
 * "visit.startAt") and the form's test ids (`<area>-form`, `<area>-save`); the form tells the
 * dialog's close guard (`closeGuard.setDirty`) whether anything is unsaved, and Cancel
 * (EditorFooter) closes through it.
 * `dialog` is the clash question, to be rendered by the dialog.
 */
export function useScheduleSave<V extends FieldValues>(
  form: UseFormReturn<V>,
  area: 'visit' | 'meeting' | 'plan',
  closeGuard: { setDirty: (dirty: boolean) => void; close: () => void }
) {
  const { t } = useT()
  const { setDirty } = closeGuard
  const clashGuard = useClashGuard()
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [saving, setSaving] = useState(false)
  const { setError, formState } = form
  const dirty = formState.isDirty && !saving
  useEffect(() => setDirty(dirty), [dirty, setDirty])

  async function save(values: V, input: unknown, steps: SaveSteps) {
    setMessage(null)
    if (!checkInput(steps.schema, input, { values, setError }, { t, setMessage })) return
    setSaving(true)
    try {
      let acceptClashes = false
      if (steps.clashes) {
        const decision = await clashGuard.check(steps.clashes)
        if (!decision) return
        acceptClashes = decision.accept
      }
      await steps.send(acceptClashes)
    } catch (error) {
      applyFieldErrors(error, setError, `${area}.`)
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }

  return { message, setMessage, saving, save, dialog: clashGuard.dialog, area, cancel: closeGuard.close }
}

/** What EditorForm and EditorFooter take from the form's useScheduleSave. */
type SaveState = Pick<
  ReturnType<typeof useScheduleSave>,
  'message' | 'setMessage' | 'saving' | 'area' | 'cancel'
>

/**
 * The dialog's form (test id `<area>-form`, the area of its useScheduleSave `saver`): Enter submits;
 * Ctrl+S saves this form (not the page behind) while the record can be changed and no save is under way.
 */
export function EditorForm({
  saver,
  editable = true,
  submit,
  children
}: {
  saver: SaveState
  editable?: boolean
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  children: ReactNode
}) {
  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={saveShortcutOf(() => {
        if (editable && !saver.saving) void submit()
      })}
      data-testid={`${saver.area}-form`}
    >
      {children}
    </form>
  )
}

/**
 * Start and end (datetime-local) of the surrounding form (a FormProvider with `startAt` and
 * `endAt`); moving the start moves the end by as much.
 */
function StartEndFields({ testIdPrefix }: { testIdPrefix: string }) {
  const { t } = useT()
  const { control, getValues, setValue } = useFormContext<{ startAt: string; endAt: string }>()
  useEndFollowsStart(
    useWatch({ control, name: 'startAt' }),
    useCallback(() => getValues('endAt'), [getValues]),
    useCallback((end: string) => setValue('endAt', end, { shouldDirty: true }), [setValue])
  )
  return (
    <>
      <DateTimeField name="startAt" label={t('visit.start')} required data-testid={`${testIdPrefix}-start`} />
      <DateTimeField name="endAt" label={t('visit.end')} required data-testid={`${testIdPrefix}-end`} />
    </>
  )
}

/**
 * When the visit or meeting is and who goes: its start and end, then the sales executives to tick
 * (`people`: the form's field with their ids, its label and its check boxes' test id).
 */
export function WhenAndWhoFields({
  testIdPrefix,
  people,
  executives
}: {
  testIdPrefix: string
  people: { name: string; label: string; testId: string }
  executives: ExecutiveRow[]
}) {
  return (
    <>
      <StartEndFields testIdPrefix={testIdPrefix} />
      <ExecutiveChecklistField {...people} executives={executives} />
    </>
  )
}

/**
 * Under the form: what the save said (`saver`, the form's useScheduleSave), then, while the record
 * can be changed, Cancel and Save (Ctrl+S named in its tooltip, test id `<area>-save`); `before` goes
 * first (Cancel the meeting).
 */
export function EditorFooter({
  saver,
  editable = true,
  saveLabel,
  before
}: {
  saver: SaveState
  editable?: boolean
  saveLabel?: string
  before?: ReactNode
}) {
  const { t } = useT()
  return (
    <>
      <Banner message={saver.message} onClose={() => saver.setMessage(null)} />
      {editable && (
        <div className="dialog-buttons">
          {before}
          <button type="button" onClick={saver.cancel}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={saver.saving}
            title={t('common.shortcutSave')}
            data-testid={`${saver.area}-save`}
          >
            {saver.saving ? t('common.saving') : (saveLabel ?? t('common.save'))}
          </button>
        </div>
      )}
    </>
  )
}
