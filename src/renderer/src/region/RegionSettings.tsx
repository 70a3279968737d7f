/** Settings → Region: date and number formats, first day of week, clock, paper size and time zone. */
import { useState } from 'react'
import {
  clocks,
  dateFormats,
  decimalSeparators,
  firstDaysOfWeek,
  groupSeparators,
  paperSizes,
  regionFormat,
  regionFormatter,
  type GroupSeparator,
  type RegionSettings
} from '../../../shared/region'
import type { RegionInput } from '../../../shared/schemas/region-api'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { LabelledSelect } from '../components/fields'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { useBannerAction } from '../components/use-banner-action'
import { useFormat } from '../components/format'
import { regionSaved } from '../components/use-region'
import { useT } from '../i18n'

const groupNames: Record<GroupSeparator, 'dot' | 'comma' | 'space' | 'narrowSpace' | 'apostrophe' | 'none'> =
  {
    '.': 'dot',
    ',': 'comma',
    '\u00a0': 'space',
    '\u202f': 'narrowSpace',
    "'": 'apostrophe',
    '': 'none'
  }

const zones = (current: string): string[] => {
  const all = Intl.supportedValuesOf('timeZone')
  return all.includes(current) ? all : [current, ...all]
}

type Format = RegionInput['format']

const SAMPLE_DAY = '2026-12-04'
const SAMPLE_TIME = '2026-12-04T14:30:00Z'

export function RegionSettings() {
  const { t, tm } = useT()
  const { locale } = useFormat()
  const read = useApiQuery(keys.settings('region'), () => api.call('region.get', {}), { fresh: true })
  const [saved, setStored] = useState<RegionSettings | null>(null)
  const stored = saved ?? read.data ?? null
  const [draft, setDraft] = useState<RegionInput | null>(null)
  if (draft === null && read.data) {
    const region = read.data
    setDraft({ format: region.format, paperSize: region.paperSize, timeZone: region.timeZone })
  }
  const banner = useBannerAction(read.error)

  const save = (current: RegionInput) =>
    banner.act(async () => {
      const region = await api.call('region.update', { region: current })
      setStored(region)
      regionSaved(region)
      return t('common.saved')
    })

  const parsed = draft ? regionFormat.safeParse(draft.format) : null
  const sample = draft && parsed?.success ? regionFormatter(parsed.data, locale, 'UTC') : null
  /**
   * One of the formats' choices: the format's name gives its label and the value it shows and
   * changes in the draft; its test id is its id.
   */
  const formatChoice = <K extends keyof Format>(choice: {
    name: K
    id: string
    options: readonly Format[K][]
    optionLabel: (option: Format[K]) => string
    error?: string
  }) =>
    draft && (
      <LabelledSelect
        id={choice.id}
        label={t(`region.${choice.name}`)}
        value={draft.format[choice.name]}
        options={choice.options}
        optionLabel={choice.optionLabel}
        onValue={(value) => setDraft({ ...draft, format: { ...draft.format, [choice.name]: value } })}
        error={choice.error}
        data-testid={choice.id}
      />
    )

  return (
    <SettingsSection
      id="region"
      testId={null}
      title={t('region.title')}
      intro={t('region.hint', { locale: stored?.defaultsFrom ?? '…' })}
      banner={banner}
    >
      {draft && (
        <div className="form-grid" data-testid="region-settings">
          {formatChoice({
            name: 'dateFormat',
            id: 'region-date-format',
            options: dateFormats,
            optionLabel: (f) => {
              const example = regionFormatter({ ...draft.format, dateFormat: f }, locale).date(SAMPLE_DAY)
              return f === 'medium' ? t('region.dateMedium', { example }) : example
            }
          })}
          {formatChoice({
            name: 'decimalSeparator',
            id: 'region-decimal',
            options: decimalSeparators,
            optionLabel: (d) => `${t(`region.decimals.${d === ',' ? 'comma' : 'dot'}`)} (${d})`
          })}
          {formatChoice({
            name: 'groupSeparator',
            id: 'region-group',
            options: groupSeparators,
            optionLabel: (g) => `${t(`region.groups.${groupNames[g]}`)} (1${g}234${g}567)`,
            error: parsed && !parsed.success ? tm(parsed.error.issues[0]?.message) : undefined
          })}
          {formatChoice({
            name: 'firstDayOfWeek',
            id: 'region-first-day',
            options: firstDaysOfWeek,
            optionLabel: (d) => t(`region.weekdays.${String(d) as '1' | '6' | '7'}`)
          })}
          {formatChoice({
            name: 'clock',
            id: 'region-clock',
            options: clocks,
            optionLabel: (c) =>
              t(`region.clocks.${c}`, {
                example: regionFormatter({ ...draft.format, clock: c }, locale, 'UTC').time(SAMPLE_TIME)
              })
          })}
          <LabelledSelect
            id="region-paper"
            label={t('region.paperSize')}
            value={draft.paperSize}
            options={paperSizes}
            optionLabel={(p) => t(`region.papers.${p}`)}
            onValue={(paperSize) => setDraft({ ...draft, paperSize })}
            data-testid="region-paper"
          />
          <LabelledSelect
            id="region-time-zone"
            label={t('region.timeZone')}
            value={draft.timeZone}
            options={zones(draft.timeZone)}
            optionLabel={(z) => z}
            onValue={(timeZone) => setDraft({ ...draft, timeZone })}
            hint={t('region.timeZoneHint')}
            data-testid="region-time-zone"
          />
        </div>
      )}
      {sample && (
        <p className="muted" data-testid="region-example">
          {t('region.example', { date: sample.date(SAMPLE_DAY), number: sample.number(1234567.89) })}
        </p>
      )}
      <SaveRow
        idPrefix="region"
        label={t('region.save')}
        busy={banner.busy}
        disabled={draft === null || parsed?.success === false}
        onSave={() => draft && void save(draft)}
      />
    </SettingsSection>
  )
}
