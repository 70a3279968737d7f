/**
 * Search from anywhere (Ctrl+K, issue 13 item 14): customers, documents by number, products,
 * contacts, and the pages of the navigation, in one box driven by the keyboard alone. The box is
 * a combobox over a listbox of grouped options (the ARIA pattern): arrows move, Enter opens,
 * Escape closes.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import type { SearchResults } from '../../../shared/schemas/search'
import { foldForSearch } from '../../../shared/text'
import { api } from '../api/client'
import { useApiQuery } from '../api/query'
import { useDebounced } from '../components/use-debounced'
import { useFormat } from '../components/format'
import { Dialog } from '../components/Dialog'
import { useShellDialog } from '../components/use-shell-dialog'
import { documentPath } from '../documents/common'
import { useT } from '../i18n'
import { areas } from '../shell/areas'
import './search.css'

/** Sent by the header's search button; Ctrl+K opens the same box. */
const OPEN_SEARCH_EVENT = 'salesdesk:open-search'

export function openSearch(): void {
  window.dispatchEvent(new Event(OPEN_SEARCH_EVENT))
}

type Group = 'customers' | 'documents' | 'products' | 'contacts' | 'pages'
const groups: Group[] = ['customers', 'documents', 'products', 'contacts', 'pages']

interface Item {
  key: string
  group: Group
  label: string
  detail: string
  path: string
}

/** Mounted once in the shell: listens for Ctrl+K (Cmd+K) and for the header's button. */
export function CommandPalette() {
  const { opened, close } = useShellDialog('k', OPEN_SEARCH_EVENT)
  return opened ? <Palette onClose={close} /> : null
}

/** The header's button: the same box for those who use the mouse, with the shortcut on it. */
export function SearchButton() {
  const { t } = useT()
  return (
    <button type="button" className="search-button" onClick={openSearch} data-testid="search-open">
      {t('search.button')} <kbd>{t('search.shortcut')}</kbd>
    </button>
  )
}

function useItems(text: string, results: SearchResults | undefined): Item[] {
  const { t } = useT()
  const format = useFormat()
  return useMemo(() => {
    const words = foldForSearch(text).split(' ').filter(Boolean)
    const pages: Item[] = areas
      .map((area) => ({
        key: `page-${area.key}`,
        group: 'pages' as const,
        label: t(`nav.${area.key}`),
        detail: '',
        path: area.path
      }))
      .filter((page) => words.every((word) => foldForSearch(page.label).includes(word)))
    if (!results || words.length === 0) return pages
    return [
      ...results.customers.map((c) => ({
        key: `customer-${String(c.id)}`,
        group: 'customers' as const,
        label: c.name,
        detail: [c.code, c.city, c.archived ? t('search.archived') : ''].filter(Boolean).join(' · '),
        path: `/customers/${String(c.id)}`
      })),
      ...results.documents.map((d) => ({
        key: `document-${String(d.id)}`,
        group: 'documents' as const,
        label: `${t(`documents.type.${d.type}`)} ${d.number}`,
        detail: [d.customerName, format.date(d.issueDate)].filter(Boolean).join(' · '),
        path: documentPath(d.type, d.id)
      })),
      ...results.products.map((p) => ({
        key: `product-${String(p.id)}`,
        group: 'products' as const,
        label: p.name,
        detail: [p.sku, p.active ? '' : t('search.inactive')].filter(Boolean).join(' · '),
        path: `/products/${String(p.id)}`
      })),
      ...results.contacts.map((c, i) => ({
        key: `contact-${String(c.customerId)}-${String(i)}`,
        group: 'contacts' as const,
        label: c.name,
        detail: [c.customerName, c.email, c.phone].filter(Boolean).join(' · '),
        path: `/customers/${String(c.customerId)}`
      })),
      ...pages
    ]
  }, [text, results, t, format])
}

function Palette({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const navigate = useNavigate()
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const query = useDebounced(text.trim(), 150)
  const results = useApiQuery(['search', query], () => api.call('search.everywhere', { text: query }), {
    enabled: query !== '',
    keepPrevious: true
  })
  const settled = query === text.trim() && !results.isFetching
  const items = useItems(query, query === '' ? undefined : results.data)
  const current = Math.min(active, items.length - 1)
  const optionId = (index: number) => `${id}-option-${String(index)}`

  function choose(item: Item | undefined) {
    if (!item) return
    onClose()
    void navigate(item.path)
  }

  function onKeyDown(event: ReactKeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 5,
      PageUp: current - 5
    }
    if (event.key in moves) {
      event.preventDefault()
      setActive(Math.max(0, Math.min(items.length - 1, moves[event.key])))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(items[current])
    }
  }

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' })
  })

  const status =
    text.trim() === ''
      ? t('search.hint')
      : !settled
        ? t('search.searching')
        : items.length === 0
          ? t('search.nothing')
          : t('search.found', { count: items.length })

  return (
    <Dialog
      title={t('search.title')}
      hiddenTitle
      onClose={onClose}
      testId="search-palette"
      className="search-palette"
    >
      <input
        type="text"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={items.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(current) : undefined}
        aria-describedby={`${id}-status`}
        placeholder={t('search.placeholder')}
        value={text}
        data-autofocus
        onChange={(e) => {
          setText(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <p id={`${id}-status`} className="search-status muted" aria-live="polite" data-testid="search-status">
        {status}
      </p>
      <div id={`${id}-list`} role="listbox" aria-label={t('search.results')} className="search-results">
        {groups.map((group) => {
          const inGroup = items.filter((item) => item.group === group)
          if (inGroup.length === 0) return null
          return (
            <div
              key={group}
              role="group"
              aria-label={t(`search.groups.${group}`)}
              data-testid={`search-${group}`}
            >
              <div className="search-group-title" aria-hidden="true">
                {t(`search.groups.${group}`)}
              </div>
              {inGroup.map((item) => {
                // Items come in the groups' order, so this is the option's place for the arrow keys.
                const position = items.indexOf(item)
                return (
                  <div
                    key={item.key}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === current}
                    className={position === current ? 'search-option active' : 'search-option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(item)}
                    onMouseMove={() => setActive(position)}
                    data-testid="search-option"
                  >
                    <span className="search-label">{item.label}</span>
                    {item.detail && <span className="search-detail muted">{item.detail}</span>}
                  </div>
                )
              })}
            </div>
          )
        })}
      </div>
      <p className="search-keys muted">{t('search.keys')}</p>
    </Dialog>
  )
}
