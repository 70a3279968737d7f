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
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
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
  const [ownMessage, setMessage] = useState<BannerMessage | null>(null)
  const message = ownMessage ?? (read.error ? { kind: 'error' as const, text: messageOf(read.error) } : null)
  const [busy, setBusy] = useState(false)

  async function save(current: RegionInput) {
    setBusy(true)
    setMessage(null)
    try {
      const region = await api.call('region.update', { region: current })
      setStored(region)
      regionSaved(region)
      setMessage({ kind: 'success', text: t('common.saved') })
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) })
    } finally {
      setBusy(false)
    }
  }

  const parsed = draft ? regionFormat.safeParse(draft.format) : null
  const sample = draft && parsed?.success ? regionFormatter(parsed.data, locale, 'UTC') : null
  const setFormat = (change: Partial<RegionInput['format']>) =>
    draft && setDraft({ ...draft, format: { ...draft.format, ...change } })

  return (
    <section className="form-section" aria-labelledby="settings-region">
      <h2 id="settings-region">{t('region.title')}</h2>
      <p className="muted">{t('region.hint', { locale: stored?.defaultsFrom ?? '…' })}</p>
      {draft && (
        <div className="form-grid" data-testid="region-settings">
          <div className="field">
            <label htmlFor="region-date-format">{t('region.dateFormat')}</label>
            <select
              id="region-date-format"
              value={draft.format.dateFormat}
              onChange={(e) => setFormat({ dateFormat: e.target.value as (typeof dateFormats)[number] })}
              data-testid="region-date-format"
            >
              {dateFormats.map((f) => (
                <option key={f} value={f}>
                  {f === 'medium'
                    ? t('region.dateMedium', {
                        example: regionFormatter({ ...draft.format, dateFormat: f }, locale).date(SAMPLE_DAY)
                      })
                    : regionFormatter({ ...draft.format, dateFormat: f }, locale).date(SAMPLE_DAY)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-decimal">{t('region.decimalSeparator')}</label>
            <select
              id="region-decimal"
              value={draft.format.decimalSeparator}
              onChange={(e) =>
                setFormat({ decimalSeparator: e.target.value as (typeof decimalSeparators)[number] })
              }
              data-testid="region-decimal"
            >
              {decimalSeparators.map((d) => (
                <option key={d} value={d}>
                  {t(`region.decimals.${d === ',' ? 'comma' : 'dot'}`)} ({d})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-group">{t('region.groupSeparator')}</label>
            <select
              id="region-group"
              value={draft.format.groupSeparator}
              onChange={(e) => setFormat({ groupSeparator: e.target.value as GroupSeparator })}
              aria-invalid={parsed?.success === false}
              data-testid="region-group"
            >
              {groupSeparators.map((g) => (
                <option key={groupNames[g]} value={g}>
                  {t(`region.groups.${groupNames[g]}`)} (1{g}234{g}567)
                </option>
              ))}
            </select>
            {parsed && !parsed.success && (
              <span className="field-error" role="alert">
                {tm(parsed.error.issues[0]?.message)}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor="region-first-day">{t('region.firstDayOfWeek')}</label>
            <select
              id="region-first-day"
              value={draft.format.firstDayOfWeek}
              onChange={(e) =>
                setFormat({ firstDayOfWeek: Number(e.target.value) as (typeof firstDaysOfWeek)[number] })
              }
              data-testid="region-first-day"
            >
              {firstDaysOfWeek.map((d) => (
                <option key={d} value={d}>
                  {t(`region.weekdays.${String(d) as '1' | '6' | '7'}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-clock">{t('region.clock')}</label>
            <select
              id="region-clock"
              value={draft.format.clock}
              onChange={(e) => setFormat({ clock: e.target.value as (typeof clocks)[number] })}
              data-testid="region-clock"
            >
              {clocks.map((c) => (
                <option key={c} value={c}>
                  {t(`region.clocks.${c}`, {
                    example: regionFormatter({ ...draft.format, clock: c }, locale, 'UTC').time(SAMPLE_TIME)
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-paper">{t('region.paperSize')}</label>
            <select
              id="region-paper"
              value={draft.paperSize}
              onChange={(e) =>
                setDraft({ ...draft, paperSize: e.target.value as (typeof paperSizes)[number] })
              }
              data-testid="region-paper"
            >
              {paperSizes.map((p) => (
                <option key={p} value={p}>
                  {t(`region.papers.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="region-time-zone">{t('region.timeZone')}</label>
            <select
              id="region-time-zone"
              value={draft.timeZone}
              onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
              aria-describedby="region-time-zone-hint"
              data-testid="region-time-zone"
            >
              {zones(draft.timeZone).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
            <span id="region-time-zone-hint" className="muted">
              {t('region.timeZoneHint')}
            </span>
          </div>
        </div>
      )}
      {sample && (
        <p className="muted" data-testid="region-example">
          {t('region.example', { date: sample.date(SAMPLE_DAY), number: sample.number(1234567.89) })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || draft === null || parsed?.success === false}
          onClick={() => draft && void save(draft)}
          data-testid="region-save"
        >
          {t('region.save')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
