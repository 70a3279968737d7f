/**
 * The Import page (issue 13 item 11): customers or products from another program's CSV or Excel
 * file. Choose the file, see its columns and first rows, say which field each column fills (the
 * mapping confirmed last time for the same columns is offered, else a guess from the header names),
 * Check every row, then Import. Check and Import run as background jobs with progress; nothing is
 * written until the user confirms, and a file with any problem writes nothing.
 */
import { useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import {
  existingChoices,
  importFields,
  importKinds,
  type ExistingChoice,
  type ImportApplyResult,
  type ImportField,
  type ImportKind,
  type ImportPreview
} from '../../../shared/schemas/imports'
import { api } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { Banner } from '../components/Banner'
import { useBackgroundJob } from '../components/use-background-job'
import { useBannerAction } from '../components/use-banner-action'
import { base64Of } from '../components/file-base64'
import { LabelledSelect } from '../components/fields'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { SimpleTable } from '../components/SimpleTable'
import { TitledPage } from '../components/TitledPage'
import { TitledSection } from '../components/TitledSection'
import { MainButton } from '../components/MainButton'
import { useT } from '../i18n'
import { ImportProblems } from './ImportProblems'
import { ImportFileInput } from './ImportFileInput'
import { choose, mappingOf, missingFields, offeredChoices, type ColumnChoices } from './mapping'
import './imports.css'

interface ChosenFile {
  fileName: string
  base64: string
}

/** Where each kind's records are listed after an import, and the lists to reload. */
const listPaths: Record<ImportKind, string> = {
  customers: '/customers',
  products: '/products',
  openingBalances: '/payments/aged'
}
const invalidated: Record<ImportKind, () => Array<readonly unknown[]>> = {
  customers: () => [keys.customers()],
  products: () => [keys.products()],
  openingBalances: () => [keys.customers()]
}

const isKind = (value: string | null): value is ImportKind =>
  (importKinds as readonly string[]).includes(value ?? '')

/** How many first values of each column the mapping table shows beside it. */
const EXAMPLES = 3

export function ImportPage() {
  const { t } = useT()
  const [params, setParams] = useSearchParams()
  const requested = params.get('kind')
  const kind: ImportKind = isKind(requested) ? requested : 'customers'
  const invalidate = useInvalidate()
  const fileInput = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [choices, setChoices] = useState<ColumnChoices>([])
  const [checked, setChecked] = useState<ImportApplyResult | null>(null)
  const [imported, setImported] = useState<ImportApplyResult | null>(null)
  // One step runs at a time (its refusal in the banner); `step` says which, for its words.
  const { busy, message, setMessage, act } = useBannerAction()
  const [step, setStep] = useState<'read' | 'check' | 'import'>('read')
  const running = busy ? step : null
  const job = useBackgroundJob()
  const { progress } = job
  const [onExisting, setOnExisting] = useState<ExistingChoice>('refuse')

  async function readFile(nextKind: ImportKind, chosen: ChosenFile, keepChoices: ColumnChoices | null) {
    setStep('read')
    setChecked(null)
    setImported(null)
    await act(
      async () => {
        const next = await api.call('imports.preview', { kind: nextKind, ...chosen })
        setFile(chosen)
        setPreview(next)
        // The same columns as the file just corrected: the user's choices stay as they were.
        const same =
          keepChoices !== null &&
          preview !== null &&
          preview.columns.length === next.columns.length &&
          preview.columns.every((c, i) => c === next.columns[i])
        setChoices(same ? keepChoices : offeredChoices(next))
        return null
      },
      () => {
        setFile(null)
        setPreview(null)
      }
    )
  }

  async function onFile(chosen: File | undefined) {
    if (!chosen) return
    await readFile(kind, { fileName: chosen.name, base64: await base64Of(chosen) }, choices)
  }

  function onKind(next: ImportKind) {
    setParams({ kind: next }, { replace: true })
    if (file) void readFile(next, file, null)
  }

  function onChoose(column: number, field: ImportField | '') {
    setChoices((current) => choose(current, column, field))
    setChecked(null)
  }

  async function run(next: 'check' | 'import') {
    if (!file) return
    setStep(next)
    await act(async () => {
      const input = {
        kind,
        ...file,
        mapping: mappingOf(kind, choices),
        check: next === 'check',
        onExisting: kind === 'openingBalances' ? 'refuse' : onExisting
      }
      const result = await job.run('imports.apply', input)
      if (next === 'check' || !result.applied) {
        setChecked(result)
        return null
      }
      setImported(result)
      setChecked(null)
      invalidate(...invalidated[kind](), keys.activity())
      return null
    })
  }

  function startAgain() {
    setFile(null)
    setPreview(null)
    setChoices([])
    setChecked(null)
    setImported(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  const missing = missingFields(kind, choices)
  const good = checked !== null && checked.problems.length === 0 && checked.moreProblems === 0
  const listPath = listPaths[kind]

  return (
    <TitledPage
      title={t('imports.title')}
      className="imports-page"
      testId="import-page"
      intro={t('imports.intro')}
    >
      <TitledSection id="import-file-title" title={t('imports.fileTitle')} className="form-section">
        <div className="import-row">
          <LabelledSelect
            id="import-kind"
            label={t('imports.kindLabel')}
            value={kind}
            options={importKinds}
            optionLabel={(value) => t(`imports.kinds.${value}`)}
            disabled={busy}
            onValue={onKind}
            data-testid="import-kind"
          />
          <ImportFileInput
            label={t('imports.file')}
            ref={fileInput}
            formats={['csv', 'xlsx']}
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        {running === 'read' && <p role="status">{t('imports.reading')}</p>}
        {preview?.encoding === 'windows-1252' && (
          <p className="muted" data-testid="import-encoding">
            {t('imports.windows1252')}
          </p>
        )}
      </TitledSection>

      <Banner message={message} onClose={() => setMessage(null)} />

      {imported && (
        <TitledSection
          id="import-done-title"
          title={t('imports.doneTitle')}
          className="form-section import-done"
          testId="import-done"
        >
          <dl className="import-summary">
            <dt>{t('imports.rowsRead')}</dt>
            <dd data-testid="import-rows">{imported.rows}</dd>
            <dt>{t(`imports.created.${kind}`)}</dt>
            <dd data-testid="import-created">{imported.created}</dd>
            {imported.updated > 0 && (
              <>
                <dt>{t('imports.updated')}</dt>
                <dd data-testid="import-updated">{imported.updated}</dd>
              </>
            )}
            {imported.skipped > 0 && (
              <>
                <dt>{t('imports.skipped')}</dt>
                <dd data-testid="import-skipped">{imported.skipped}</dd>
              </>
            )}
          </dl>
          <div className="button-row">
            <Link className="button" to={listPath} data-testid="import-open-list">
              {t(`imports.openList.${kind}`)}
            </Link>
            <button type="button" onClick={startAgain} data-testid="import-again">
              {t('imports.another')}
            </button>
          </div>
        </TitledSection>
      )}

      {preview && file && !imported && (
        <>
          <TitledSection
            id="import-rows-title"
            title={t('imports.firstRows', { fileName: file.fileName })}
            className="form-section"
          >
            <div
              className="table-scroll import-preview"
              tabIndex={0}
              role="region"
              aria-labelledby="import-rows-title"
            >
              <SimpleTable
                className="figures-table"
                testId="import-preview"
                columns={preview.columns.map((column, c) => ({
                  id: String(c),
                  label: column,
                  render: (row: string[]) => row[c] ?? ''
                }))}
                rows={preview.rows}
                rowTestId="import-preview-row"
              />
            </div>
          </TitledSection>

          <TitledSection id="import-mapping-title" title={t('imports.mappingTitle')} className="form-section">
            <p className="muted" data-testid="import-offered">
              {preview.saved ? t('imports.offeredSaved') : t('imports.offeredGuessed')}
            </p>
            <SimpleTable
              className="figures-table import-mapping"
              testId="import-mapping"
              columns={[
                { id: 'column', label: t('imports.column'), rowHeader: true, render: ({ column }) => column },
                {
                  id: 'examples',
                  label: t('imports.examples'),
                  cell: () => ({ className: 'import-examples' }),
                  render: ({ index }) =>
                    preview.rows
                      .slice(0, EXAMPLES)
                      .map((row) => row[index] ?? '')
                      .filter((value) => value !== '')
                      .join(' · ')
                },
                {
                  id: 'field',
                  label: t('imports.field'),
                  render: ({ column, index }) => (
                    <select
                      aria-label={t('imports.fieldFor', { column })}
                      value={choices[index] ?? ''}
                      disabled={busy}
                      onChange={(e) => onChoose(index, e.target.value as ImportField | '')}
                      data-testid={`import-field-${String(index)}`}
                    >
                      <option value="">{t('imports.doNotImport')}</option>
                      <ChoiceOptions
                        choices={importFields[kind]}
                        label={(field) => t(`imports.fields.${field}`)}
                      />
                    </select>
                  )
                }
              ]}
              rows={preview.columns.map((column, index) => ({ column, index }))}
              rowTestId="import-mapping-row"
            />
            {missing.length > 0 && (
              <p className="import-missing" data-testid="import-missing">
                {t('imports.missing', { fields: missing.map((f) => t(`imports.fields.${f}`)).join(', ') })}
              </p>
            )}
          </TitledSection>

          <TitledSection id="import-check-title" title={t('imports.checkTitle')} className="form-section">
            <p className="muted">{t('imports.checkIntro')}</p>
            {kind === 'openingBalances' ? (
              <p className="muted">{t('imports.existingOpening')}</p>
            ) : (
              <LabelledSelect
                id="import-existing"
                label={t('imports.existingLabel')}
                value={onExisting}
                options={existingChoices}
                optionLabel={(choice) => t(`imports.existing.${choice}`)}
                disabled={busy}
                onValue={(choice) => {
                  setOnExisting(choice)
                  setChecked(null)
                }}
                data-testid="import-existing"
              />
            )}
            <div className="button-row">
              <button
                type="button"
                className={good ? undefined : 'primary'}
                disabled={busy || missing.length > 0}
                onClick={() => void run('check')}
                data-testid="import-check"
              >
                {running === 'check' ? t('imports.checking') : t('imports.check')}
              </button>
              <MainButton busy={busy} disabled={!good} onPress={() => run('import')} testId="import-run">
                {running === 'import' ? t('imports.importing') : t(`imports.run.${kind}`)}
              </MainButton>
            </div>
            {progress && (
              <p role="status" className="job-progress" data-testid="import-progress">
                <progress
                  max={Math.max(progress.total, 1)}
                  value={progress.done}
                  aria-label={running === 'import' ? t('imports.importing') : t('imports.checking')}
                />{' '}
                {progress.total > 0 && `${String(Math.floor((progress.done / progress.total) * 100))} %`}
              </p>
            )}
            {good && (
              <p className="banner banner-success" role="status" data-testid="import-checked">
                {t('imports.checkedGood', { rows: checked.rows, created: checked.created })}
                {checked.updated + checked.skipped > 0 &&
                  ` ${t('imports.checkedExisting', { updated: checked.updated, skipped: checked.skipped })}`}
              </p>
            )}
            {checked && !good && <ImportProblems result={checked} />}
          </TitledSection>
        </>
      )}
    </TitledPage>
  )
}
