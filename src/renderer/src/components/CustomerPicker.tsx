/**
 * The one way to choose a customer: type part of its name, code or tax id and pick with the
 * arrows and Enter (a SearchPicker over customers.list, under the customers' query key so a
 * saved customer is found at once). `CustomerPicker` is a field of a react-hook-form form that
 * shows the chosen customer in the search box (a document, a payment); `CustomerChoice` shows
 * the chosen customer above an optional search for another (a visit, plan, call, contract, request).
 */
import { useFormContext } from 'react-hook-form'
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { keys } from '../api/query'
import { errorAt, fieldId } from './fields'
import { SearchPicker, type PickerItem } from './SearchPicker'
import { useT } from '../i18n'

interface PickedCustomer {
  id: number
  name: string
  code: string
}

const findCustomers = (search: string): Promise<PickerItem[]> =>
  api
    .call('customers.list', {
      search,
      status: 'all',
      archived: 'exclude',
      executiveId: null,
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 8
    })
    .then((page) => page.rows.map((r) => ({ id: r.id, label: r.name, detail: r.code, note: r.city })))

const picked = (item: PickerItem): PickedCustomer => ({
  id: item.id,
  name: item.label,
  code: item.detail ?? ''
})

/** The customer field of a form (`name` holds what the box shows; its problem comes from the form). */
export function CustomerPicker({
  name,
  label,
  value,
  disabled,
  onPick
}: {
  name: string
  label: string
  value: string
  disabled?: boolean
  onPick: (customer: PickedCustomer) => void
}) {
  const { t } = useT()
  const {
    formState: { errors }
  } = useFormContext()
  return (
    <SearchPicker
      id={fieldId(name)}
      label={label}
      placeholder={t('documents.customerPlaceholder')}
      noMatch={t('documents.noCustomerMatch')}
      find={findCustomers}
      queryKey={keys.customers('matches')}
      onChoose={(item) => onPick(picked(item))}
      value={value}
      error={errorAt(errors, name)}
      errorTestId={`error-${name}`}
      required
      disabled={disabled}
      className="span-2"
      testId="customer-picker"
      optionTestId="customer-option"
    />
  )
}

/**
 * The customer a visit, plan, call, contract or request is for: its name once chosen (a link to
 * the customer when `link` is given) and, while it may still change, a search to choose it.
 */
export function CustomerChoice({
  pickerId,
  name,
  nameTestId,
  link,
  canChoose,
  label,
  error,
  className,
  onChoose
}: {
  pickerId: string
  name: string
  nameTestId?: string
  link?: string
  canChoose: boolean
  label: string
  error?: string
  className: string
  onChoose: (id: number, name: string) => void
}) {
  const { t } = useT()
  return (
    <div className={className}>
      {name && (
        <p className="chosen-customer" data-testid={nameTestId}>
          {link ? <Link to={link}>{name}</Link> : <strong>{name}</strong>}
        </p>
      )}
      {canChoose && (
        <SearchPicker
          id={pickerId}
          label={label}
          placeholder={t('visit.customerPlaceholder')}
          noMatch={t('visit.customerNoMatch')}
          find={findCustomers}
          queryKey={keys.customers('matches')}
          onChoose={(item) => onChoose(item.id, item.label)}
          error={error}
          // With a customer chosen, searching for another is optional: no "required" mark.
          required={!name}
          testId={pickerId}
        />
      )}
    </div>
  )
}
