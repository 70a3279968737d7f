/** The page of an area that is not built yet: says, in the user's words, what it will do. */
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'

export function ComingSoon({ areaKey }: { areaKey: string }) {
  const { t } = useT()
  const title = t(`nav.${areaKey}`)
  usePageTitle(title)
  const points = t(`comingSoon.${areaKey}`, { returnObjects: true }) as unknown
  return (
    <div className="page page-narrow" data-testid={`coming-soon-${areaKey}`}>
      <header className="page-header">
        <h1>{title}</h1>
        <span className="badge badge-info">{t('comingSoon.badge')}</span>
      </header>
      <div className="panel">
        <p>{t('comingSoon.intro')}</p>
        <ul className="coming-soon-list">
          {Array.isArray(points) && points.map((point) => <li key={String(point)}>{String(point)}</li>)}
        </ul>
      </div>
    </div>
  )
}
