/**
 * One campaign (issue 18). A draft is edited here: its name, channel, segment (SegmentBuilder)
 * and its text per language; Launch saves it, asks, and freezes the recipients. A launched
 * campaign is a record: its letters and labels print from here, its e-mails wait in the outbox,
 * and its results and recipients show within its window (CampaignResults).
 */
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { languages, type Language } from '../../../shared/languages'
import {
  campaignKinds,
  segmentFilters,
  type Campaign,
  type CampaignKind,
  type CampaignText
} from '../../../shared/schemas/campaigns'
import { api } from '../api/client'
import { keys, useApiMutation } from '../api/query'
import { useConfirm } from '../components/ConfirmDialog'
import { useBannerAction } from '../components/use-banner-action'
import { LabelledInput, LabelledSelect } from '../components/fields'
import { MailTextFields } from '../components/MailTextFields'
import { LanguageSelect } from '../components/LanguageSelect'
import { RecordLoader } from '../components/RecordFrame'
import { useDraft } from '../components/use-draft'
import { openPdf } from '../documents/pdf'
import { useLanguage, useT } from '../i18n'
import { CampaignFrame } from './CampaignFrame'
import { CampaignLaunched } from './CampaignLaunched'
import { SegmentBuilder, type SegmentChoice } from './SegmentBuilder'
import './campaigns.css'
import { TitledSection } from '../components/TitledSection'

const loadCampaign = (id: number) => api.call('campaigns.get', { id })

export function CampaignPage() {
  return (
    <RecordLoader load={loadCampaign}>
      {(campaign) =>
        campaign?.status === 'sent' ? (
          <CampaignLaunched campaign={campaign} />
        ) : (
          <CampaignDraft initial={campaign} />
        )
      }
    </RecordLoader>
  )
}

interface Draft {
  name: string
  kind: CampaignKind
  windowDays: string
  segment: SegmentChoice
  texts: Partial<Record<Language, CampaignText>>
}

function draftOf(campaign: Campaign | null, language: Language): Draft {
  return {
    name: campaign?.name ?? '',
    kind: campaign?.kind ?? 'postal',
    windowDays: String(campaign?.windowDays ?? 60),
    segment: {
      segmentId: campaign?.segmentId ?? null,
      filters: campaign?.filters ?? segmentFilters.parse({})
    },
    texts: campaign?.texts ?? { [language]: { subject: '', body: '' } }
  }
}

/** The texts worth sending: those with a body (an empty language tab is not a text). */
const writtenTexts = (texts: Draft['texts']) =>
  Object.fromEntries(Object.entries(texts).filter(([, text]) => text.body.trim() !== ''))

