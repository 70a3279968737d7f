/** i18next set-up: every area's strings (see resources.ts), the chosen language kept in localStorage. */
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { isLanguage, languages, type Language } from '../../../shared/languages'
import { api } from '../api/client'
import { translateKeyedText } from './errors'
import { resources } from './resources'

export { languages, type Language }

const STORAGE_KEY = 'salesdesk.language'

/** The first of the system's (or browser's) preferred languages Salesdesk speaks: "ca-ES" -> ca. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguage(primary)) return primary
  }
  return 'en'
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (isLanguage(stored)) return stored
  return systemLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language])
}

/**
 * A browser that has no language of its own saved (a new browser on the local web host) starts in
 * the one last chosen in Settings, kept with the data; without one, the computer's stays. Never
 * fails: main.tsx waits for it before the first screen.
 */
export async function adoptChosenLanguage(): Promise<void> {
  if (isLanguage(localStorage.getItem(STORAGE_KEY))) return
  const chosen = await api.call('settings.interfaceLanguage', {}).then(
    (answer) => answer.language,
    () => null
  )
  if (chosen === null || chosen === i18next.language) return
  document.documentElement.lang = chosen
  await i18next.changeLanguage(chosen)
  tellShell(chosen)
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage()
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false
  })
  document.documentElement.lang = lng
  tellShell(lng)
  return i18next
}

/** The Electron shell builds its menu in the interface language (no shell in a browser). */
function tellShell(language: Language): void {
  window.salesdesk?.setLanguage(language).catch(() => undefined)
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  void i18next.changeLanguage(language)
  tellShell(language)
}

const isCheckKey = (message: string) => /^checks\.\w+$/.test(message) && i18next.exists(message)

/**
 * Messages shown by the screens: the core's and the schemas' keyed ones ("§key {params}") are
 * translated by key, the screens' own checks by their `checks.` key; anything else (a server's own
 * words, a name) is kept as it is.
 */
export function translateMessage(message: string, language: string): string {
  const keyed = translateKeyedText(message, language)
  if (keyed !== null) return keyed
  if (isCheckKey(message)) return i18next.t(message, { lng: language })
  return message
}

/** t() plus a translator for English messages that come from schemas or the API. */
export function useT() {
  const { t, i18n } = useTranslation()
  const tm = (message: string | undefined) => (message ? translateMessage(message, i18n.language) : '')
  return { t, tm, i18n, language: i18n.language }
}

/** The interface's language as one of ours (office paperwork such as the day sheet prints in it). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'en'
}
