/** The frame of a record page: loading the record by the route's id, its header, its dates and activity. */
import type { ReactNode } from 'react'
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form'
import { Link, useLocation, useParams } from 'react-router-dom'
import { ApiCallError } from '../api/client'
import { useT } from '../i18n'
import { messageOf } from './api-errors'
import { Banner, type BannerMessage } from './Banner'
import { useFormat } from './format'
import { RecordActivity } from './RecordActivity'
import { UnsavedChangesGuard } from './UnsavedChangesGuard'
import type { RecordEditor } from './use-record-editor'
import { usePageTitle } from './use-page-title'
import { useRecordById } from './use-record-by-id'

interface LoaderProps<Record> {
  load: (id: number) => Promise<Record>
  children: (record: Record | null) => ReactNode
}

/** Shown instead of a record that cannot be loaded, with the way back to its list. */
export function RecordMissing({ message }: { message: string }) {
  const { t, tm } = useT()
  const { pathname } = useLocation()
  // The list is the address without the record's id: /payments/investigations/7 → the investigations.
  const listPath = pathname.replace(/\/[^/]*$/, '') || '/'
  return (
    <div className="page page-narrow" data-testid="record-missing">
      <Banner message={{ kind: 'error', text: tm(message) }} />
      <Link className="button" to={listPath}>
        {t('common.back')}
      </Link>
    </div>
  )
}

/** A fresh loader (and editor) per id, so nothing leaks from one record to the next. */
export function RecordLoader<Record>(props: LoaderProps<Record>) {
  const { id } = useParams()
  return <LoadRecord key={id ?? 'new'} id={id} {...props} />
}

function LoadRecord<Record>({ id, load, children }: LoaderProps<Record> & { id: string | undefined }) {
  const { t } = useT()
  const isNew = id === undefined
  const numericId = Number(id)
  const validId = Number.isInteger(numericId) && numericId > 0
  const { record, failure } = useRecordById(isNew || !validId ? null : numericId, load)
  if (!isNew && !validId) return <RecordMissing message={t('common.notFound')} />
  if (failure)
    return (
      <RecordMissing
        message={
          failure.error instanceof ApiCallError && failure.error.error.code === 'not_found'
            ? t('common.notFound')
            : messageOf(failure.error)
        }
      />
    )
  if (!isNew && !record)
    return (
      <div className="page">
        <p className="muted">{t('common.loading')}</p>
      </div>
    )
  return <>{children(record)}</>
}

/**
 * Back to the list: the way the user came (`onBack`, "Back"), or a link to the list in the page's
 * own words (`backLink`: a campaign, which is reached from its list only).
 */
type BackToList =
  { onBack: () => void; backLink?: never } | { backLink: { to: string; label: string }; onBack?: never }

/**
 * The top of a record page: its title and what identifies it (number, status), Back to the
 * list, the page's own buttons, Save (a submit button; left out while the record cannot be
 * changed) and the page's banner.
 */
export function RecordHeader({
  title,
  badges,
  onBack,
  backLink,
  actions,
  save,
  message,
  onMessageClose
}: BackToList & {
  title: string
  badges?: ReactNode
  actions?: ReactNode
  save?: { testId: string; saving: boolean; label?: string }
  message: BannerMessage | null
  onMessageClose: () => void
}) {
  const { t } = useT()
  return (
    <header className="page-header record-header">
      <div className="record-title">
        <h1 data-testid="record-title">{title}</h1>
        {badges}
      </div>
      <div className="page-actions">
        {backLink ? (
          <Link className="button link-button" to={backLink.to} data-testid="back-to-list">
            {backLink.label}
          </Link>
        ) : (
          <button type="button" className="link-button" onClick={onBack} data-testid="back-to-list">
            {t('common.back')}
          </button>
        )}
        {actions}
        {save && (
          <button
            type="submit"
            className="primary"
            disabled={save.saving}
            title={t('common.shortcutSave')}
            data-testid={save.testId}
          >
            {save.saving ? t('common.saving') : (save.label ?? t('common.save'))}
          </button>
        )}
      </div>
      <Banner message={message} onClose={onMessageClose} />
    </header>
  )
}

