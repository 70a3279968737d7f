/**
 * Line entry: Alt+N (or the button) adds a line; the description box finds products as you
 * type (Enter picks one and fills unit, price and VAT); Tab goes on through quantity, price,
 * discount and VAT; Enter in those moves to the next line (or adds one on the last).
 */
import { useEffect, useState, type KeyboardEvent } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import type { Product } from '../../../shared/schemas/products'
import { documentTotals, lineAmounts } from '../../../shared/totals'
import { api } from '../api/client'
import { errorAt } from '../components/fields'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'
import { TotalsBox, useDocumentFormat } from './common'
import { centsToText, emptyLine, parseLine, type DraftValues } from './draft-form'

/** Live totals with the store's own arithmetic; amounts too large to compute show as zero until corrected. */
function safeTotals(lines: Parameters<typeof documentTotals>[0]) {
  try {
    return documentTotals(lines)
  } catch {
    return documentTotals([])
  }
}

const cellId = (index: number, field: string) => `line-${index}-${field}`

function focusCell(index: number, field: string) {
  // After React has drawn the new row.
  requestAnimationFrame(() => document.getElementById(cellId(index, field))?.focus())
}

function useProductMatches(text: string, enabled: boolean) {
  const search = useDebounced(text, SEARCH_DELAY_MS)
  const [matches, setMatches] = useState<{ search: string; rows: Product[] }>({ search: '', rows: [] })
  useEffect(() => {
    if (!enabled || search.trim() === '') return
    let live = true
    api
      .call('products.list', {
        search,
        active: 'active',
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 8
      })
      .then((page) => live && setMatches({ search, rows: page.rows }))
      .catch(() => live && setMatches({ search, rows: [] }))
    return () => {
      live = false
    }
  }, [search, enabled])
  const ready = enabled && text.trim() !== '' && matches.search === text
  return ready ? matches.rows : null
}

function CellError({ name }: { name: string }) {
  const { tm } = useT()
  const { formState } = useFormContext<DraftValues>()
  const error = errorAt(formState.errors, name)
  if (!error) return null
  return (
    <p
      className="field-error"
      id={`${cellId(Number(name.split('.')[1]), name.split('.')[2])}-error`}
      data-testid={`error-${name}`}
    >
      {tm(error)}
    </p>
  )
}

