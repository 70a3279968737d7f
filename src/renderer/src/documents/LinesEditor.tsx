/**
 * Line entry: Alt+N (or the button) adds a line; the description box finds products as you
 * type (Enter picks one and fills unit, price and VAT); Tab goes on through quantity, price,
 * discount and VAT; Enter in those moves to the next line (or adds one on the last).
 */
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import type { DistanceSales } from '../../../shared/schemas/documents-api'
import type { Product } from '../../../shared/schemas/products'
import { lineAmounts } from '../../../shared/totals'
import {
  DEFAULT_EXEMPTION_CODE,
  EXEMPTION_REASON_CATEGORIES,
  VATEX_CODES,
  VAT_CATEGORIES,
  ZERO_RATE_CATEGORIES,
  OSS_CURRENCY,
  lineVatFor,
  vatWarnings,
  type VatCategory
} from '../../../shared/vat'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { errorAt } from '../components/fields'
import { centsToText } from '../components/number-text'
import { useDebounced } from '../components/use-debounced'
import { SEARCH_DELAY_MS } from '../components/use-list-params'
import { useT } from '../i18n'
import { LineHeaderCells, TotalsBox, useDocumentFormat } from './common'
import { draftTotals, emptyLine, parseLine, parseVatKey, vatKey, type DraftValues } from './draft-form'
import { useVatCategoryLabel } from './vat-fields'
import { FormDateInput } from '../components/DateInput'

/** The default category of a rate when nothing else says: 0 % is zero rated. */
const ownCategory = (vatRateBp: number): VatCategory => (vatRateBp === 0 ? 'Z' : 'S')

const cellId = (index: number, field: string) => `line-${index}-${field}`

function focusCell(index: number, field: string) {
  // After React has drawn the new row.
  requestAnimationFrame(() => document.getElementById(cellId(index, field))?.focus())
}

