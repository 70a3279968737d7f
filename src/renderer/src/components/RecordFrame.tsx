/** Loading a record by the route's id, shared by the product and sales executive pages. */
import { useEffect, useState, type ReactNode } from 'react'
import { Link, useLocation, useParams } from 'react-router-dom'
import { ApiCallError } from '../api/client'
import { useT } from '../i18n'
import { messageOf } from './apiErrors'
import { Banner } from './Banner'

interface LoaderProps<Record> {
  load(id: number): Promise<Record>
  children(record: Record | null): ReactNode
}

/** Shown instead of a record that cannot be loaded, with the way back to its list. */
export function RecordMissing({ message }: { message: string }) {
  const { t, tm } = useT()
  const { pathname } = useLocation()
  const listPath = `/${pathname.split('/')[1] ?? ''}`
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
  const [record, setRecord] = useState<Record | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  useEffect(() => {
    if (isNew) return
    const numericId = Number(id)
    if (!Number.isInteger(numericId) || numericId <= 0) {
      setFailure(t('common.notFound'))
      return
    }
    load(numericId)
      .then(setRecord)
      .catch((error: unknown) => setFailure(error instanceof ApiCallError && error.error.code === 'not_found' ? t('common.notFound') : messageOf(error)))
  }, [id, isNew, load, t])
  if (failure) return <RecordMissing message={failure} />
  if (!isNew && !record)
    return (
      <div className="page">
        <p className="muted">{t('common.loading')}</p>
      </div>
    )
  return <>{children(record)}</>
}
