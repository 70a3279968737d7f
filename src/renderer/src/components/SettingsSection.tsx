/**
 * What a settings section looks like, whatever it sets: the outside services (NAV, VERI*FACTU,
 * e-mail, e-invoices), the region, the request times, the VAT rates and the exchange rates. Its
 * heading and introduction, its fields, the banner with what the last action said, and the save row.
 */
import type { ReactNode } from 'react'
import { useT } from '../i18n'
import { Banner, type BannerMessage } from './Banner'
import { MainButton } from './MainButton'

/**
 * What the section's banner says and how it is closed: the section's useBannerAction (or
 * useServiceSettings' `banner`), handed over whole since every section closes it the same way.
 */
export interface SectionBanner {
  message: BannerMessage | null
  setMessage: (next: BannerMessage | null) => void
}

/** The screen's section: its heading and introduction, the fields, and the banner under them. */
export function SettingsSection({
  id,
  title,
  intro,
  banner,
  children,
  after,
  testId = `${id}-settings`
}: {
  /** Names the section's test id (`<id>-settings`) and its heading's id (`settings-<id>`). */
  id: string
  /** Another test id for the section, or none (null) where a part of it has `<id>-settings`. */
  testId?: string | null
  title: string
  intro: string
  banner: SectionBanner
  children: ReactNode
  /** What follows the banner, apart from the settings (the e-mail texts). */
  after?: ReactNode
}) {
  return (
    <section className="form-section" aria-labelledby={`settings-${id}`} data-testid={testId ?? undefined}>
      <h2 id={`settings-${id}`}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
      <Banner message={banner.message} onClose={() => banner.setMessage(null)} />
      {after}
    </section>
  )
}

/** The primary save button, with whatever the screen offers beside it (a link to the queue). */
export function SaveRow({
  idPrefix,
  label,
  busy,
  onSave,
  disabled = false,
  children
}: {
  idPrefix: string
  label: string
  busy: boolean
  onSave: () => void
  /** Nothing to save yet, or what is typed cannot be saved (besides while busy). */
  disabled?: boolean
  children?: ReactNode
}) {
  return (
    <div className="button-row">
      <MainButton busy={busy} disabled={disabled} onPress={onSave} testId={`${idPrefix}-save`}>
        {label}
      </MainButton>
      {children}
    </div>
  )
}

/**
 * The primary button of a form or table saved whole (the company's profile, the VAT rates, a
 * target): it waits while the save runs and says "Saving…" meanwhile. Without `onSave` it submits
 * its form; `shortcut`: its tooltip tells that Ctrl+S saves too.
 */
export function SaveButton({
  saving,
  label,
  testId,
  onSave,
  shortcut = false
}: {
  saving: boolean
  /** "Save" unless the screen says what it saves. */
  label?: string
  testId: string
  onSave?: () => void
  shortcut?: boolean
}) {
  const { t } = useT()
  return (
    <button
      type={onSave ? 'button' : 'submit'}
      className="primary"
      disabled={saving}
      onClick={onSave}
      title={shortcut ? t('common.shortcutSave') : undefined}
      data-testid={testId}
    >
      {saving ? t('common.saving') : (label ?? t('common.save'))}
    </button>
  )
}