function useProductMatches(text: string, enabled: boolean) {
  const search = useDebounced(text, SEARCH_DELAY_MS)
  // A failed search offers no products, on purpose: the line can still be written by hand, and
  // saving the document shows a failing store in the editor's banner.
  const { data } = useApiQuery(
    keys.products('matches', search),
    () =>
      api.call('products.list', {
        search,
        active: 'active',
        sort: { field: 'name', direction: 'asc' },
        offset: 0,
        limit: 8
      }),
    { enabled: enabled && search.trim() !== '' }
  )
  const ready = enabled && text.trim() !== '' && search === text && data !== undefined
  return ready ? data.rows : null
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
  minorUnits,
  treatment,
  sellerCountry,
  charged,
  oss,
  buyer,
  lockedPrices,
  promisedPerLine
}: {
  vatRates: number[]
  currency: string
  /** Digits of the currency's minor unit, for the live line nets. */
  minorUnits: number
  /** The customer's VAT treatment: reverse charge, intra-EU, export... take new lines out of the standard rate. */
  treatment: VatCategory
  /** For the warnings: the seller's country and the buyer's country and VAT id (null: no customer yet). */
  sellerCountry: string
  /** The country whose VAT the document charges, with its rates in force on the document's date (Settings). */
  charged: { country: string; rates: readonly number[] }
  /**
   * A distance sale to a consumer in another EU country (null: not one): the figures of the OSS
   * rule and, when the customer's country's VAT applies, the rate of that country a seller-country
   * rate becomes (standard for standard, reduced for reduced).
   */
  oss: { sales: DistanceSales; rateFor: (sellerRateBp: number) => number } | null
  buyer: { country: string; taxId: string } | null
  lockedPrices: boolean
  promisedPerLine: boolean
}) {
  const { t, tm } = useT()
  const format = useDocumentFormat()
  const categoryLabel = useVatCategoryLabel()
  const { control, register, setValue, getValues, formState } = useFormContext<DraftValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' })
  const lines = useWatch({ control, name: 'lines' })
  const carried = useWatch({ control, name: 'carried' })
  const [picking, setPicking] = useState<{ index: number; text: string } | null>(null)
  const [active, setActive] = useState(0)
  const matches = useProductMatches(picking?.text ?? '', picking !== null && !lockedPrices)

  const parsed = lines.map(parseLine)
  const totals = draftTotals({ lines, carried }, minorUnits)
  const invalidCount = parsed.filter((l) => l === null).length
  const warnings = buyer
    ? vatWarnings(
        sellerCountry,
        buyer,
        parsed.map((l) => l ?? { vatCategory: 'O' as const, vatRateBp: 0 }),
        charged
      )
    : []

  /** The VAT a line gets: the customer's treatment, then, for a sale under OSS, the customer's country's rate. */
  function vatFor(product: { vatCategory: VatCategory; vatRateBp: number }) {
    const vat = lineVatFor(treatment, product)
    return oss?.sales.applies && vat.vatCategory === 'S'
      ? { ...vat, vatRateBp: oss.rateFor(vat.vatRateBp) }
      : vat
  }

  function addLine() {
    const rate = vatRates[0] ?? 0
    const vat = vatFor({ vatCategory: ownCategory(rate), vatRateBp: rate })
    append(emptyLine(vat.vatRateBp, vat.vatCategory, vat.vatExemptionCode), { shouldFocus: false })
    focusCell(fields.length, 'description')
  }

  function setLineVat(index: number, vat: ReturnType<typeof lineVatFor>) {
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted }
    setValue(`lines.${index}.vat`, vatKey(vat.vatCategory, vat.vatRateBp), options)
    setValue(`lines.${index}.exemptionCode`, vat.vatExemptionCode ?? '', options)
  }

  // The sale that takes distance sales over the threshold (its own net counts): once it does, its
  // lines at the seller's rates get the consumer's country's (issuing would refuse them otherwise).
  const ossApplies = oss ? oss.sales.applies : null
  const ossBefore = useRef(ossApplies)
  useEffect(() => {
    const before = ossBefore.current
    ossBefore.current = ossApplies
    if (!oss || before !== false || ossApplies !== true || lockedPrices) return
    getValues('lines').forEach((line, index) => {
      const current = parseVatKey(line.vat)
      if (current?.vatCategory !== 'S') return
      const rate = oss.rateFor(current.vatRateBp)
      if (rate !== current.vatRateBp)
        setLineVat(index, { vatCategory: 'S', vatRateBp: rate, vatExemptionCode: null })
    })
  })

  /** The customer's treatment on every line (after the customer changed, or lines were typed first). */
  function applyTreatment() {
    getValues('lines').forEach((line, index) => {
      const current = parseVatKey(line.vat)
      const rate = current && current.vatCategory === 'S' ? current.vatRateBp : (vatRates[0] ?? 0)
      setLineVat(index, vatFor({ vatCategory: ownCategory(rate), vatRateBp: rate }))
    })
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
    setLineVat(index, vatFor(product))
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

  /** The settings' rates (standard, 0 % zero rated), every other category at 0 %, and the line's own. */
  const vatOptions = (current: string) => {
    const keys = [
      ...vatRates.map((rate) => vatKey(ownCategory(rate), rate)),
      // Split payment (B) at each rate: only for a domestic Italian invoice (checked at issue).
      ...(sellerCountry.toUpperCase() === 'IT'
        ? vatRates.filter((r) => r > 0).map((r) => vatKey('B', r))
        : []),
      ...VAT_CATEGORIES.filter((c) => ZERO_RATE_CATEGORIES.includes(c)).map((c) => vatKey(c, 0))
    ]
    if (parseVatKey(current)) keys.push(current)
    return [...new Set(keys)]
  }
  const vatOptionLabel = (key: string) => {
    const vat = parseVatKey(key)
    if (!vat) return key
    if (vat.vatCategory === 'S') return format.percent(vat.vatRateBp)
    if (vat.vatCategory === 'Z') return `${format.percent(0)} (Z)`
    if (vat.vatCategory === 'B') return `${format.percent(vat.vatRateBp)} ${categoryLabel('B')}`
    return categoryLabel(vat.vatCategory)
  }
  const columnCount = promisedPerLine ? 9 : 8

  const aria = (name: string) => {
    const error = errorAt(formState.errors, name)
    const [, i, f] = name.split('.')
    return {
      'aria-invalid': Boolean(error),
      'aria-describedby': error ? `${cellId(Number(i), f)}-error` : undefined
    }
  }

  /** A line's number (quantity, unit price, discount), typed as text the reader's way; Enter goes on. */
  const numberCell = (
    index: number,
    field: 'quantity' | 'price' | 'discount',
    column: string,
    label: string,
    readOnly?: boolean
  ) => (
    <td className={column}>
      <input
        id={cellId(index, field)}
        type="text"
        inputMode="decimal"
        className="num"
        aria-label={label}
        readOnly={readOnly}
        {...aria(`lines.${index}.${field}`)}
        {...register(`lines.${index}.${field}`)}
        onKeyDown={(e) => onNumberKey(index, e)}
        data-testid={`line-${field}`}
      />
      <CellError name={`lines.${index}.${field}`} />
    </td>
  )

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
      {treatment !== 'S' && (
        <p className="doc-vat-treatment" data-testid="vat-treatment">
          {t('vat.editorTreatment', { category: categoryLabel(treatment) })}{' '}
          {!lockedPrices && fields.length > 0 && (
            <button type="button" className="link-button" onClick={applyTreatment} data-testid="vat-apply">
              {t('vat.applyTreatment')}
            </button>
          )}
        </p>
      )}
      {oss && treatment === 'S' && (
        <p className="doc-vat-treatment" data-testid="oss-notice" data-applies={String(oss.sales.applies)}>
          {t(!oss.sales.applies ? 'vat.ossBelow' : oss.sales.voluntary ? 'vat.ossOption' : 'vat.ossApplies', {
            country: oss.sales.country,
            seller: sellerCountry,
            current: format.amount(oss.sales.currentYearCents, OSS_CURRENCY),
            previous: format.amount(oss.sales.previousYearCents, OSS_CURRENCY),
            threshold: format.amount(oss.sales.thresholdCents, OSS_CURRENCY)
          })}{' '}
          {oss.sales.applies && !lockedPrices && fields.length > 0 && (
            <button type="button" className="link-button" onClick={applyTreatment} data-testid="oss-apply">
              {t('vat.applyTreatment')}
            </button>
          )}
        </p>
      )}
      {fields.length === 0 ? (
        <p className="muted" data-testid="lines-empty">
          {t('documents.noLines')}
        </p>
      ) : (
        <table className="line-table">
          <thead>
            <tr>
              <LineHeaderCells editing />
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
              const net = line ? lineAmounts(line, minorUnits).netCents : null
              const description = register(`lines.${index}.description`)
              const vatField = register(`lines.${index}.vat`)
              const open = picking?.index === index && matches !== null
              const vat = parseVatKey(lines[index]?.vat ?? '')
              const needsReason = vat !== null && EXEMPTION_REASON_CATEGORIES.includes(vat.vatCategory)
              return (
                <Fragment key={field.id}>
                  <tr data-testid="line-row" onKeyDown={(e) => onLineKey(index, e)}>
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
                    {numberCell(
                      index,
                      'quantity',
                      'col-qty',
                      t('documents.line.quantityOf', { number: index + 1 })
                    )}
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
                    {numberCell(
                      index,
                      'price',
                      'col-price',
                      t('documents.line.priceOf', { number: index + 1 }),
                      lockedPrices
                    )}
                    {numberCell(
                      index,
                      'discount',
                      'col-discount',
                      t('documents.line.discountOf', { number: index + 1 }),
                      lockedPrices
                    )}
                    <td className="col-vat">
                      <select
                        id={cellId(index, 'vat')}
                        aria-label={t('documents.line.vatOf', { number: index + 1 })}
                        disabled={lockedPrices}
                        {...aria(`lines.${index}.vat`)}
                        {...vatField}
                        onChange={(e) => {
                          void vatField.onChange(e)
                          // Another category brings its own reason code (none for exempt: the user picks).
                          const chosen = parseVatKey(e.target.value)
                          if (chosen)
                            setValue(
                              `lines.${index}.exemptionCode`,
                              DEFAULT_EXEMPTION_CODE[chosen.vatCategory] ?? ''
                            )
                        }}
                        onKeyDown={(e) => onNumberKey(index, e)}
                        data-testid="line-vat"
                      >
                        <ChoiceOptions choices={vatOptions(lines[index]?.vat ?? '')} label={vatOptionLabel} />
                      </select>
                      <CellError name={`lines.${index}.vat`} />
                    </td>
                    {promisedPerLine && (
                      <td className="col-promised">
                        <FormDateInput
                          id={cellId(index, 'promisedDate')}
                          name={`lines.${index}.promisedDate`}
                          aria-label={t('documents.line.promisedOf', { number: index + 1 })}
                          title={t('documents.line.promisedHint')}
                          {...aria(`lines.${index}.promisedDate`)}
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
                  {needsReason && (
                    <tr
                      className="line-vat-reason"
                      data-testid="line-vat-reason"
                      onKeyDown={(e) => onLineKey(index, e)}
                    >
                      <td colSpan={columnCount}>
                        <span className="line-vat-reason-title">
                          {t('vat.reason', { number: index + 1 })}
                        </span>
                        <select
                          id={cellId(index, 'exemptionCode')}
                          aria-label={t('vat.reasonCodeOf', { number: index + 1 })}
                          title={t('vat.reasonCode')}
                          disabled={lockedPrices}
                          {...aria(`lines.${index}.exemptionCode`)}
                          {...register(`lines.${index}.exemptionCode`)}
                          data-testid="line-exemption-code"
                        >
                          <option value="">{t('vat.noCode')}</option>
                          <ChoiceOptions choices={VATEX_CODES} label={(code) => code} />
                        </select>
                        <input
                          id={cellId(index, 'exemptionText')}
                          type="text"
                          aria-label={t('vat.reasonTextOf', { number: index + 1 })}
                          title={t('vat.reasonText')}
                          placeholder={t('vat.reasonTextPlaceholder')}
                          readOnly={lockedPrices}
                          maxLength={300}
                          {...aria(`lines.${index}.exemptionText`)}
                          {...register(`lines.${index}.exemptionText`)}
                          onKeyDown={(e) => onNumberKey(index, e)}
                          data-testid="line-exemption-text"
                        />
                        <CellError name={`lines.${index}.exemptionCode`} />
                        <CellError name={`lines.${index}.exemptionText`} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      )}
      {errorAt(formState.errors, 'lines') && (
        <p className="field-error">{tm(errorAt(formState.errors, 'lines'))}</p>
      )}
      {warnings.length > 0 && (
        <ul className="doc-vat-warnings" role="status" data-testid="vat-warnings">
          {warnings.map((w) => (
            <li key={`${w.kind}-${w.line}`} data-testid="vat-warning" data-kind={w.kind}>
              {w.kind === 'foreignStandardRate'
                ? t('vat.warnForeign', {
                    line: w.line + 1,
                    rate: format.percent(w.rateBp),
                    country: w.buyerCountry
                  })
                : t('vat.warnRate', {
                    line: w.line + 1,
                    rate: format.percent(w.rateBp),
                    country: w.country
                  })}
            </li>
          ))}
        </ul>
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
