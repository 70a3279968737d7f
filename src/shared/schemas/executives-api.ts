/** The sales team's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import {
  executiveFiguresQuery,
  executiveInput,
  executiveListQuery,
  type Executive,
  type ExecutiveFigures,
  type ExecutiveRow
} from './executives'

export const executivesApiInputs = {
  'executives.list': executiveListQuery,
  'executives.get': idInput,
  'executives.create': z.object({ executive: executiveInput }).strict(),
  'executives.update': z.object({ id: idInput.shape.id, executive: executiveInput }).strict(),
  'executives.delete': idInput,
  'executives.exportXlsx': executiveListQuery.omit({ offset: true, limit: true }).extend(exportLanguage),
  'executives.figures': executiveFiguresQuery
} as const

export interface ExecutivesApiOutputs {
  'executives.list': Page<ExecutiveRow>
  'executives.get': Executive
  'executives.create': Executive
  'executives.update': Executive
  'executives.delete': { deleted: true } | { deleted: false; deactivated: true }
  'executives.exportXlsx': FileResult
  'executives.figures': ExecutiveFigures
}
