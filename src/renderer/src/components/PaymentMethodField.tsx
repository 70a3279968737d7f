/**
 * How a customer pays (bank transfer, card, direct debit) as a field of a form: the customer's usual
 * method, an invoice's, a payment's. The three forms each listed the methods with their words.
 */
import { paymentMethods } from '../../../shared/schemas/customers'
import { useT } from '../i18n'
import { ChoiceOptions } from './ChoiceOptions'
import { SelectField } from './fields'

export function PaymentMethodField({ name, label, testId }: { name: string; label: string; testId: string }) {
  const { t } = useT()
  return (
    <SelectField name={name} label={label} data-testid={testId}>
      <ChoiceOptions choices={paymentMethods} label={(m) => t(`payments.method.${m}`)} />
    </SelectField>
  )
}