export function LinesEditor({
  vatRates,
  currency,
  lockedPrices,
  promisedPerLine
}: {
  vatRates: number[]
  currency: string
  lockedPrices: boolean
  promisedPerLine: boolean
}) {
  const { t } = useT()
  const format = useDocumentFormat()
  const { control, register, setValue, getValues, formState } = useFormContext<DraftValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' })
  const lines = useWatch({ control, name: 'lines' })
  const [picking, setPicking] = useState<{ index: number; text: string } | null>(null)
  const [active, setActive] = useState(0)
  const matches = useProductMatches(picking?.text ?? '', picking !== null && !lockedPrices)

  const parsed = lines.map(parseLine)
  const totals = safeTotals(parsed.filter((l) => l !== null))
  const invalidCount = parsed.filter((l) => l === null).length

  function addLine() {
    append(emptyLine(vatRates[0] ?? 0), { shouldFocus: false })
    focusCell(fields.length, 'description')
  }

  // Alt+N anywhere in the editor adds a line.
  useEffect(() => {
    if (lockedPrices) return
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key.toLowerCase() === 'n') {
        event.preventDefault()
        addLine()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  function pick(index: number, product: Product) {
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted }
    setValue(`lines.${index}.productId`, product.id, options)
    setValue(`lines.${index}.description`, product.name, options)
    setValue(`lines.${index}.unit`, product.unit, options)
    setValue(`lines.${index}.price`, centsToText(product.unitPriceCents, format.mark), options)
    setValue(`lines.${index}.vat`, String(product.vatRateBp), options)
    setPicking(null)
    focusCell(index, 'quantity')
  }

  function onDescriptionKey(index: number, event: KeyboardEvent<HTMLInputElement>) {
    const open = picking?.index === index && matches !== null && matches.length > 0
    if (event.key === 'Enter') {
      event.preventDefault()
      if (open) pick(index, matches[Math.min(active, matches.length - 1)])
      else focusCell(index, 'quantity')
      return
    }
    if (!open) return
    if (event.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1))
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1))
    else if (event.key === 'Escape') setPicking(null)
    else return
    event.preventDefault()
  }

  function onNumberKey(index: number, event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (index === getValues('lines').length - 1) {
      if (!lockedPrices) addLine()
    } else focusCell(index + 1, lockedPrices ? 'quantity' : 'description')
  }

  /** Ctrl+Delete in any box of a line removes that line. */
  function onLineKey(index: number, event: KeyboardEvent<HTMLElement>) {
    if (lockedPrices || !event.ctrlKey || event.key !== 'Delete') return
    event.preventDefault()
    const count = getValues('lines').length
    remove(index)
    if (count > 1) focusCell(Math.min(index, count - 2), 'description')
  }

  const rateOptions = (current: string) => {
    const rates = [...vatRates]
    const n = Number(current)
    if (current !== '' && Number.isInteger(n) && !rates.includes(n)) rates.push(n)
    return rates
  }

  const aria = (name: string) => {
    const error = errorAt(formState.errors, name)
    const [, i, f] = name.split('.')
    return {
      'aria-invalid': Boolean(error),
      'aria-describedby': error ? `${cellId(Number(i), f)}-error` : undefined
    }
  }

  return (
    <section className="form-section doc-lines" aria-labelledby="section-lines" data-testid="section-lines">
      <div className="section-title-row">
        <h2 id="section-lines">{t('documents.lines')}</h2>
        {!lockedPrices && (
          <button type="button" onClick={addLine} title={t('documents.addLineHint')} data-testid="line-add">
            {t('documents.addLine')} <kbd>Alt+N</kbd>
          </button>
        )}
      </div>
      {fields.length === 0 ? (
        <p className="muted" data-testid="lines-empty">
          {t('documents.noLines')}
        </p>
      ) : (
        <table className="line-table">
          <thead>
            <tr>
              <th scope="col" className="col-description">
                {t('documents.line.description')}
              </th>
              <th scope="col" className="col-qty">
                {t('documents.line.quantity')}
              </th>
              <th scope="col" className="col-unit">
                {t('documents.line.unit')}
              </th>
              <th scope="col" className="col-price">
                {t('documents.line.price')}
              </th>
              <th scope="col" className="col-discount">
                {t('documents.line.discount')}
              </th>
              <th scope="col" className="col-vat">
                {t('documents.line.vat')}
              </th>
              {promisedPerLine && (
                <th scope="col" className="col-promised">
                  {t('documents.line.promised')}
                </th>
              )}
              <th scope="col" className="col-net num">
                {t('documents.line.net')}
              </th>
              <th scope="col" className="col-remove">
                <span className="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => {
              const line = parsed[index]
              const net = line ? lineAmounts(line).netCents : null
              const description = register(`lines.${index}.description`)
              const open = picking?.index === index && matches !== null
              return (
                <tr key={field.id} data-testid="line-row" onKeyDown={(e) => onLineKey(index, e)}>
                  <td className="col-description">
                    <div className="line-picker">
                      <input
                        id={cellId(index, 'description')}
                        type="text"
                        role="combobox"
                        aria-label={t('documents.line.descriptionOf', { number: index + 1 })}
                        aria-expanded={open}
                        aria-autocomplete="list"
                        aria-controls={`line-${index}-products`}
                        autoComplete="off"
                        placeholder={t('documents.line.descriptionPlaceholder')}
                        readOnly={lockedPrices}
                        {...aria(`lines.${index}.description`)}
                        {...description}
                        onChange={(e) => {
                          void description.onChange(e)
                          setValue(`lines.${index}.productId`, null)
                          setPicking({ index, text: e.target.value })
                          setActive(0)
                        }}
                        onBlur={(e) => {
                          void description.onBlur(e)
                          setPicking((p) => (p?.index === index ? null : p))
                        }}
                        onKeyDown={(e) => onDescriptionKey(index, e)}
                        data-testid="line-description"
                      />
                      {open && (
                        <ul
                          id={`line-${index}-products`}
                          role="listbox"
                          className="picker-list"
                          aria-label={t('documents.productMatches')}
                        >
                          {matches.length === 0 && (
                            <li className="picker-empty">{t('documents.freeTextLine')}</li>
                          )}
                          {matches.map((p, i) => (
                            <li
                              key={p.id}
                              role="option"
                              aria-selected={i === active}
                              className={i === active ? 'active' : undefined}
                              onMouseDown={(e) => {
                                e.preventDefault()
                                pick(index, p)
                              }}
                              data-testid="line-product-option"
                            >
                              <span className="mono">{p.sku}</span> {p.name}{' '}
                              <span className="muted">
                                {format.amount(p.unitPriceCents, currency)} · {format.percent(p.vatRateBp)}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                    <CellError name={`lines.${index}.description`} />
                  </td>
                  <td className="col-qty">
                    <input
                      id={cellId(index, 'quantity')}
                      type="text"
                      inputMode="decimal"
                      className="num"
                      aria-label={t('documents.line.quantityOf', { number: index + 1 })}
                      {...aria(`lines.${index}.quantity`)}
                      {...register(`lines.${index}.quantity`)}
                      onKeyDown={(e) => onNumberKey(index, e)}
                      data-testid="line-quantity"
                    />
                    <CellError name={`lines.${index}.quantity`} />
                  </td>
                  <td className="col-unit">
                    <input
                      id={cellId(index, 'unit')}
                      type="text"
                      aria-label={t('documents.line.unitOf', { number: index + 1 })}
                      readOnly={lockedPrices}
                      tabIndex={-1}
                      {...aria(`lines.${index}.unit`)}
                      {...register(`lines.${index}.unit`)}
                      data-testid="line-unit"
                    />
                    <CellError name={`lines.${index}.unit`} />
                  </td>
                  <td className="col-price">
                    <input
                      id={cellId(index, 'price')}
                      type="text"
                      inputMode="decimal"
                      className="num"
                      aria-label={t('documents.line.priceOf', { number: index + 1 })}
                      readOnly={lockedPrices}
                      {...aria(`lines.${index}.price`)}
                      {...register(`lines.${index}.price`)}
                      onKeyDown={(e) => onNumberKey(index, e)}
                      data-testid="line-price"
                    />
                    <CellError name={`lines.${index}.price`} />
                  </td>
                  <td className="col-discount">
                    <input
                      id={cellId(index, 'discount')}
                      type="text"
                      inputMode="decimal"
                      className="num"
                      aria-label={t('documents.line.discountOf', { number: index + 1 })}
                      readOnly={lockedPrices}
                      {...aria(`lines.${index}.discount`)}
                      {...register(`lines.${index}.discount`)}
                      onKeyDown={(e) => onNumberKey(index, e)}
                      data-testid="line-discount"
                    />
                    <CellError name={`lines.${index}.discount`} />
                  </td>
                  <td className="col-vat">
                    <select
                      id={cellId(index, 'vat')}
                      aria-label={t('documents.line.vatOf', { number: index + 1 })}
                      disabled={lockedPrices}
                      {...aria(`lines.${index}.vat`)}
                      {...register(`lines.${index}.vat`)}
                      onKeyDown={(e) => onNumberKey(index, e)}
                      data-testid="line-vat"
                    >
                      {rateOptions(lines[index]?.vat ?? '').map((rate) => (
                        <option key={rate} value={String(rate)}>
                          {format.percent(rate)}
                        </option>
                      ))}
                    </select>
                    <CellError name={`lines.${index}.vat`} />
                  </td>
                  {promisedPerLine && (
                    <td className="col-promised">
                      <input
                        id={cellId(index, 'promisedDate')}
                        type="date"
                        aria-label={t('documents.line.promisedOf', { number: index + 1 })}
                        title={t('documents.line.promisedHint')}
                        {...aria(`lines.${index}.promisedDate`)}
                        {...register(`lines.${index}.promisedDate`)}
                        onKeyDown={(e) => onNumberKey(index, e)}
                        data-testid="line-promised"
                      />
                      <CellError name={`lines.${index}.promisedDate`} />
                    </td>
                  )}
                  <td className="col-net num" data-testid="line-net">
                    {net === null ? '—' : format.amount(net, currency)}
                  </td>
                  <td className="col-remove">
                    <button
                      type="button"
                      className="chip-remove"
                      tabIndex={-1}
                      aria-label={t('documents.removeLine', { number: index + 1 })}
                      title={t('documents.removeLineHint')}
                      onClick={() => remove(index)}
                      data-testid="line-remove"
                    >
                      ×
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {errorAt(formState.errors, 'lines') && (
        <p className="field-error">{errorAt(formState.errors, 'lines')}</p>
      )}
      {invalidCount > 0 && <p className="muted">{t('documents.linesNotCounted', { count: invalidCount })}</p>}
      <TotalsBox
        breakdown={totals.vatBreakdown}
        netCents={totals.netCents}
        vatCents={totals.vatCents}
        totalCents={totals.totalCents}
        currency={currency}
      />
    </section>
  )
}