/**
 * One fact in a record's list of facts (a `<dl>`): its name and its value, or nothing at all while
 * the record has none (a contract not yet ended has no closing date; an invoice without notes, no
 * notes). Give the value as `children`: null, undefined, false or '' leaves the fact out.
 */
export function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  )
}

/**
 * Beside a saved record: its own facts (`children`, e.g. a contract's notice date), when it
 * was created and last changed, what else it has (`lists`: a customer's documents, visits, requests),
 * and its activity log (reloaded when `refreshKey` changes).
 */
export function RecordAside({
  entity,
  record,
  refreshKey,
  label,
  dateTestIds,
  lists,
  children
}: {
  entity: string
  record: { id: number; createdAt: string; updatedAt: string }
  refreshKey?: unknown
  label?: string
  /** Test ids `<dateTestIds>-created-at` and `<dateTestIds>-updated-at` for the two dates. */
  dateTestIds?: string
  lists?: ReactNode
  children?: ReactNode
}) {
  const { t } = useT()
  const format = useFormat()
  return (
    <aside className="record-aside" aria-label={label}>
      <dl className="record-meta">
        {children}
        <dt>{t('common.created')}</dt>
        <dd data-testid={dateTestIds && `${dateTestIds}-created-at`}>{format.dateTime(record.createdAt)}</dd>
        <dt>{t('common.updated')}</dt>
        <dd data-testid={dateTestIds && `${dateTestIds}-updated-at`}>{format.dateTime(record.updatedAt)}</dd>
      </dl>
      {lists}
      <h2>{t('customer.sections.activity')}</h2>
      <RecordActivity entity={entity} entityId={record.id} refreshKey={refreshKey} />
    </aside>
  )
}

/**
 * A record page's form (customers, contracts, requests, sales executives, products): the header with
 * Back, the page's buttons, Save and the message; what the page says under it (`notice`); the record's
 * sections beside its `aside` (a new record has none); the guard against leaving unsaved changes.
 * The window is named after the record: its `reference` (a customer's code, a contract's number), then
 * its title. Test ids `<area>-form` and `<area>-save` (see useRecordEditor).
 */
export function RecordForm<V extends FieldValues, O>({
  form,
  editor,
  className,
  title,
  reference,
  badges,
  actions,
  canSave = true,
  notice,
  aside,
  children,
  below,
  after
}: {
  form: UseFormReturn<V, unknown, O>
  editor: RecordEditor
  /** Besides `page page-record` (`page-medium` for a short record). */
  className?: string
  title: string
  /** What identifies the saved record before its title in the window's title. */
  reference?: string
  badges?: ReactNode
  actions?: ReactNode
  /** Save is left out while the record cannot be changed. */
  canSave?: boolean
  notice?: ReactNode
  aside?: ReactNode
  children: ReactNode
  /** Inside the form, under the sections and the aside (an executive's figures). */
  below?: ReactNode
  /** After the form (a section with forms of its own, a dialog). */
  after?: ReactNode
}) {
  const { area, saving } = editor
  usePageTitle(reference ? `${reference} ${title}` : title)
  return (
    <FormProvider {...form}>
      <form
        className={className ? `page page-record ${className}` : 'page page-record'}
        noValidate
        onSubmit={(e) => void editor.submit(e)}
        data-testid={`${area}-form`}
      >
        <RecordHeader
          title={title}
          badges={badges}
          onBack={editor.backToList}
          actions={actions}
          save={canSave ? { testId: `${area}-save`, saving } : undefined}
          message={editor.message}
          onMessageClose={() => editor.setMessage(null)}
        />
        {notice}
        <div className={aside ? 'record-layout' : 'record-layout no-aside'}>
          <div className="record-main">{children}</div>
          {aside}
        </div>
        {below}
      </form>
      {after}
      <UnsavedChangesGuard dirty={form.formState.isDirty && !saving} bypass={editor.bypassGuard} />
      {editor.dialog}
    </FormProvider>
  )
}

/** A record page's "Delete" (test id `<area>-delete`), for a saved record. */
export function DeleteButton({ area, onDelete }: { area: string; onDelete: () => Promise<void> }) {
  const { t } = useT()
  return (
    <button
      type="button"
      className="danger-outline"
      onClick={() => void onDelete()}
      data-testid={`${area}-delete`}
    >
      {t('common.delete')}
    </button>
  )
}
