/**
 * What the visit, meeting and plan dialogs' forms share: the form itself (Enter and Ctrl+S save),
 * how a save goes (checked against the shared schema, checked for clashes, sent, a refusal marked
 * on its fields), the start and end fields with the end moving with the start (use-end-follows-start),
 * and the button row (Cancel, Save) under the form.
 */
import { useCallback, useEffect, useState, type BaseSyntheticEvent, type ReactNode } from 'react'
import { useFormContext, useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { applyFieldErrors, messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { DateTimeField } from '../components/DateInput'
import { checkInput } from '../components/form-checks'
import { saveShortcutOf } from '../components/use-save-shortcut'
import { useT } from '../i18n'
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
 * "visit.startAt"); the form tells the dialog's close guard (`closeGuard.setDirty`) whether
 * anything is unsaved.
 * `dialog` is the clash question, to be rendered by the dialog.
 */
export function useScheduleSave<V extends FieldValues>(
  form: UseFormReturn<V>,
  area: 'visit' | 'meeting' | 'plan',
  closeGuard: { setDirty: (dirty: boolean) => void }
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

  return { message, setMessage, saving, save, dialog: clashGuard.dialog }
}

/** The dialog's form: Enter submits; Ctrl+S saves this form (not the page behind) when `canSave`. */
export function EditorForm({
  submit,
  canSave,
  testId,
  children
}: {
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  canSave: boolean
  testId: string
  children: ReactNode
}) {
  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={saveShortcutOf(() => {
        if (canSave) void submit()
      })}
      data-testid={testId}
    >
      {children}
    </form>
  )
}

/**
 * Start and end (datetime-local) of the surrounding form (a FormProvider with `startAt` and
 * `endAt`); moving the start moves the end by as much.
 */
export function StartEndFields({ testIdPrefix }: { testIdPrefix: string }) {
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

/** Cancel and Save (Ctrl+S named in its tooltip); `before` goes first (Cancel the meeting). */
export function EditorButtons({
  saving,
  saveLabel,
  onCancel,
  saveTestId,
  before
}: {
  saving: boolean
  saveLabel: string
  onCancel: () => void
  saveTestId: string
  before?: ReactNode
}) {
  const { t } = useT()
  return (
    <div className="dialog-buttons">
      {before}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type="submit"
        className="primary"
        disabled={saving}
        title={t('common.shortcutSave')}
        data-testid={saveTestId}
      >
        {saving ? t('common.saving') : saveLabel}
      </button>
    </div>
  )
}
