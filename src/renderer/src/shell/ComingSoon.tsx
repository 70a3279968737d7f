/** The page of an area that is not built yet: says, in the user's words, what it will do. */
import { badgeClass } from '../components/badge-tones'
import { NarrowPage } from '../components/NarrowPage'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'

export function ComingSoon({ areaKey }: { areaKey: string }) {
  const { t } = useT()
  const title = t(`nav.${areaKey}`)
  usePageTitle(title)
  const points = t(`comingSoon.${areaKey}`, { returnObjects: true }) as unknown
  return (
    <NarrowPage
      title={title}
      testId={`coming-soon-${areaKey}`}
      besideTitle={<span className={badgeClass('info')}>{t('comingSoon.badge')}</span>}
    >
      <div className="panel">
        <p>{t('comingSoon.intro')}</p>
        <ul className="coming-soon-list">
          {Array.isArray(points) && points.map((point) => <li key={String(point)}>{String(point)}</li>)}
        </ul>
      </div>
    </NarrowPage>
  )
}
