/**
 * One document. Drafts open in the editor; anything numbered (sent, issued, confirmed …) is
 * shown read-only with the actions its status allows.
 */
import { useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import type { DocumentType, SalesDocument } from '../../../shared/schemas/documents'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { Fact, RecordHeader, RecordLoader } from '../components/RecordFrame'
import { useBackToList } from '../components/use-back-to-list'
import { useFlash } from '../components/use-flash'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import {
  areaOf,
  areaTypes,
  LineHeaderCells,
  StatusBadge,
  TotalsBox,
  useDocumentFormat,
  useDocumentLabel,
  type DocumentArea
} from './common'
import { DocumentActions, RelatedDocuments } from './DocumentActions'
import { DocumentPayments } from '../payments/DocumentPayments'
import { DocumentEditor } from './DocumentEditor'
import { FrozenRate } from './FrozenRate'
import { DistanceSaleDecision } from './DistanceSaleDecision'
import { NavDocumentStatus } from '../nav/NavDocumentStatus'
import { VerifactuDocumentStatus } from '../verifactu/VerifactuDocumentStatus'
import { DocumentMailLog } from '../mail/DocumentMailLog'

/** What became of each line, by the types that show it: delivered, invoiced, credited quantities. */
const followUps = {
  delivered: ['order'],
  invoiced: ['order', 'estimate'],
  credited: ['invoice']
} satisfies Record<string, DocumentType[]>

const followUpsOf = (type: DocumentType) =>
  (Object.keys(followUps) as (keyof typeof followUps)[]).filter((key) =>
    (followUps[key] as DocumentType[]).includes(type)
  )

const loadDocument = (id: number) => api.call('documents.get', { id })

export function DocumentPage({ area }: { area: DocumentArea }) {
  const newType: DocumentType = areaTypes[area][0]
  return (
    <RecordLoader load={loadDocument}>
      {(doc) => <DocumentSwitch initial={doc} type={doc?.type ?? newType} />}
    </RecordLoader>
  )
}

/** The editor while a draft, the read-only view from the moment it is issued. */
function DocumentSwitch({ initial, type }: { initial: SalesDocument | null; type: DocumentType }) {
  const [issued, setIssued] = useState<{ doc: SalesDocument; message: BannerMessage | null } | null>(
    initial && initial.status !== 'draft' ? { doc: initial, message: null } : null
  )
  if (issued) return <DocumentView initial={issued.doc} initialMessage={issued.message} />
  return (
    <DocumentEditor
      initial={initial}
      type={type}
      onLeftDraft={(doc, message) => setIssued({ doc, message })}
    />
  )
}

function DocumentView({
  initial,
  initialMessage
}: {
  initial: SalesDocument
  initialMessage: BannerMessage | null
}) {
  const { t } = useT()
  const format = useDocumentFormat()
  const label = useDocumentLabel()
  const [doc, setDoc] = useState(initial)
  const [flash] = useFlash()
  const [message, setMessage] = useState<BannerMessage | null>(initialMessage ?? flash)
  const bypassGuard = useRef(false)
  const backToList = useBackToList(`/${areaOf(doc.type)}`)

  usePageTitle(label(doc))

  const keyDate =
    doc.type === 'estimate'
      ? { label: t('documents.validUntil'), value: doc.validUntil }
      : doc.type === 'order'
        ? { label: t('documents.promisedDate'), value: doc.promisedDate }
        : { label: t('documents.dueDate'), value: doc.dueDate }
  const shownFollowUps = followUpsOf(doc.type)
  const showPromised = doc.type === 'order' && doc.lines.some((l) => l.promisedDate !== null)

  return (
    <div
      className="page page-record doc-page"
      data-testid="document-view"
      data-type={doc.type}
      data-status={doc.status}
    >
      <RecordHeader
        title={label(doc)}
        badges={<StatusBadge status={doc.status} expired={doc.expired} late={doc.late} />}
        onBack={backToList}
        message={message}
        onMessageClose={() => setMessage(null)}
      />
      <DocumentActions
        doc={doc}
        onChanged={(changed, done) => {
          setDoc(changed)
          setMessage(done)
        }}
        onMessage={setMessage}
        bypassGuard={bypassGuard}
      />
      {doc.expired && (
        <p className="notice" data-testid="expired-notice">
          {t('documents.expiredNotice', { date: format.date(doc.validUntil) })}
        </p>
      )}
      {doc.late && (
        <p className="notice" data-testid="late-notice">
          {t('documents.lateNotice', { date: format.date(doc.promisedDate) })}
        </p>
      )}
      {doc.statusReason && (
        <p className="notice" data-testid="status-reason">
          {t(`documents.statusReason.${doc.status === 'cancelled' ? 'cancelled' : 'declined'}`)}:{' '}
          {doc.statusReason}
        </p>
      )}
      <div className="record-layout">
        <div className="record-main">
          <section className="form-section" aria-labelledby="section-header">
            <h2 id="section-header">{t('documents.details')}</h2>
            <dl className="doc-facts">
              <div>
                <dt>{t('documents.customer')}</dt>
                <dd data-testid="document-customer">
                  <Link to={`/customers/${doc.customerId}`}>{doc.customer.name}</Link>
                  <span className="muted">
                    {' '}
                    · {doc.customer.code}
                    {doc.customer.taxId ? ` · ${doc.customer.taxId}` : ''}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('documents.executive')}</dt>
                <dd>{doc.executiveName || t('common.notSet')}</dd>
              </div>
              <div>
                <dt>{t('documents.issueDate')}</dt>
                <dd data-testid="document-issue-date">{format.date(doc.issueDate) || t('common.notSet')}</dd>
              </div>
              <div>
                <dt>{keyDate.label}</dt>
                <dd data-testid="document-key-date">{format.date(keyDate.value) || t('common.notSet')}</dd>
              </div>
              <div>
                <dt>{t('documents.currency')}</dt>
                <dd>{doc.currency}</dd>
              </div>
              {(doc.type === 'invoice' || doc.type === 'debit_note') && (
                <div>
                  <dt>{t('documents.paymentMethod')}</dt>
                  <dd>{t(`payments.method.${doc.paymentMethod}`)}</dd>
                </div>
              )}
              {doc.reason && (
                <div>
                  <dt>{t('documents.reason')}</dt>
                  <dd data-testid="document-reason">{doc.reason}</dd>
                </div>
              )}
            </dl>
          </section>
          <section className="form-section doc-lines" aria-labelledby="section-lines">
            <h2 id="section-lines">{t('documents.lines')}</h2>
            <table className="line-table read-only" data-testid="document-lines">
              <thead>
                <tr>
                  <LineHeaderCells editing={false} />
                  <th scope="col" className="num">
                    {t('documents.line.net')}
                  </th>
                  {showPromised && <th scope="col">{t('documents.line.promised')}</th>}
                  {shownFollowUps.map((key) => (
                    <th key={key} scope="col" className="num">
                      {t(`documents.line.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {doc.lines.map((line) => (
                  <tr key={line.id} data-testid="document-line">
                    <td>{line.description}</td>
                    <td className="num">{format.quantity(line.quantityMilli)}</td>
                    <td>{line.unit}</td>
                    <td className="num">{format.amount(line.unitPriceCents, doc.currency)}</td>
                    <td className="num">{line.discountBp ? format.percent(line.discountBp) : ''}</td>
                    <td className="num">{format.percent(line.vatRateBp)}</td>
                    <td className="num">{format.amount(line.netCents, doc.currency)}</td>
                    {showPromised && <td>{format.date(line.promisedDate)}</td>}
                    {shownFollowUps.map((key) => (
                      <td key={key} className="num" data-testid={`line-${key}`}>
                        {format.quantity(line[`${key}Milli`])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <TotalsBox
              breakdown={doc.vatBreakdown}
              netCents={doc.netCents}
              vatCents={doc.vatCents}
              totalCents={doc.totalCents}
              currency={doc.currency}
            />
            <FrozenRate rate={doc.exchangeRate} />
            <DistanceSaleDecision doc={doc} />
          </section>
          {(doc.notes || doc.terms || doc.paymentInstructions) && (
            <section className="form-section" aria-labelledby="section-texts">
              <h2 id="section-texts">{t('documents.texts')}</h2>
              <dl className="doc-texts">
                <Fact label={t('documents.paymentInstructions')}>{doc.paymentInstructions}</Fact>
                <Fact label={t('documents.notes')}>{doc.notes}</Fact>
                <Fact label={t('documents.terms')}>{doc.terms}</Fact>
              </dl>
            </section>
          )}
        </div>
        <aside className="record-aside" aria-label={t('documents.related')}>
          <RelatedDocuments doc={doc} onMessage={setMessage} />
          {(doc.type === 'invoice' || doc.type === 'debit_note') && doc.status === 'issued' && (
            <DocumentPayments key={doc.updatedAt} documentId={doc.id} customerName={doc.customer.name} />
          )}
          <NavDocumentStatus documentId={doc.id} />
          <VerifactuDocumentStatus documentId={doc.id} />
          <DocumentMailLog documentId={doc.id} />
        </aside>
      </div>
    </div>
  )
}
