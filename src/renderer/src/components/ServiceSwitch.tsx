/**
 * What the settings screens of the outside services (NAV, VERI*FACTU, e-mail, e-invoices) have in
 * common besides the settings section (SettingsSection.tsx): their settings loaded once, one action
 * at a time with its outcome in a banner, the on/off box with the test/production choice, and a
 * value typed for one action. Each screen keeps only its own fields.
 */
import { useState, type ReactNode } from 'react'
import type { ApiInput, ApiOutput } from '../../../shared/api'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useT } from '../i18n'
import { LabelledCheckbox, LabelledInput } from './fields'
import { useBannerAction, type ActionOutcome } from './use-banner-action'

type SettingsMethod = 'nav.settings' | 'verifactu.settings' | 'mail.settings' | 'einvoice.settings'

/**
 * The service's stored settings (`view`, null until loaded), the user's changes to them, and `act`,
 * which runs one action, keeps the buttons disabled meanwhile and shows its outcome in the banner
 * (useBannerAction): a text is a success, an error is shown as the error's message, a failed read
 * until an action says more.
 */
export function useServiceSettings<M extends SettingsMethod, S>(
  method: M,
  {
    settingsOf,
    update,
    saved,
    after
  }: {
    /** Where the settings the screen edits are in what the service answers (e-mail and NAV say more). */
    settingsOf: (view: ApiOutput<M>) => S
    /** Stores the settings; the service answers as it reads them. */
    update: (settings: S) => Promise<ApiOutput<M>>
    /** What the banner says once they are saved. */
    saved: string
    /** What else shows the service's state, read again after each action that went through. */
    after?: () => unknown
  }
) {
  // Each of these methods takes no input. The screen edits its own copy of what was read.
  const loaded = useApiQuery(keys.settings(method), () => api.call(method, {} as ApiInput<M>))
  const [view, setView] = useState<ApiOutput<M> | null>(null)
  if (view === null && loaded.data) setView(loaded.data)
  // What the user changed since the last load or save; the stored settings otherwise.
  const [draft, edit] = useState<S | null>(null)
  const settings = draft ?? (view && settingsOf(view))
  const banner = useBannerAction(loaded.error)

  const act = (work: () => Promise<ActionOutcome>) =>
    banner.act(async () => {
      const outcome = await work()
      await after?.()
      return outcome
    })

  /** What an action answered with the service's settings: shown, and the changes typed so far dropped. */
  function apply(next: ApiOutput<M>) {
    setView(next)
    edit(null)
  }

  const save = () =>
    act(async () => {
      if (settings === null) return null
      apply(await update(settings))
      return saved
    })

  // The section shows the banner (SettingsSection's `banner`); the screen's buttons wait while busy.
  return { view, setView, settings, edit, apply, save, act, busy: banner.busy, banner }
}

/** The on/off box and, for a tax authority, the test/production choice. */
export function ServiceSwitch({
  idPrefix,
  enabled,
  onEnabled,
  label,
  testId = `${idPrefix}-enabled`,
  environment
}: {
  idPrefix: string
  testId?: string
  enabled: boolean
  onEnabled: (enabled: boolean) => void
  label: string
  environment?: {
    value: 'test' | 'production'
    onChange: (value: 'test' | 'production') => void
    labels: { environment: string; test: string; production: string }
  }
}) {
  return (
    <>
      <LabelledCheckbox label={label} checked={enabled} onChecked={onEnabled} testId={testId} />
      {environment && (
        <div className="field">
          <label htmlFor={`${idPrefix}-environment`}>{environment.labels.environment}</label>
          <select
            id={`${idPrefix}-environment`}
            value={environment.value}
            onChange={(e) => environment.onChange(e.target.value === 'production' ? 'production' : 'test')}
          >
            <option value="test">{environment.labels.test}</option>
            <option value="production">{environment.labels.production}</option>
          </select>
        </div>
      )}
    </>
  )
}

/** What a tax authority's service (NAV, VERI*FACTU) keeps alike: on or off, and which of its systems it reports to. */
interface ReportingSettings {
  enabled: boolean
  environment: 'test' | 'production'
}

/**
 * A tax authority's on/off box and test/production choice, bound to the service's settings: NAV and
 * VERI*FACTU wrote the same two bindings. Their words are `${words}.enabled`, `.environment`, `.test`
 * and `.production` in the service's string table.
 */
export function ReportingSwitch<S extends ReportingSettings>({
  idPrefix,
  words,
  settings,
  edit
}: {
  idPrefix: string
  words: string
  settings: S
  edit: (next: S) => void
}) {
  const { t } = useT()
  return (
    <ServiceSwitch
      idPrefix={idPrefix}
      enabled={settings.enabled}
      onEnabled={(enabled) => edit({ ...settings, enabled })}
      label={t(`${words}.enabled`)}
      environment={{
        value: settings.environment,
        onChange: (environment) => edit({ ...settings, environment }),
        labels: {
          environment: t(`${words}.environment`),
          test: t(`${words}.test`),
          production: t(`${words}.production`)
        }
      }}
    />
  )
}

/**
 * A service's settings typed as text, one field a setting: its id is `${idPrefix}-${name}`, its label
 * the words at `${words}.${name}`, and what is typed goes to `onValue`. The VERI*FACTU system's
 * identification and NAV's addresses and software each listed their fields this way.
 */
export function SettingTextFields<Name extends string>({
  names,
  idPrefix,
  words,
  values,
  onValue,
  fieldClassName
}: {
  names: readonly Name[]
  idPrefix: string
  words: string
  values: Record<Name, string>
  onValue: (name: Name, value: string) => void
  /** The class of each field's box (NAV's addresses are wider). */
  fieldClassName?: string
}) {
  const { t } = useT()
  return names.map((name) => (
    <LabelledInput
      key={name}
      id={`${idPrefix}-${name}`}
      label={t(`${words}.${name}`)}
      fieldClassName={fieldClassName}
      value={values[name]}
      onValue={(value) => onValue(name, value)}
    />
  ))
}

/**
 * A value typed for one action rather than saved with the settings (a password to keep or unlock
 * with, an address to send a test to), and the action's button, enabled once something is typed.
 * The field keeps what is typed: the action gets it, and `forget` to empty the field once it is done
 * (a password is not left on the screen).
 */
export function ActionField({
  id,
  label,
  type,
  busy,
  action,
  actionTestId,
  onAction,
  note,
  children
}: {
  id: string
  label: string
  type: 'password' | 'email'
  busy: boolean
  action: string
  actionTestId?: string
  onAction: (typed: string, forget: () => void) => void
  /** What sits between the field and its button (whether a password is kept). */
  note?: ReactNode
  /** What the button row offers beside the button. */
  children?: ReactNode
}) {
  const [value, setValue] = useState('')
  return (
    <>
      <LabelledInput
        id={id}
        label={label}
        type={type}
        autoComplete={type === 'password' ? 'off' : undefined}
        value={value}
        onValue={setValue}
      />
      {note}
      <div className="button-row">
        <button
          type="button"
          disabled={busy || value.trim() === ''}
          data-testid={actionTestId}
          onClick={() => onAction(value, () => setValue(''))}
        >
          {action}
        </button>
        {children}
      </div>
    </>
  )
}
