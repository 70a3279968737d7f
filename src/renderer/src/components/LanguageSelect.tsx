/**
 * A choice of one of Salesdesk's languages: the interface's, the language of a document's terms, of
 * an e-mail text. Each is named in its own language ("Español", "Magyar") and marked with it, so a
 * screen reader says the name as it is written; the settings screens each listed them by hand.
 */
import type { ComponentProps } from 'react'
import { languages, type Language } from '../../../shared/languages'
import { useT } from '../i18n'
import { LabelledSelect } from './fields'

type LanguageSelectProps = Omit<
  ComponentProps<typeof LabelledSelect<Language>>,
  'options' | 'optionLabel' | 'optionLang'
>

/**
 * `marked`: languages shown with a ✓ after their name, where the screen has something in them
 * (a campaign's written texts), so the reader sees which ones are done without opening each.
 */
export function LanguageSelect({ marked, ...props }: LanguageSelectProps & { marked?: readonly Language[] }) {
  const { t } = useT()
  return (
    <LabelledSelect
      {...props}
      options={languages}
      optionLabel={(language) =>
        `${t(`settings.languages.${language}`)}${marked?.includes(language) ? ' ✓' : ''}`
      }
      optionLang={(language) => language}
    />
  )
}
