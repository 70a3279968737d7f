/**
 * Saving a record page (customers, contracts, requests, sales executives, products): a save updates
 * the record and shows it as saved, or creates it and opens the new record's page with a message;
 * Ctrl+S saves; a form the checks refuse, or a save the API refuses, marks the fields. The pages keep
 * their own form, fields, words and the steps before a save (a tax id another customer has, a value
 * typed as money); what a save does after them is the same everywhere and lives here (issue 9).
 */
import { useRef, useState, type BaseSyntheticEvent } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { useNavigate } from 'react-router-dom'
import { keys, useInvalidate } from '../api/query'
import { useT } from '../i18n'
import { applyFieldErrors, messageOf } from './api-errors'
import type { BannerMessage } from './Banner'
import { useConfirm, type ConfirmOptions } from './ConfirmDialog'
import { useBackToList } from './use-back-to-list'
import { useFlash } from './use-flash'
import { useSaveShortcut } from './use-save-shortcut'

/** What the steps before a save may use of the page. */
interface PageTools {
  setMessage: (message: BannerMessage) => void
  confirm: (options: ConfirmOptions) => Promise<boolean>
}

interface RecordEditorOptions<
  R extends { id: number },
  V extends FieldValues,
  O,
  I,
  C extends { id: number }
> {
  /** The record's field words and test ids: `<area>.<field>`, `<area>-save`, `<area>-form`. */
  area: string
  /** The list's path; a created record opens at `<listPath>/<id>`. */
  listPath: string
  form: UseFormReturn<V, unknown, O>
  record: R | null
  setRecord: (record: R) => void
  /** The form's values of a record as saved. */
  toFormValues: (record: R) => V
  /**
   * What the form's values become before they are sent, after the page's own checks; null when the
   * save stops there (the checks marked the fields and said so with `setMessage`, or the user said no
   * when asked with `confirm`).
   */
  prepare: (values: O, page: PageTools) => I | null | Promise<I | null>
  update: (record: R, input: I) => Promise<R>
  create: (input: I) => Promise<C>
  /** The message the new record's page opens with. */
  createdText: (created: C) => string
  /** Form fields named differently from the API's (see applyFieldErrors). */
  rename?: Record<string, string>
  /** Reads refreshed after every change besides the activity log (the requests' counts). */
  invalidates?: readonly (readonly unknown[])[]
  /** A record that cannot be changed any more (an ended contract) is not saved by Ctrl+S. */
  canSave?: boolean
  /** What the message of a refused save offers (the customer's "Reload" after a conflict). */
  errorAction?: (error: unknown, markedFields: number) => BannerMessage['action']
}

export function useRecordEditor<
  R extends { id: number },
  V extends FieldValues,
  O,
  I,
  C extends { id: number }
>(options: RecordEditorOptions<R, V, O, I, C>) {
  const { area, listPath, form, record, canSave = true } = options
  const { t } = useT()
  const navigate = useNavigate()
  const invalidate = useInvalidate()
  const backToList = useBackToList(listPath)
  const { confirm, dialog } = useConfirm()
  const [message, setMessage] = useFlash()
  const [saving, setSaving] = useState(false)
  const bypassGuard = useRef(false)
  const { handleSubmit, reset, setError } = form

  /** The record as changed (saved, moved to another status, given a file): shown, with `text`. */
  function changed(saved: R, text: string) {
    options.setRecord(saved)
    reset(options.toFormValues(saved))
    invalidate(keys.activity())
    for (const key of options.invalidates ?? []) invalidate(key)
    setMessage({ kind: 'success', text })
  }

  async function save(values: O) {
    setSaving(true)
    setMessage(null)
    try {
      const input = await options.prepare(values, { setMessage, confirm })
      if (input === null) return
      if (record) {
        changed(await options.update(record, input), t('common.saved'))
      } else {
        const created = await options.create(input)
        for (const key of options.invalidates ?? []) invalidate(key)
        bypassGuard.current = true
        void navigate(`${listPath}/${created.id}`, {
          replace: true,
          state: { flash: { kind: 'success', text: options.createdText(created) } }
        })
      }
    } catch (error) {
      const marked = applyFieldErrors(error, setError, `${area}.`, options.rename)
      setMessage({ kind: 'error', text: messageOf(error), action: options.errorAction?.(error, marked) })
    } finally {
      setSaving(false)
    }
  }

  // Built when submitted, not while rendering: `save` touches the guard's ref.
  const submit = (event?: BaseSyntheticEvent) =>
    handleSubmit(save, () => setMessage({ kind: 'error', text: t('messages.correctMarkedFields') }))(event)
  useSaveShortcut(() => {
    if (!saving && canSave) void submit()
  })

  /** Leaves the page for the list without asking about unsaved changes (the record is gone). */
  function leave(flash: BannerMessage) {
    bypassGuard.current = true
    void navigate(listPath, { state: { flash } })
  }

  return {
    area,
    message,
    setMessage,
    saving,
    bypassGuard,
    submit,
    changed,
    confirm,
    dialog,
    backToList,
    leave
  }
}

/** What the record's form and its buttons use of the editor (`changed` is the page's own, typed by its record). */
export type RecordEditor = Omit<ReturnType<typeof useRecordEditor>, 'changed'>

/**
 * Deleting a master-data record (a sales executive, a product): asks first, then goes back to the
 * list saying whether it was deleted or, having history, only deactivated.
 */
export function useDeleteMasterRecord(
  editor: RecordEditor,
  record: { id: number; name: string } | null,
  remove: (id: number) => Promise<{ deleted: boolean }>
) {
  const { t } = useT()
  const { area } = editor
  return async () => {
    if (!record) return
    const ok = await editor.confirm({
      title: t('common.delete'),
      body: t(`${area}.deleteConfirm`, { name: record.name }),
      confirmLabel: t('common.delete'),
      danger: true
    })
    if (!ok) return
    try {
      const result = await remove(record.id)
      const text = result.deleted
        ? t(`${area}.deleted`, { name: record.name })
        : t(`${area}.deactivated`, { name: record.name })
      editor.leave({ kind: result.deleted ? 'success' : 'info', text })
    } catch (error) {
      editor.setMessage({ kind: 'error', text: messageOf(error) })
    }
  }
}
