/**
 * Import of weekly activity and targets from the Excel template: download the template, choose
 * the filled-in file, and see every problem with its sheet and row number. Nothing is written
 * unless the whole file is right.
 */
import { useRef, useState } from 'react'
import type { ImportResult } from '../../../shared/schemas/figures'
import { api } from '../api/client'
import { Banner } from '../components/Banner'
import { useBannerAction } from '../components/use-banner-action'
import { useDownload } from '../components/use-download'
import { useLanguage, useT } from '../i18n'
import { problemText } from './import-messages'
import { base64Of } from '../components/file-base64'
import { ImportFileInput } from '../imports/ImportFileInput'
import { SimpleTable } from '../components/SimpleTable'
import { MainButton } from '../components/MainButton'

export function ImportPanel({ week, onImported }: { week: string; onImported: () => void }) {
  const { t, tm, language } = useT()
  const templateLanguage = useLanguage()
  const input = useRef<HTMLInputElement>(null)
  const { busy: importing, message, setMessage, act } = useBannerAction()
  const [downloading, setDownloading] = useState(false)
  const busy = importing || downloading
  const [result, setResult] = useState<ImportResult | null>(null)
  const download = useDownload(setMessage, (kind) => setDownloading(kind !== null))

  async function runImport() {
    const file = input.current?.files?.[0]
    if (!file) {
      setMessage({ kind: 'error', text: t('weekly.import.noFile') })
      input.current?.focus()
      return
    }
    await act(async () => {
      setResult(null)
      const outcome = await api.call('weekly.import', { fileName: file.name, base64: await base64Of(file) })
      setResult(outcome)
      if (!outcome.applied)
        return { kind: 'error', text: t('weekly.import.problems', { count: outcome.problems.length }) }
      onImported()
      return t('weekly.import.applied', { activity: outcome.activityRows, targets: outcome.targetRows })
    })
  }

  return (
    <section className="form-section" data-testid="import-panel">
      <p className="muted">{t('weekly.import.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void download('template', () =>
              api.call('weekly.importTemplate', { week, language: templateLanguage })
            )
          }
          data-testid="import-template"
        >
          {t('weekly.import.template')}
        </button>
      </div>
      <div className="import-row">
        <ImportFileInput label={t('weekly.import.choose')} ref={input} formats={['xlsx']} />
        <MainButton busy={busy} onPress={runImport} testId="import-run">
          {importing ? t('weekly.import.running') : t('weekly.import.run')}
        </MainButton>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      {result && result.problems.length > 0 && (
        <SimpleTable
          className="figures-table problems-table"
          label={t('weekly.import.problemsLabel')}
          testId="import-problems"
          columns={[
            { id: 'sheet', label: t('weekly.import.sheet'), render: (p) => p.sheet },
            { id: 'row', label: t('weekly.import.row'), className: 'num', render: (p) => p.row },
            {
              id: 'problem',
              label: t('weekly.import.problem'),
              render: (p) => problemText(p, t, language, tm)
            }
          ]}
          rows={result.problems}
          rowTestId="import-problem"
          rowData={(p) => ({ 'data-row': p.row })}
        />
      )}
    </section>
  )
}
