/**
 * How far a figure is from its target, in four bands with stated thresholds, so a colour means
 * the same on the weekly table and the executive page, and the legend can say where each starts.
 * Far above (150 % or more) is a band of its own: every row green at 185–810 % said nothing, and a
 * target that low is worth a look.
 */
export const targetBands = ['behind', 'close', 'met', 'farAbove'] as const
export type TargetBand = (typeof targetBands)[number]

/** Where each band starts, as a share of the target (behind starts at 0). */
export const BAND_STARTS: Record<TargetBand, number> = { behind: 0, close: 0.8, met: 1, farAbove: 1.5 }

/** The band of `actual` against `target`; null when there is no target to compare with. */
export function targetBand(actual: number, target: number | null): TargetBand | null {
  if (target === null || target <= 0) return null
  const ratio = actual / target
  if (ratio >= BAND_STARTS.farAbove) return 'farAbove'
  if (ratio >= BAND_STARTS.met) return 'met'
  if (ratio >= BAND_STARTS.close) return 'close'
  return 'behind'
}
