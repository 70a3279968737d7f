/**
 * The week at a glance: whether the figures changed since the week's report was sent, revenue
 * against target per executive, the 12-week trend, the pipeline (open estimates by value), the
 * top performers, and the table per executive with the team total.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import {
  comparedAmounts,
  type ComparedFigure,
  type FiguresRow,
  type SentComparison,
  type WeeklyDashboard
} from '../../../shared/schemas/figures'
import { api } from '../api/client'
import { keys } from '../api/query'
import { Banner } from '../components/Banner'
import { TitledSection } from '../components/TitledSection'
import { useT } from '../i18n'
import { FiguresDefinitions, FiguresTable, rowName } from './FiguresTable'
import { useFigureFormat, useLoaded } from './use-weekly'

const ACCENT = '#2563a6'
const TARGET = '#c07a12'
const MUTED = '#9aa3b0'

function SentNotice({ sent, currency }: { sent: SentComparison; currency: string }) {
  const { t } = useT()
  const f = useFigureFormat(currency)
  const value = (figure: ComparedFigure, v: number | null) =>
    v === null ? '—' : comparedAmounts.has(figure) ? f.money(v) : f.decimal(v)
  const who = { date: f.dateTime(sent.report.sentAt), who: sent.report.sentBy }
  if (!sent.changed) {
    return (
      <p className="notice notice-ok" data-testid="weekly-sent-unchanged">
        {t('weekly.sentUnchanged', who)}
      </p>
    )
  }
  return (
    <div className="notice" role="status" data-testid="weekly-sent-changed">
      <strong>{t('weekly.sentChanged', who)}</strong>
      <ul className="change-list">
        {sent.changes.slice(0, 12).map((c, i) => (
          <li key={i}>
            {t('weekly.changeLine', {
              name: rowName(c, t),
              figure: t(`weekly.changeFigure.${c.figure}`),
              sent: value(c.figure, c.sent),
              now: value(c.figure, c.now)
            })}
          </li>
        ))}
      </ul>
      {sent.causes.length > 0 && (
        <>
          <span>{t('weekly.causesTitle')}:</span>
          <ul className="change-list">
            {sent.causes.map((c, i) => (
              <li key={i}>
                {t('weekly.causeLine', {
                  label: `${t(`documents.type.${c.type}`)} ${c.number}`,
                  date: f.date(c.date),
                  name: c.name ?? t('weekly.unassigned'),
                  effect: f.money(c.effectCents)
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** A chart, or with nothing to draw a sentence saying so (an empty chart showed an axis of "0, 0, 0"). */
function ChartPanel({
  title,
  testId,
  empty,
  children
}: {
  title: string
  testId: string
  empty: string | null
  children: React.ReactElement
}) {
  return (
    <section className="panel chart-panel" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      <div className="chart-box">
        {empty === null ? (
          <ResponsiveContainer width="100%" height={230}>
            {children}
          </ResponsiveContainer>
        ) : (
          <p className="muted chart-empty" data-testid="chart-empty">
            {empty}
          </p>
        )}
      </div>
    </section>
  )
}