function CampaignDraft({ initial }: { initial: Campaign | null }) {
  const { t } = useT()
  const language = useLanguage()
  const navigate = useNavigate()
  const { draft, set, field } = useDraft(() => draftOf(initial, language))
  const [id, setId] = useState(initial?.id ?? null)
  const { busy, message, setMessage, act } = useBannerAction()
  const { confirm, dialog } = useConfirm()
  const channel = draft.kind === 'postal' ? 'post' : 'email'

  const input = () => ({
    name: draft.name,
    kind: draft.kind,
    segmentId: draft.segment.segmentId,
    filters: draft.segment.filters,
    texts: writtenTexts(draft.texts),
    windowDays: Number(draft.windowDays)
  })
  const save = useApiMutation(
    () =>
      id === null
        ? api.call('campaigns.create', { campaign: input() })
        : api.call('campaigns.update', { id, campaign: input() }),
    { invalidates: [keys.campaigns('list')] }
  )
  const launch = useApiMutation((campaignId: number) => api.call('campaigns.launch', { id: campaignId }), {
    invalidates: [keys.campaigns()]
  })

  /** Saves the draft (its first save creates it); each action saves first and goes on with the saved one. */
  async function saveDraft(): Promise<Campaign> {
    const saved = await save.mutateAsync()
    setId(saved.id)
    return saved
  }

  const onSave = () =>
    act(async () => {
      await saveDraft()
      return t('campaigns.saved')
    })

  /** The letters as the recipients reachable now would get them (a real recipient's merge). */
  const previewLetters = () =>
    act(async () => {
      const saved = await saveDraft()
      const outcome = await openPdf('preview', () => api.call('campaigns.letters', { id: saved.id }))
      return outcome === 'saved' ? { kind: 'info', text: t('campaigns.sent.pdfSaved') } : null
    })

  const onLaunch = () =>
    act(async () => {
      const saved = await saveDraft()
      const preview = await api.call('segments.preview', { filters: saved.filters, channel, limit: 0 })
      const ok = await confirm({
        title: t('campaigns.launchTitle', { name: saved.name }),
        body: [
          t('campaigns.launchBody', { count: preview.reachable }),
          saved.kind === 'email' ? t('campaigns.launchEmail') : ''
        ]
          .filter(Boolean)
          .join(' '),
        confirmLabel: t('campaigns.launchConfirm')
      })
      if (!ok) return null
      const launched = await launch.mutateAsync(saved.id)
      // The page of a launched campaign is another component: load it afresh.
      void navigate(`/campaigns/${String(launched.id)}`, {
        replace: true,
        state: { launched: launched.results?.recipients ?? 0 }
      })
      return null
    })

  return (
    <CampaignFrame
      title={initial?.name ?? t('campaigns.newTitle')}
      status="draft"
      message={message}
      onMessageClose={() => setMessage(null)}
      actions={
        <>
          <button type="button" onClick={() => void onSave()} disabled={busy} data-testid="campaign-save">
            {t('campaigns.save')}
          </button>
          {draft.kind === 'postal' && (
            <button
              type="button"
              onClick={() => void previewLetters()}
              data-testid="campaign-preview-letters"
            >
              {t('campaigns.sent.lettersPreview')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void onLaunch()}
            disabled={busy}
            data-testid="campaign-launch"
          >
            {t('campaigns.launch')}
          </button>
        </>
      }
    >
      <TitledSection
        id="campaign-general"
        title={t('campaigns.name')}
        className="form-section"
        headingClassName="visually-hidden"
      >
        <div className="form-grid">
          <LabelledInput
            id="campaign-name"
            label={t('campaigns.name')}
            {...field('name')}
            data-testid="campaign-name"
          />
          <LabelledSelect
            id="campaign-kind"
            label={t('campaigns.kind')}
            {...field('kind')}
            options={campaignKinds}
            optionLabel={(k) => t(`campaigns.kinds.${k}`)}
            data-testid="campaign-kind"
          />
          <LabelledInput
            id="campaign-window"
            label={t('campaigns.windowDays')}
            type="number"
            min={1}
            max={730}
            {...field('windowDays')}
            data-testid="campaign-window"
          />
        </div>
      </TitledSection>

      <SegmentBuilder
        value={draft.segment}
        channel={channel}
        onChange={(segment) => set('segment', segment)}
      />

      <CampaignTexts texts={draft.texts} onChange={(texts) => set('texts', texts)} />
      {dialog}
    </CampaignFrame>
  )
}

/** The text per language: pick a language, write its subject and body; written ones are marked. */
function CampaignTexts({
  texts,
  onChange
}: {
  texts: Draft['texts']
  onChange: (texts: Draft['texts']) => void
}) {
  const { t } = useT()
  const [editing, setEditing] = useState<Language>(
    () => languages.find((l) => texts[l] !== undefined) ?? 'en'
  )
  const text = texts[editing] ?? { subject: '', body: '' }
  const set = (next: CampaignText) => onChange({ ...texts, [editing]: next })
  const written = languages.filter((l) => (texts[l]?.body.trim() ?? '') !== '')
  return (
    <TitledSection
      id="campaign-texts"
      title={t('campaigns.texts.title')}
      className="form-section campaign-texts"
    >
      <p className="field-hint">{t('campaigns.texts.hint')}</p>
      <div className="form-grid">
        <LanguageSelect
          id="campaign-text-language"
          label={t('campaigns.texts.language')}
          value={editing}
          marked={written}
          onValue={setEditing}
          data-testid="campaign-text-language"
        />
        {written.length > 0 && (
          <p className="muted" data-testid="campaign-texts-written">
            {t('campaigns.texts.written')}: {written.map((l) => t(`settings.languages.${l}`)).join(', ')}
          </p>
        )}
      </div>
      <MailTextFields idPrefix="campaign" language={editing} text={text} onText={set} rows={10} />
      {texts[editing] !== undefined && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(Object.fromEntries(Object.entries(texts).filter(([l]) => l !== editing)))}
          data-testid="campaign-text-remove"
        >
          {t('campaigns.texts.remove')}
        </button>
      )}
    </TitledSection>
  )
}
