/**
 * The parts of a request below its fields: the linked documents and visits, the thread (every
 * status change with its comment, and notes), and the dialog of a status change, which asks for
 * a comment and, when closing, for the resolution and the customer's satisfaction (1–5).
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { RequestRecord, RequestStatus } from '../../../shared/schemas/requests'
import { api } from '../api/client'
import { useAction } from '../components/use-action'
import { ActionProblem } from '../components/ActionProblem'
import { useFormat } from '../components/format'
import { FormSection } from '../components/FormSection'
import { FormDialog, type DialogProps } from '../components/Dialog'
import { Field, LabelledSelect, LabelledTextArea } from '../components/fields'
import { useT } from '../i18n'

type Changed = (record: RequestRecord, text: string) => void

const documentPaths: Record<string, string> = {
  estimate: 'estimates',
  order: 'orders',
  invoice: 'invoices',
  credit_note: 'invoices',
  debit_note: 'invoices'
}

export function RequestLinks({ record, onChanged }: { record: RequestRecord; onChanged: Changed }) {
  const { t } = useT()
  const format = useFormat()
  const [number, setNumber] = useState('')
  const { busy, error, run: act } = useAction()

  const run = (call: () => Promise<RequestRecord>, done: string) =>
    act(async () => {
      onChanged(await call(), t(done))
      setNumber('')
    })

  return (
    <FormSection id="links" title={t('request.sections.links')}>
      {record.links.length === 0 ? (
        <p className="muted">{t('request.noLinks')}</p>
      ) : (
        <ul className="request-links" data-testid="request-links">
          {record.links.map((l) => (
            <li key={l.id}>
              {l.documentId !== null ? (
                <Link to={`/${documentPaths[l.documentType ?? 'invoice']}/${String(l.documentId)}`}>
                  {l.number}
                </Link>
              ) : (
                <span>
                  {t('request.visit')} {l.visitStartAt ? format.dateTime(l.visitStartAt) : ''}
                </span>
              )}{' '}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => api.call('requests.unlink', { id: record.id, linkId: l.id }),
                    'request.unlinked'
                  )
                }
              >
                {t('request.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="request-link-row">
        <Field id="request-link-number" label={t('request.linkNumber')}>
          <input
            id="request-link-number"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder="INV-2026-00042"
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? 'request-link-error' : undefined}
            data-testid="request-link-number"
          />
        </Field>
        <button
          type="button"
          disabled={busy || number.trim() === ''}
          onClick={() =>
            void run(() => api.call('requests.link', { id: record.id, number }), 'request.linked')
          }
          data-testid="request-link-add"
        >
          {t('request.link')}
        </button>
      </div>
      <ActionProblem problem={error} id="request-link-error" />
    </FormSection>
  )
}

export function RequestThread({ record, onChanged }: { record: RequestRecord; onChanged: Changed }) {
  const { t } = useT()
  const format = useFormat()
  const [text, setText] = useState('')
  const { busy, error, run } = useAction()

  const add = () =>
    run(async () => {
      onChanged(await api.call('requests.comment', { id: record.id, text }), t('request.commented'))
      setText('')
    })

  return (
    <FormSection id="thread" title={t('request.sections.thread')}>
      <ol className="request-thread" data-testid="request-thread">
        {record.comments.map((c) => (
          <li key={c.id} data-testid="request-comment">
            <div className="request-comment-head">
              <span>{format.dateTime(c.at)}</span> · <span>{c.actor}</span>
              {c.toStatus && (
                <span className="muted">
                  {' '}
                  · {c.fromStatus ? `${t(`requests.status.${c.fromStatus}`)} → ` : ''}
                  {t(`requests.status.${c.toStatus}`)}
                </span>
              )}
            </div>
            {c.text && <p className="request-comment-text">{c.text}</p>}
          </li>
        ))}
      </ol>
      <LabelledTextArea
        id="request-comment"
        label={t('request.addComment')}
        rows={3}
        value={text}
        onValue={setText}
        data-testid="request-comment-text"
      />
      <div className="button-row">
        <button
          type="button"
          disabled={busy || text.trim() === ''}
          onClick={() => void add()}
          data-testid="request-comment-add"
        >
          {t('request.comment')}
        </button>
      </div>
      <ActionProblem problem={error} />
    </FormSection>
  )
}

/** The customer's satisfaction, best first; '' when the customer was not asked. */
const satisfactionChoices = ['', '5', '4', '3', '2', '1'] as const

export function StatusDialog({
  record,
  to,
  onClose,
  onDone
}: DialogProps<RequestRecord> & { record: RequestRecord; to: RequestStatus }) {
  const { t } = useT()
  const [comment, setComment] = useState('')
  const [resolution, setResolution] = useState('')
  const [satisfaction, setSatisfaction] = useState<(typeof satisfactionChoices)[number]>('')
  const { busy, error, setError, run } = useAction()
  const closing = to === 'closed'

  async function submit() {
    if (closing && resolution.trim() === '') {
      setError(t('request.resolutionRequired'))
      return
    }
    await run(async () => {
      onDone(
        await api.call('requests.setStatus', {
          id: record.id,
          status: to,
          comment,
          resolution: closing ? resolution : '',
          satisfaction: closing && satisfaction !== '' ? Number(satisfaction) : null
        })
      )
    })
  }

  return (
    <FormDialog
      title={t(closing ? 'request.closeTitle' : 'request.moveTitle', {
        status: t(`requests.status.${to}`)
      })}
      okLabel={t(closing ? 'request.close' : 'request.confirmMove')}
      busy={busy}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="request-status-dialog"
    >
      {closing && (
        <LabelledTextArea
          id="request-resolution"
          label={
            <>
              {t('request.resolution')} <span aria-hidden="true">*</span>
            </>
          }
          rows={3}
          required
          value={resolution}
          onValue={setResolution}
          data-testid="request-resolution-input"
        />
      )}
      {closing && (
        <LabelledSelect
          id="request-satisfaction"
          label={t('request.satisfactionQuestion')}
          value={satisfaction}
          options={satisfactionChoices}
          optionLabel={(n) => (n === '' ? t('request.notAsked') : t(`request.stars.${n}`))}
          onValue={setSatisfaction}
          data-testid="request-satisfaction-input"
        />
      )}
      <LabelledTextArea
        id="request-move-comment"
        label={t('request.comment')}
        rows={3}
        value={comment}
        onValue={setComment}
        data-testid="request-move-comment"
      />
      <ActionProblem problem={error} testId="request-status-error" />
    </FormDialog>
  )
}