function Charts({ data }: { data: WeeklyDashboard }) {
  const { t } = useT()
  const f = useFigureFormat(data.figures.currency)
  const people = data.figures.rows.filter((r) => r.kind === 'executive')
  const nameOf = (r: FiguresRow) => rowName(r, t)
  const actual = people.map((r) => ({
    name: nameOf(r),
    revenue: r.revenueCents,
    target: r.targets.revenueCents
  }))
  const trend = data.trend.map((p) => ({
    week: p.week.slice(5),
    revenue: p.revenueCents,
    target: p.targetCents
  }))
  const pipeline = [...data.figures.rows]
    .filter((r) => r.pipelineCents > 0)
    .sort((a, b) => b.pipelineCents - a.pipelineCents)
    .map((r) => ({ name: nameOf(r), value: r.pipelineCents }))
  const money = (v: unknown) => (typeof v === 'number' ? f.money(v) : '—')
  const axis = (v: number) => f.units(v)
  const nothing = (values: Array<number | null>) => values.every((v) => v === null || v === 0)
  return (
    <div className="chart-grid">
      <ChartPanel
        title={t('weekly.charts.actualVsTarget')}
        testId="chart-actual-vs-target"
        empty={nothing(actual.flatMap((a) => [a.revenue, a.target])) ? t('weekly.charts.noRevenue') : null}
      >
        <BarChart data={actual} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            tick={{ fontSize: 11 }}
            interval={0}
            angle={-20}
            textAnchor="end"
            height={48}
          />
          <YAxis tickFormatter={axis} tick={{ fontSize: 11 }} width={64} />
          <Tooltip formatter={money} />
          <Legend />
          <Bar dataKey="revenue" name={t('weekly.charts.revenue')} fill={ACCENT} isAnimationActive={false} />
          <Bar dataKey="target" name={t('weekly.charts.target')} fill={TARGET} isAnimationActive={false} />
        </BarChart>
      </ChartPanel>
      <ChartPanel
        title={t('weekly.charts.trend')}
        testId="chart-trend"
        empty={nothing(trend.flatMap((p) => [p.revenue, p.target])) ? t('weekly.charts.noTrend') : null}
      >
        <LineChart data={trend} margin={{ top: 8, right: 12, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={axis} tick={{ fontSize: 11 }} width={64} />
          <Tooltip formatter={money} />
          <Legend />
          <Line
            type="monotone"
            dataKey="revenue"
            name={t('weekly.charts.revenue')}
            stroke={ACCENT}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="target"
            name={t('weekly.charts.target')}
            stroke={TARGET}
            strokeDasharray="5 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ChartPanel>
      <ChartPanel
        title={t('weekly.charts.pipeline')}
        testId="chart-pipeline"
        empty={pipeline.length === 0 ? t('weekly.charts.noPipeline') : null}
      >
        <BarChart data={pipeline} layout="vertical" margin={{ top: 8, right: 12, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={axis} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" tick={{ fontSize: 11 }} width={120} />
          <Tooltip formatter={money} />
          <Bar
            dataKey="value"
            name={t('weekly.charts.pipelineValue')}
            fill={MUTED}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartPanel>
    </div>
  )
}

function TopPerformers({ data }: { data: WeeklyDashboard }) {
  const { t } = useT()
  const f = useFigureFormat(data.figures.currency)
  // A week's ratio rests on a few quotes per executive: "0 % (0 of 1)" says how few.
  const withBase = (ratio: number, accepted: number, of: number) =>
    t('weekly.cohortCell', { percent: f.percent(ratio), accepted: f.number(accepted), sent: f.number(of) })
  return (
    <TitledSection
      id="top-performers-title"
      title={t('weekly.topPerformers')}
      className="panel top-performers"
      testId="top-performers"
    >
      {data.topPerformers.length === 0 ? (
        <p className="muted">{t('weekly.noTopPerformers')}</p>
      ) : (
        <ol className="performer-list">
          {data.topPerformers.map((p) => (
            <li key={p.executiveId} data-testid="top-performer">
              <span className="performer-name">{p.name}</span>
              <span className="num">{f.money(p.revenueCents)}</span>
              <span className="muted">
                {[
                  p.percentOfTarget === null
                    ? ''
                    : t('weekly.ofTarget', { percent: f.percent(p.percentOfTarget) }),
                  p.conversionRate === null
                    ? ''
                    : t('weekly.conversion', {
                        percent: withBase(p.conversionRate, p.estimatesAccepted, p.estimatesDecided)
                      }),
                  p.cohortConversion === null
                    ? ''
                    : t('weekly.cohort', {
                        percent: withBase(p.cohortConversion, p.cohortAccepted, p.cohortSent)
                      })
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </TitledSection>
  )
}

export function Dashboard({ week }: { week: string }) {
  const { t } = useT()
  const { data, error } = useLoaded(keys.weekly('dashboard', week), () =>
    api.call('weekly.dashboard', { week })
  )
  if (error) return <Banner message={{ kind: 'error', text: error }} />
  if (!data || data.figures.week !== week) return <p className="muted">{t('common.loading')}</p>
  return (
    <div className="weekly-dashboard" data-testid="weekly-dashboard" data-week={week}>
      {data.sent && <SentNotice sent={data.sent} currency={data.figures.currency} />}
      <div className="dashboard-top">
        <Charts data={data} />
        <TopPerformers data={data} />
      </div>
      <FiguresTable figures={data.figures} />
      <FiguresDefinitions figures={data.figures} />
    </div>
  )
}
