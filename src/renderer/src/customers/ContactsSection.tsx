/** The customer's contacts: repeatable rows (name, role, phone, e-mail) added and removed freely. */
import { useFieldArray, useFormContext } from 'react-hook-form'
import type { CustomerInput } from '../../../shared/schemas/customers'
import { TextField } from '../components/fields'
import { useT } from '../i18n'
import { FormSection } from '../components/FormSection'

export function ContactsSection() {
  const { t } = useT()
  const { control, setFocus } = useFormContext<CustomerInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' })

  const add = (
    <button
      type="button"
      onClick={() => {
        append({ name: '', role: '', phone: '', email: '' })
        setTimeout(() => setFocus(`contacts.${fields.length}.name`), 0)
      }}
      data-testid="contact-add"
    >
      {t('customer.contact.add')}
    </button>
  )

  return (
    <FormSection id="contacts" title={t('customer.sections.contacts')} aside={add}>
      {fields.length === 0 && <p className="muted">{t('customer.contact.none')}</p>}
      <ol className="contact-list">
        {fields.map((field, index) => (
          <li
            key={field.id}
            className="contact-row"
            data-testid="contact-row"
            aria-label={t('customer.contact.number', { number: index + 1 })}
          >
            <TextField
              name={`contacts.${index}.name`}
              label={t('customer.contact.name')}
              required
              autoComplete="off"
            />
            <TextField
              name={`contacts.${index}.role`}
              label={t('customer.contact.role')}
              autoComplete="off"
            />
            <TextField
              name={`contacts.${index}.phone`}
              label={t('customer.contact.phone')}
              type="tel"
              autoComplete="off"
            />
            <TextField
              name={`contacts.${index}.email`}
              label={t('customer.contact.email')}
              type="text"
              inputMode="email"
              autoComplete="off"
            />
            <button
              type="button"
              className="link-button remove-button"
              aria-label={t('customer.contact.remove', { number: index + 1 })}
              onClick={() => remove(index)}
              data-testid="contact-remove"
            >
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ol>
    </FormSection>
  )
}
