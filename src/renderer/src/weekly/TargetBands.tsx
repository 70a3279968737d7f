/** The colour of a figure against its target, and the legend that states each band's thresholds. */
import { BAND_STARTS, targetBand, targetBands } from '../../../shared/target-bands'
import { useT } from '../i18n'
import { useFigureFormat } from './use-weekly'

/** The cell's class for `actual` against `target` ('' without a target). */
export function bandClass(actual: number, target: number | null): string {
  const band = targetBand(actual, target)
  return band === null ? '' : `band band-${band}`
}

export function TargetBandLegend({ currency }: { currency: string }) {
  const { t } = useT()
  const f = useFigureFormat(currency)
  const starts = targetBands.map((band) => BAND_STARTS[band])
  return (
    <ul className="band-legend" aria-label={t('weekly.bands.title')} data-testid="band-legend">
      {targetBands.map((band, i) => (
        <li key={band} data-band={band}>
          <span className={`band-swatch band band-${band}`} aria-hidden="true" />
          {t(`weekly.bands.${band}`, { from: f.percent(starts[i]), to: f.percent(starts[i + 1] ?? null) })}
        </li>
      ))}
      <li data-band="none">
        <span className="band-swatch" aria-hidden="true" />
        {t('weekly.bands.none')}
      </li>
    </ul>
  )
}
