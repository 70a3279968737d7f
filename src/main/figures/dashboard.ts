/**
 * The weekly dashboard in one call: the week's figures with targets, the 12-week trend, top
 * performers, and whether the week's sent report still matches today's figures.
 */
import type { WeeklyDashboard } from '../../shared/schemas/figures'
import type { Executor } from '../context'
import { compareWithSent } from './archive'
import { revenueTrend, topPerformers } from './report-data'
import { loadExecutives, weeklyFigures } from './weekly'

export async function weeklyDashboard(db: Executor, week: string): Promise<WeeklyDashboard> {
  const [figures, trend, executives] = await Promise.all([
    weeklyFigures(db, week),
    revenueTrend(db, week),
    loadExecutives(db)
  ])
  return {
    figures,
    trend,
    executives: executives.map((e) => ({ id: e.id, name: e.name })),
    topPerformers: topPerformers(figures),
    sent: await compareWithSent(db, figures)
  }
}
