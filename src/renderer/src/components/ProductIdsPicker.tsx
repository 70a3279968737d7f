/**
 * A list of products chosen by id (a customer's preferred products, a segment's products): the
 * chosen ones as removable chips, then a search to add another (active products by name or SKU).
 */
import { Chips, findProducts, useProductLabels } from '../schedule/pickers'
import { SearchPicker } from './SearchPicker'
import { LoadFailure } from './LoadFailure'

export function ProductIdsPicker({
  id,
  label,
  chipsLabel = label,
  placeholder,
  noMatch,
  value,
  onChange,
  error,
  testId,
  chipTestId
}: {
  id: string
  label: string
  /** What the list of chips is called (the picker's label unless said). */
  chipsLabel?: string
  placeholder: string
  noMatch: string
  value: number[]
  onChange: (ids: number[]) => void
  error?: string
  testId: string
  chipTestId: string
}) {
  const products = useProductLabels(value)
  return (
    <>
      <Chips
        items={value.map((product) => ({ id: product, label: products.labels.get(product) ?? '…' }))}
        label={chipsLabel}
        onRemove={(product) => onChange(value.filter((p) => p !== product))}
        testId={chipTestId}
      />
      <SearchPicker
        id={id}
        label={label}
        placeholder={placeholder}
        noMatch={noMatch}
        find={findProducts}
        exclude={value}
        onChoose={(item) => onChange([...value, item.id])}
        error={error}
        testId={testId}
      />
      <LoadFailure error={products.error} />
    </>
  )
}
