/** The sales team's API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { ExecutivesApiOutputs } from '../../shared/schemas/executives-api'
import type { ServiceContext } from '../context'
import { exportExecutives } from './export'
import { executiveFigures } from './figures'
import * as executives from './service'

export type ExecutivesHandlers = Pick<ApiHandlers, keyof ExecutivesApiOutputs>

export function executivesHandlers(ctx: ServiceContext): ExecutivesHandlers {
  return {
    'executives.list': (q) => executives.listExecutives(ctx, q),
    'executives.get': ({ id }) => executives.getExecutive(ctx, id),
    'executives.create': ({ executive }) => executives.createExecutive(ctx, executive),
    'executives.update': ({ id, executive }) => executives.updateExecutive(ctx, id, executive),
    'executives.delete': ({ id }) => executives.deleteExecutive(ctx, id),
    'executives.exportXlsx': ({ language, ...q }) => exportExecutives(ctx, q, language),
    'executives.figures': ({ id, week }) => executiveFigures(ctx, id, week)
  }
}
