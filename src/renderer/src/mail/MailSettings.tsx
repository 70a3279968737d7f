/** Settings → E-mail: the SMTP server, the password (kept by the system or for this session), a test message, the texts. */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { isLanguage, type Language } from '../../../shared/languages'
import {
  mailSecurities,
  mailTemplateKinds,
  type MailTemplate,
  type MailTemplateKind
} from '../../../shared/schemas/mail'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { Banner } from '../components/Banner'
import { useBannerAction } from '../components/use-banner-action'
import { LabelledInput, LabelledSelect } from '../components/fields'
import { LanguageSelect } from '../components/LanguageSelect'
import { ActionField, useServiceSettings } from '../components/ServiceSwitch'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useT } from '../i18n'
import { MailTextFields } from '../components/MailTextFields'

type ServerField = 'host' | 'port' | 'user' | 'fromAddress' | 'fromName'

export function MailSettings() {
  const { t } = useT()
  const { view, setView, settings, edit, save, banner, busy, act } = useServiceSettings('mail.settings', {
    settingsOf: (stored) => stored.settings,
    update: (settings) => api.call('mail.updateSettings', { settings }),
    saved: t('mail.saved')
  })

  /** One of the server's fields as typed; the port is kept as a number, within `range`. */
  const field = (name: ServerField, type = 'text', range: { min?: number; max?: number } = {}) =>
    settings && (
      <LabelledInput
        key={name}
        id={`mail-${name}`}
        label={t(`mail.${name}`)}
        type={type}
        {...range}
        value={settings[name]}
        autoComplete="off"
        onValue={(value) => edit({ ...settings, [name]: name === 'port' ? Number(value) : value })}
      />
    )

  return (
    <SettingsSection
      id="mail"
      title={t('mail.settingsTitle')}
      intro={t('mail.settingsIntro')}
      banner={banner}
      after={<MailTemplates />}
    >
      {settings && view && (
        <>
          {field('host')}
          {field('port', 'number', { min: 1, max: 65535 })}
          <LabelledSelect
            id="mail-security"
            label={t('mail.security')}
            value={settings.security}
            options={mailSecurities}
            optionLabel={(s) => t(`mail.securities.${s}`)}
            onValue={(security) => edit({ ...settings, security })}
          />
          {field('user')}
          {field('fromAddress', 'email')}
          {field('fromName')}
          <SaveRow idPrefix="mail" label={t('mail.save')} busy={busy} onSave={() => void save()} />
          <ActionField
            id="mail-password"
            label={t('mail.password')}
            type="password"
            busy={busy}
            action={t('mail.keepPassword')}
            actionTestId="mail-keep-password"
            onAction={(password, forget) =>
              void act(async () => {
                setView(await api.call('mail.setPassword', { password }))
                forget()
                return t('mail.passwordKept')
              })
            }
            note={
              <p className="muted" data-testid="mail-password-state">
                {view.passwordSet
                  ? view.secretStore === 'os'
                    ? t('mail.passwordOs')
                    : t('mail.passwordSession')
                  : t('mail.passwordMissing')}
              </p>
            }
          />
          <ActionField
            id="mail-test-to"
            label={t('mail.testTo')}
            type="email"
            busy={busy}
            action={t('mail.sendTest')}
            actionTestId="mail-send-test"
            onAction={(to) =>
              void act(async () => {
                const sent = await api.call('mail.sendTest', { to })
                return t('mail.testSent', { to: sent.to })
              })
            }
          >
            <Link to="/outbox" data-testid="open-outbox">
              {t('mail.openOutbox')}
            </Link>
          </ActionField>
        </>
      )}
    </SettingsSection>
  )
}

function MailTemplates() {
  const { t, language: uiLanguage } = useT()
  const loaded = useApiQuery(keys.mail('templates'), () => api.call('mail.templates', {}), { fresh: true })
  const [edited, setTemplates] = useState<MailTemplate[] | null>(null)
  const templates = edited ?? loaded.data ?? []
  const [kind, setKind] = useState<MailTemplateKind>('invoice')
  const [language, setLanguage] = useState<Language>(isLanguage(uiLanguage) ? uiLanguage : 'en')
  const { message, setMessage, act } = useBannerAction(loaded.error)
  const current = templates.find((x) => x.kind === kind && x.language === language)

  const save = (work: () => Promise<MailTemplate>, done: string) =>
    act(async () => {
      const saved = await work()
      setTemplates(templates.map((x) => (x.kind === saved.kind && x.language === saved.language ? saved : x)))
      return done
    })

  return (
    <div data-testid="mail-templates">
      <h3>{t('mail.templatesTitle')}</h3>
      <p className="muted">{t('mail.templatesIntro')}</p>
      <LabelledSelect
        id="mail-template-kind"
        label={t('mail.templateKind')}
        value={kind}
        options={mailTemplateKinds}
        optionLabel={(k) => t(`mail.kinds.${k}`)}
        onValue={setKind}
      />
      <LanguageSelect
        id="mail-template-language"
        label={t('mail.templateLanguage')}
        value={language}
        onValue={setLanguage}
      />
      {current && (
        <TemplateEditor
          key={`${kind}/${language}/${current.subject}/${current.body}`}
          template={current}
          onSave={(work) => void save(work, t('mail.templateSaved'))}
        />
      )}
      <Banner message={message} onClose={() => setMessage(null)} />
    </div>
  )
}

/** The subject and text of one kind and language; keyed by them, so it starts from what is stored. */
function TemplateEditor({
  template,
  onSave
}: {
  template: MailTemplate
  onSave: (work: () => Promise<MailTemplate>) => void
}) {
  const { t } = useT()
  const { kind, language } = template
  const [text, setText] = useState({ subject: template.subject, body: template.body })
  return (
    <>
      <p className="muted">{template.edited ? t('mail.editedText') : t('mail.standardText')}</p>
      <MailTextFields idPrefix="mail-template" language={language} text={text} onText={setText} />
      <div className="button-row">
        <button
          type="button"
          data-testid="mail-template-save"
          onClick={() =>
            onSave(() => api.call('mail.updateTemplate', { template: { kind, language, ...text } }))
          }
        >
          {t('mail.saveTemplate')}
        </button>
        <button
          type="button"
          disabled={!template.edited}
          onClick={() => onSave(() => api.call('mail.resetTemplate', { kind, language }))}
        >
          {t('mail.resetTemplate')}
        </button>
      </div>
    </>
  )
}
