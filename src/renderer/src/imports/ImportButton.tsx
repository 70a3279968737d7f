/** "Import…" beside "New" on the customer and product lists: the Import page, on that kind. */
import { Link } from 'react-router-dom'
import type { ImportKind } from '../../../shared/schemas/imports'
import { useT } from '../i18n'

export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useT()
  return (
    <Link className="button" to={`/import?kind=${kind}`} data-testid={`import-${kind}`}>
      {t('imports.open')}
    </Link>
  )
}
