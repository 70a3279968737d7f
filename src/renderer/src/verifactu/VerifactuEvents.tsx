/**
 * Settings → VERI*FACTU → Event log: the events the regulation asks the system to keep, newest
 * first, filtered by period and AEAT event type, and the period exported as signed XML in the
 * AEAT's form (EventosSIF.xsd). Nothing here changes an event: the store refuses it.
 */
import { useState } from 'react'
import type { VerifactuEventFilter, VerifactuEventRow } from '../../../shared/schemas/verifactu'
import { api } from '../api/client'
import { useApiQuery, useInvalidate } from '../api/query'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { useDownload } from '../components/use-download'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import { isMessage } from '../../../shared/errors'
import { verifactuKeys } from './common'
import './verifactu.css'
import { DateFilter, FilterSelect } from '../components/ListPage'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { TitledSection } from '../components/TitledSection'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'

const eventTypes = ['03', '04', '05', '06', '07', '08', '09', '90'] as const

const word = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

type Translate = ReturnType<typeof useT>['t']
type I18n = ReturnType<typeof useT>['i18n']

/**
 * Where an integrity check found an anomaly, in the reader's words (the check's result, or an
 * anomaly event's detail); null when the facts are not there (an event written before they were).
 */
export function anomalyWhere(
  t: Translate,
  i18n: I18n,
  of: 'record' | 'event',
  facts: { problem?: unknown; position?: unknown; name?: unknown; eventType?: unknown }
): string | null {
  const problem = word(facts.problem)
  const key =
    of === 'record' ? `verifactuEvents.anomaly.record.${problem}` : `verifactuEvents.anomaly.event.${problem}`
  if (!i18n.exists(key)) return null
  const type = `verifactuEvents.types.${word(facts.eventType)}`
  return t(key, {
    position: word(facts.position),
    name: word(facts.name),
    type: i18n.exists(type) ? t(type) : word(facts.eventType)
  })
}

/**
 * An event's parameters in the reader's words: the host's name, where an anomaly is and why a
 * send failed come by key (events written before that carry their English text, shown as it is).
 */
function useEventParams(): (event: VerifactuEventRow) => Record<string, unknown> {
  const { t, i18n } = useT()
  return ({ kind, detail }) => {
    if (kind === 'verifactu_on' || kind === 'environment_changed') {
      const key = `verifactuEvents.environment.${word(detail.environment)}`
      return i18n.exists(key) ? { ...detail, environment: t(key) } : detail
    }
    if (kind === 'records_anomaly' || kind === 'events_anomaly') {
      const where = anomalyWhere(t, i18n, kind === 'records_anomaly' ? 'record' : 'event', detail)
      return where === null ? detail : { ...detail, where }
    }
    if (kind === 'send_failed') {
      if (isMessage(detail.failure)) return { ...detail, reason: translateKeyed(detail.failure) }
      // Events written before the reason had a key: their problem, or their English reason.
      const key = `verifactuEvents.failure.${word(detail.problem)}`
      return i18n.exists(key) ? { ...detail, reason: t(key, detail) } : detail
    }
    return detail
  }
}

function EventText({ event }: { event: VerifactuEventRow }) {
  const { t } = useT()
  const params = useEventParams()
  // Events written before the log took its official form have no kind: their own line says it.
  if (event.kind === null) return <>{event.summary}</>
  return <>{t(`verifactuEvents.kind.${event.kind}`, params(event))}</>
}

export function VerifactuEvents() {
  const { t } = useT()
  const format = useFormat()
  const [filter, setFilter] = useState<VerifactuEventFilter>({})
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const [busy, setBusy] = useState<'xml' | null>(null)
  const download = useDownload<'xml'>(setMessage, setBusy)
  const invalidate = useInvalidate()
  const list = useApiQuery([...verifactuKeys.all, 'events', filter], () =>
    api.call('verifactu.events', filter)
  )
  const set = (field: keyof VerifactuEventFilter, value: string) =>
    setFilter((current) => ({ ...current, [field]: value === '' ? undefined : value }))
  const exportPeriod = () => {
    const { from, to } = filter
    if (!from || !to) {
      setMessage({ kind: 'error', text: t('verifactuEvents.needPeriod') })
      return
    }
    // The export is itself logged (09): the list shows it once the file is made.
    void download('xml', () => api.call('verifactu.exportEvents', { from, to })).then(() =>
      invalidate(verifactuKeys.all)
    )
  }
  const eventColumns: TableColumn<VerifactuEventRow>[] = [
    { id: 'when', label: t('verifactuEvents.when'), render: (event) => format.dateTime(event.generatedAt) },
    { id: 'type', label: t('verifactuEvents.type'), render: (event) => event.type },
    { id: 'what', label: t('verifactuEvents.what'), render: (event) => <EventText event={event} /> },
    {
      id: 'hash',
      label: t('verifactuEvents.hash'),
      render: (event) => <code title={event.hash}>{event.hash.slice(0, 12)}…</code>
    }
  ]
  const data = list.data
  return (
    <TitledSection
      id="verifactu-events-title"
      title={t('verifactuEvents.title')}
      level={3}
      testId="verifactu-events"
    >
      <p className="muted">{t('verifactuEvents.intro')}</p>
      <div className="verifactu-event-filters">
        <DateFilter
          id="verifactu-events-from"
          label={t('verifactuEvents.from')}
          value={filter.from ?? ''}
          onChange={(v) => set('from', v)}
        />
        <DateFilter
          id="verifactu-events-to"
          label={t('verifactuEvents.to')}
          value={filter.to ?? ''}
          onChange={(v) => set('to', v)}
        />
        <FilterSelect
          id="verifactu-events-type"
          label={t('verifactuEvents.type')}
          value={filter.type ?? ''}
          onChange={(v) => set('type', v)}
          testId="verifactu-events-type"
        >
          <option value="">{t('verifactuEvents.allTypes')}</option>
          <ChoiceOptions choices={eventTypes} label={(type) => t(`verifactuEvents.types.${type}`)} />
        </FilterSelect>
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={busy !== null}
          onClick={exportPeriod}
          data-testid="verifactu-events-export"
        >
          {t('verifactuEvents.export')}
        </button>
      </div>
      <p className="muted">{t('verifactuEvents.exportHint')}</p>
      <Banner message={message} onClose={() => setMessage(null)} />
      {data && (
        <>
          <p className="muted" data-testid="verifactu-events-count">
            {data.total === 0
              ? t('verifactuEvents.empty')
              : t('verifactuEvents.shown', { shown: data.events.length, total: data.total })}
          </p>
          {data.events.length > 0 && (
            <div className="table-scroll">
              <SimpleTable
                className="nav-table"
                testId="verifactu-events-table"
                columns={eventColumns}
                rows={data.events}
                rowTestId="verifactu-event"
                rowData={(event) => ({ 'data-type': event.type, 'data-kind': event.kind ?? '' })}
              />
            </div>
          )}
        </>
      )}
    </TitledSection>
  )
}
