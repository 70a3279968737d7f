/**
 * Warns before unsaved changes are lost: a dialog when navigating inside Salesdesk
 * (react-router's useBlocker) and the browser's own prompt when the window is closed or reloaded.
 * `bypass` lets a page navigate on purpose right after saving.
 * A page may hold several guarded sections (Settings: company, VAT rates). The router consults
 * only the blocker registered last, so every guard's blocker asks all mounted guards.
 */
import { useEffect, type RefObject } from 'react'
import { useBlocker } from 'react-router-dom'
import { useT } from '../i18n'
import { ConfirmDialog } from './ConfirmDialog'

const guards = new Set<() => boolean>()
const anyUnsaved = () => [...guards].some((unsaved) => unsaved())

export function UnsavedChangesGuard({ dirty, bypass }: { dirty: boolean; bypass?: RefObject<boolean> }) {
  const { t } = useT()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && anyUnsaved()
  )

  useEffect(() => {
    const unsaved = () => dirty && !bypass?.current
    guards.add(unsaved)
    return () => {
      guards.delete(unsaved)
    }
  }, [dirty, bypass])

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      // preventDefault is the standard way to ask; Chromium needs nothing else since version 119.
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  if (blocker.state !== 'blocked') return null
  return (
    <ConfirmDialog
      title={t('guard.title')}
      body={t('guard.body')}
      confirmLabel={t('guard.leave')}
      cancelLabel={t('guard.stay')}
      danger
      onAnswer={(leave) => (leave ? blocker.proceed() : blocker.reset())}
    />
  )
}
