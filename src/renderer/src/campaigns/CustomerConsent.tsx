/**
 * On the customer page: the marketing consent in force per channel (letters, e-mails) and its
 * history, newest first, with a way to record a new entry (consent, opt-out, do not contact) with
 * its date and source. The history is never rewritten: a change is a new entry.
 */
import { useState } from 'react'
import {
  consentChannels,
  consentStatuses,
  type ConsentChannel,
  type ConsentStatus
} from '../../../shared/schemas/campaigns'
import { api } from '../api/client'
import { keys, useApiMutation, useApiQuery } from '../api/query'
import { Banner, type BannerMessage } from '../components/Banner'
import { companyToday, useFormat } from '../components/format'
import { WriteButton } from '../components/WriteButton'
import { SimpleTable } from '../components/SimpleTable'
import { useT } from '../i18n'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput, LabelledSelect } from '../components/fields'
import { CustomerPageSection } from '../components/CustomerPageSection'

export function CustomerConsent({ customerId }: { customerId: number }) {
  const { t } = useT()
  const format = useFormat()
  /** A consent status in the reader's words (the one in force, a person's, the form's choice, the history's). */
  const consentWord = (status: ConsentStatus | 'none') => t(`campaigns.consent.${status}`)
  const channelWord = (channel: ConsentChannel) => t(`campaigns.channels.${channel}`)
  const consent = useApiQuery(keys.campaigns('consent', customerId), () =>
    api.call('consent.get', { customerId })
  )
  const [person, setPerson] = useState('')
  const [status, setStatus] = useState<ConsentStatus>('granted')
  const [channel, setChannel] = useState<ConsentChannel>('all')
  const [date, setDate] = useState(companyToday)
  const [source, setSource] = useState('')
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const record = useApiMutation(
    () =>
      api.call('consent.record', {
        consent: {
          customerId,
          email: person,
          status,
          channel: person === '' ? channel : 'email',
          date,
          source
        }
      }),
    {
      invalidates: [keys.campaigns('consent', customerId), keys.activity()],
      onSuccess: () => {
        setSource('')
        setMessage({ kind: 'success', text: t('consent.recorded') })
      }
    }
  )
  const data = consent.data
  return (
    <CustomerPageSection id="customer-consent" title={t('consent.title')} error={consent.error}>
      {data && (
        <dl className="consent-now">
          <dt>{t('consent.post')}</dt>
          <dd data-testid="consent-post">{consentWord(data.post)}</dd>
          <dt>{t('consent.email')}</dt>
          <dd data-testid="consent-email">{consentWord(data.email)}</dd>
        </dl>
      )}
      {data && data.people.length > 0 && (
        <SimpleTable
          className="consent-people"
          caption={t('consent.people')}
          testId="consent-people"
          rows={data.people}
          rowKey={(p) => p.email}
          rowTestId="consent-person"
          columns={[
            {
              id: 'name',
              label: t('consent.name'),
              rowHeader: true,
              render: (p) => (
                <>
                  {p.name}
                  <div className="muted">{p.email}</div>
                </>
              )
            },
            {
              id: 'status',
              label: t('consent.email'),
              render: (p) =>
                p.own ? consentWord(p.status) : t('consent.inherited', { status: consentWord(p.status) })
            }
          ]}
        />
      )}
      {data && data.people.length > 0 && <p className="muted">{t('consent.peopleHint')}</p>}
      <Banner message={message} onClose={() => setMessage(null)} />
      <div className="consent-form">
        {data && data.people.length > 0 && (
          <LabelledSelect
            id="consent-person"
            label={t('consent.person')}
            value={person}
            options={['', ...data.people.map((p) => p.email.toLowerCase())]}
            optionLabel={(email) => {
              const p = data.people.find((one) => one.email.toLowerCase() === email)
              return p ? `${p.name} · ${p.email}` : t('consent.wholeCustomer')
            }}
            onValue={setPerson}
            data-testid="consent-person-select"
          />
        )}
        <LabelledSelect
          id="consent-status"
          label={t('consent.status')}
          value={status}
          options={consentStatuses}
          optionLabel={consentWord}
          onValue={setStatus}
          data-testid="consent-status"
        />
        <LabelledSelect
          id="consent-channel"
          label={t('consent.channel')}
          value={person === '' ? channel : 'email'}
          disabled={person !== ''}
          options={consentChannels}
          optionLabel={channelWord}
          onValue={setChannel}
          data-testid="consent-channel"
        />
        <Field id="consent-date" label={t('consent.date')}>
          <DateInput id="consent-date" value={date} onChange={(v) => setDate(v)} data-testid="consent-date" />
        </Field>
        <LabelledInput
          id="consent-source"
          label={t('consent.source')}
          value={source}
          placeholder={t('consent.sourceHint')}
          onValue={setSource}
          data-testid="consent-source"
        />
        <WriteButton write={record} onMessage={setMessage} testId="consent-record">
          {t('consent.record')}
        </WriteButton>
      </div>
      <h3>{t('consent.history')}</h3>
      {data?.history.length === 0 && <p className="muted">{t('consent.noHistory')}</p>}
      {data && data.history.length > 0 && (
        <ul className="customer-docs" data-testid="consent-history">
          {data.history.map((h) => (
            <li key={h.id} data-testid="consent-entry">
              {format.date(h.date)} · {h.email !== '' && `${h.contactName || h.email} · `}
              {channelWord(h.channel)}:{consentWord(h.status)}
              <div className="muted">
                {h.source} · {t('consent.by')} {h.createdBy}
              </div>
            </li>
          ))}
        </ul>
      )}
    </CustomerPageSection>
  )
}
