/**
 * A fixed list of choices (statuses, payment methods, reasons, languages) as a select's options: the
 * value is the choice itself, the text what `label` calls it in the reader's language. One place for
 * what the form selects, the list filters and the plain selects each wrote out (issue 9), as
 * ExecutiveOptions is for the sales team. Options before the list ("choose…", "automatic") stay in
 * the page, written before it.
 */
export function ChoiceOptions<Choice extends string | number>({
  choices,
  label,
  lang
}: {
  choices: readonly Choice[]
  label: (choice: Choice) => string
  /** The language of a choice's text when it is not the page's (a language's own name). */
  lang?: (choice: Choice) => string | undefined
}) {
  return (
    <>
      {choices.map((c) => (
        <option key={c} value={c} lang={lang?.(c)}>
          {label(c)}
        </option>
      ))}
    </>
  )
}
