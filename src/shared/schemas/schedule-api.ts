/** The schedule's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import {
  clashCheck,
  daySheetQuery,
  eventMove,
  icsQuery,
  meetingInput,
  planGenerate,
  planInput,
  planListQuery,
  requestFromVisit,
  scheduleRange,
  visitCancel,
  visitCompletion,
  visitCreate,
  visitExportQuery,
  visitListQuery,
  visitNoShow,
  visitUpdate,
  workingHoursInput,
  type Clash,
  type CustomerRequest,
  type Meeting,
  type PlanGeneration,
  type Saved,
  type ScheduleRange,
  type SiteVisit,
  type VisitPlan,
  type VisitRow,
  type WorkingHours
} from './schedule'

const acceptClashes = z.boolean().optional()

export const scheduleApiInputs = {
  'visits.list': visitListQuery,
  'visits.get': idInput,
  'visits.create': visitCreate,
  'visits.update': visitUpdate,
  'visits.move': eventMove,
  'visits.complete': visitCompletion,
  'visits.cancel': visitCancel,
  'visits.noShow': visitNoShow,
  'visits.createRequestFromVisit': requestFromVisit,
  'visits.createEstimateFromVisit': idInput,
  'visits.exportXlsx': visitExportQuery.extend(exportLanguage),

  'plans.list': planListQuery,
  'plans.get': idInput,
  'plans.create': z.object({ plan: planInput }).strict(),
  'plans.update': z.object({ id: idInput.shape.id, plan: planInput }).strict(),
  'plans.generate': planGenerate,

  'meetings.get': idInput,
  'meetings.create': z.object({ meeting: meetingInput, acceptClashes }).strict(),
  'meetings.update': z.object({ id: idInput.shape.id, meeting: meetingInput, acceptClashes }).strict(),
  'meetings.move': eventMove,
  'meetings.cancel': idInput,

  'schedule.range': scheduleRange,
  'schedule.checkClashes': clashCheck,
  'schedule.daySheetPdf': daySheetQuery,
  'schedule.ics': icsQuery,
  'schedule.workingHours': z.object({}).strict(),
  'schedule.setWorkingHours': z.object({ workingHours: workingHoursInput }).strict()
} as const

export interface ScheduleApiOutputs {
  'visits.list': Page<VisitRow>
  'visits.get': SiteVisit
  'visits.create': Saved<SiteVisit>
  'visits.update': Saved<SiteVisit>
  'visits.move': Saved<SiteVisit>
  'visits.complete': SiteVisit
  'visits.cancel': SiteVisit
  'visits.noShow': SiteVisit
  'visits.createRequestFromVisit': CustomerRequest
  'visits.createEstimateFromVisit': { estimateId: number }
  'visits.exportXlsx': FileResult

  'plans.list': VisitPlan[]
  'plans.get': VisitPlan
  'plans.create': VisitPlan & { generated: PlanGeneration }
  'plans.update': VisitPlan & { generated: PlanGeneration }
  'plans.generate': PlanGeneration

  'meetings.get': Meeting
  'meetings.create': Saved<Meeting>
  'meetings.update': Saved<Meeting>
  'meetings.move': Saved<Meeting>
  'meetings.cancel': Meeting

  'schedule.range': ScheduleRange
  'schedule.checkClashes': Clash[]
  'schedule.daySheetPdf': FileResult
  'schedule.ics': FileResult
  'schedule.workingHours': WorkingHours
  'schedule.setWorkingHours': WorkingHours
}
