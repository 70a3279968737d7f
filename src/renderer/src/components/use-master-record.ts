/**
 * Saving and deleting on a master-data record page (sales executives, products): a save updates the
 * record, or creates it and opens the new record's page; Ctrl+S saves; a refused save marks the
 * fields. Deleting asks first, then goes back to the list saying whether the record was deleted or,
 * having history, only deactivated. The page keeps its own form, fields and words.
 */
import { useRef, useState, type BaseSyntheticEvent } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { useNavigate } from 'react-router-dom'
import { useT } from '../i18n'
import { applyFieldErrors, messageOf } from './api-errors'
import { useConfirm } from './ConfirmDialog'
import { useFlash } from './use-flash'
import { useSaveShortcut } from './use-save-shortcut'

interface Named {
  id: number
  name: string
}

interface MasterRecordOptions<R extends Named, V extends FieldValues, O> {
  /** The record's words: `<area>.created`, `.deleteConfirm`, `.deleted`, `.deactivated`; fields `<area>.<field>`. */
  area: string
  /** The list's path; a created record opens at `<listPath>/<id>`. */
  listPath: string
  form: UseFormReturn<V, unknown, O>
  record: R | null
  setRecord: (record: R) => void
  /** The form's values of a record as saved. */
  toFormValues: (record: R) => V
  update: (id: number, values: O) => Promise<R>
  create: (values: O) => Promise<{ id: number }>
  remove: (id: number) => Promise<{ deleted: boolean }>
  /** Form fields named differently from the API's (see applyFieldErrors). */
  rename?: Record<string, string>
}

export function useMasterRecord<R extends Named, V extends FieldValues, O>(
  options: MasterRecordOptions<R, V, O>
) {
  const { area, listPath, form, record } = options
  const { t } = useT()
  const navigate = useNavigate()
  const { confirm, dialog } = useConfirm()
  const [message, setMessage] = useFlash()
  const [saving, setSaving] = useState(false)
  const bypassGuard = useRef(false)
  const { handleSubmit, reset, setError } = form

  async function save(values: O) {
    setSaving(true)
    setMessage(null)
    try {
      if (record) {
        const saved = await options.update(record.id, values)
        options.setRecord(saved)
        reset(options.toFormValues(saved))
        setMessage({ kind: 'success', text: t('common.saved') })
      } else {
        const created = await options.create(values)
        bypassGuard.current = true
        void navigate(`${listPath}/${created.id}`, {
          replace: true,
          state: { flash: { kind: 'success', text: t(`${area}.created`) } }
        })
      }
    } catch (error) {
      applyFieldErrors(error, setError, `${area}.`, options.rename)
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setSaving(false)
    }
  }

  // Built when submitted, not while rendering: `save` touches the guard's ref.
  const submit = (event?: BaseSyntheticEvent) =>
    handleSubmit(save, () => setMessage({ kind: 'error', text: t('messages.correctMarkedFields') }))(event)
  useSaveShortcut(() => {
    if (!saving) void submit()
  })

  async function remove() {
    if (!record) return
    const ok = await confirm({
      title: t('common.delete'),
      body: t(`${area}.deleteConfirm`, { name: record.name }),
      confirmLabel: t('common.delete'),
      danger: true
    })
    if (!ok) return
    try {
      const result = await options.remove(record.id)
      bypassGuard.current = true
      const text = result.deleted
        ? t(`${area}.deleted`, { name: record.name })
        : t(`${area}.deactivated`, { name: record.name })
      void navigate(listPath, { state: { flash: { kind: result.deleted ? 'success' : 'info', text } } })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    }
  }

  return { message, setMessage, saving, bypassGuard, submit, remove, dialog }
}
