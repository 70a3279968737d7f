/**
 * Weekly figures and the management report: a week picker (ISO week, previous / next), the
 * report in Excel and PDF, "archive as sent", and the views: dashboard, weekly activity grid,
 * targets with history, sent reports and the import of the Excel template. The week and the
 * view live in the address (#/weekly?week=2026-W47&view=activity), so Back and reload keep them.
 */
import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { isIsoWeek, isoWeekOf } from '../../../shared/iso-week'
import { api, saveFile } from '../api/client'
import { Banner, type BannerMessage } from '../components/Banner'
import { useConfirm } from '../components/ConfirmDialog'
import { companyToday, useFormat } from '../components/format'
import { useBackgroundJob } from '../components/use-background-job'
import { useDownload } from '../components/use-download'
import { usePageAction } from '../components/use-page-action'
import { usePageTitle } from '../components/use-page-title'
import { WeekStepper } from '../components/PeriodInput'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { MainButton } from '../components/MainButton'
import { useLanguage, useT } from '../i18n'
import { languages, type Language } from '../../../shared/languages'
import { ActivityGrid } from './ActivityGrid'
import { Dashboard } from './Dashboard'
import { ImportPanel } from './ImportPanel'
import { SentReports } from './SentReports'
import { TargetsEditor } from './TargetsEditor'

export const weeklyViews = ['dashboard', 'activity', 'targets', 'sent', 'import'] as const
export type WeeklyView = (typeof weeklyViews)[number]

const todayWeek = () => isoWeekOf(companyToday())

export function WeeklyPage() {
  const { t } = useT()
  const format = useFormat()
  const [params, setParams] = useSearchParams()
  const requested = (params.get('week') ?? '').toUpperCase()
  const week = isIsoWeek(requested) ? requested : todayWeek()
  const view: WeeklyView = (weeklyViews as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as WeeklyView)
    : 'dashboard'
  const [busy, setBusy] = useState<null | 'xlsx' | 'pdf' | 'send' | 'lines'>(null)
  const linesJob = useBackgroundJob()
  const lines = linesJob.progress
  // The report is for management: in the user's language unless another is chosen for this export.
  const uiLanguage = useLanguage()
  const [chosenLanguage, setReportLanguage] = useState<Language | null>(null)
  const reportLanguage = chosenLanguage ?? uiLanguage
  const year = Number(week.slice(0, 4))
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const perform = usePageAction(setMessage, setBusy)
  const download = useDownload(setMessage, setBusy)
  // Bumped after "archive as sent" or an import so the views reload.
  const [revision, setRevision] = useState(0)
  const { confirm, dialog } = useConfirm()

  usePageTitle(`${t('weekly.title')} ${week}`)

  const go = (next: { week?: string; view?: WeeklyView }) => {
    const search = new URLSearchParams(params)
    if (next.week) search.set('week', next.week)
    if (next.view) search.set('view', next.view)
    setParams(search, { replace: !next.view })
  }

  /** A year's invoice lines (hundreds of thousands of rows) as a background job with progress. */
  const exportInvoiceLines = () =>
    perform('lines', () =>
      linesJob.runToBanner('weekly.invoiceLinesXlsx', { year, language: uiLanguage }, (file) => {
        saveFile(file)
        return t('common.exported', { fileName: file.fileName })
      })
    )

  async function markSent() {
    const ok = await confirm({
      title: t('weekly.sendConfirmTitle', { week }),
      body: t('weekly.sendConfirmBody'),
      confirmLabel: t('weekly.sendConfirm')
    })
    if (!ok) return
    await perform('send', async () => {
      const report = await api.call('weekly.markSent', { week, language: reportLanguage })
      setRevision((r) => r + 1)
      return t('weekly.sent', { week, date: format.dateTime(report.sentAt) })
    })
  }

  /** The week's report in Excel or PDF, in the language chosen beside it. */
  const reportButton = (file: 'xlsx' | 'pdf', label: string) => (
    <button
      type="button"
      disabled={busy !== null}
      onClick={() =>
        void download(file, () => api.call('weekly.report', { week, format: file, language: reportLanguage }))
      }
      data-testid={`weekly-export-${file}`}
    >
      {busy === file ? t('weekly.preparing') : label}
    </button>
  )

  return (
    <div className="page weekly-page" data-testid="weekly-page">
      <header className="page-header">
        <h1>{t('weekly.title')}</h1>
        <WeekStepper id="weekly-week" value={week} onChange={(next) => go({ week: next })} testId="week" />
        <div className="page-actions">
          <label className="inline-choice">
            {t('weekly.reportLanguage')}
            <select
              value={reportLanguage}
              onChange={(e) => setReportLanguage(e.target.value as Language)}
              data-testid="weekly-report-language"
            >
              <ChoiceOptions choices={languages} label={(l) => t(`settings.languages.${l}`)} />
            </select>
          </label>
          {reportButton('xlsx', t('weekly.exportXlsx'))}
          {reportButton('pdf', t('weekly.exportPdf'))}
          {lines ? (
            <span className="job-progress" role="status" data-testid="invoice-lines-progress">
              {t('weekly.invoiceLinesProgress', {
                done: format.number(lines.done),
                total: format.number(lines.total)
              })}
              <button
                type="button"
                className="link-button"
                onClick={linesJob.cancel}
                data-testid="invoice-lines-cancel"
              >
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void exportInvoiceLines()}
              title={t('weekly.invoiceLinesHint', { year })}
              data-testid="invoice-lines-xlsx"
            >
              {t('weekly.invoiceLines', { year })}
            </button>
          )}
          <MainButton busy={busy !== null} onPress={markSent} testId="weekly-send">
            {busy === 'send' ? t('weekly.sending') : t('weekly.send')}
          </MainButton>
        </div>
      </header>
      <Banner message={message} onClose={() => setMessage(null)} />
      <div className="tabs" role="tablist" aria-label={t('weekly.tabsLabel')}>
        {weeklyViews.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`weekly-tab-${v}`}
            aria-selected={view === v}
            aria-controls="weekly-panel"
            className={view === v ? 'tab active' : 'tab'}
            tabIndex={view === v ? 0 : -1}
            onClick={() => go({ view: v })}
            onKeyDown={(e) => {
              // Left / Right move between the tabs, as in any tab strip.
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
              if (!step) return
              e.preventDefault()
              const next =
                weeklyViews[(weeklyViews.indexOf(v) + step + weeklyViews.length) % weeklyViews.length]
              go({ view: next })
              document.getElementById(`weekly-tab-${next}`)?.focus()
            }}
            data-testid={`weekly-tab-${v}`}
          >
            {t(`weekly.tabs.${v}`)}
          </button>
        ))}
      </div>
      <div id="weekly-panel" role="tabpanel" aria-labelledby={`weekly-tab-${view}`} className="tab-panel">
        {view === 'dashboard' && <Dashboard key={`${week}-${revision}`} week={week} />}
        {view === 'activity' && <ActivityGrid key={`${week}-${revision}`} week={week} />}
        {view === 'targets' && <TargetsEditor key={revision} week={week} />}
        {view === 'sent' && (
          <SentReports key={revision} onOpenWeek={(w) => go({ week: w, view: 'dashboard' })} />
        )}
        {view === 'import' && <ImportPanel week={week} onImported={() => setRevision((r) => r + 1)} />}
      </div>
      {dialog}
    </div>
  )
}
