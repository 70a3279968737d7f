import { useFormContext } from 'react-hook-form'
import { ChoiceOptions } from './ChoiceOptions'
import { FieldFrame } from './fields'

/**
 * A setting of a record that is worked out for it unless the user chooses one (a customer's VAT
 * treatment, the language of their paperwork). The first option says what the automatic choice is
 * now, so the user sees it before overriding it; choosing it stores null, so the record keeps
 * following the rule when what it depends on (the country, the tax id) changes later.
 */
export function AutomaticOrChosenField<Choice extends string>({
  name,
  label,
  hint,
  automatic,
  choices,
  choiceLabel,
  testId
}: {
  name: string
  label: string
  hint: string
  /** The first option's text: the automatic choice as it is now. */
  automatic: string
  choices: readonly Choice[]
  choiceLabel: (choice: Choice) => string
  testId: string
}) {
  const { register } = useFormContext()
  return (
    <FieldFrame name={name} label={label} hint={hint}>
      {(aria) => (
        <select
          {...aria}
          {...register(name, {
            setValueAs: (value: string | null) => (value === '' || value === null ? null : value)
          })}
          data-testid={testId}
        >
          <option value="">{automatic}</option>
          <ChoiceOptions choices={choices} label={choiceLabel} />
        </select>
      )}
    </FieldFrame>
  )
}
