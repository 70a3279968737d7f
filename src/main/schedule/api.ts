/** The schedule's API handlers (visits, plans, meetings, schedule views and exports). */
import type { ApiHandlers } from '../../shared/api'
import type { ScheduleApiOutputs } from '../../shared/schemas/schedule-api'
import type { ServiceContext } from '../context'
import { findClashes } from './clashes'
import { daySheetPdf } from './day-sheet'
import { exportVisitLog } from './export'
import { createRequestFromVisit } from './follow-ups'
import { scheduleIcs } from './ics'
import { createEstimateDraftForVisit } from './links'
import * as meetings from './meetings'
import * as plans from './plans'
import { scheduleRangeOf } from './range'
import { listVisits } from './visit-list'
import * as visits from './visits'
import { getWorkingHours, setWorkingHours } from './working-hours'

export type ScheduleHandlers = Pick<ApiHandlers, keyof ScheduleApiOutputs>

export function scheduleHandlers(ctx: ServiceContext): ScheduleHandlers {
  return {
    'visits.list': (q) => listVisits(ctx, q),
    'visits.get': ({ id }) => visits.getVisit(ctx, id),
    'visits.create': ({ visit, acceptClashes }) => visits.createVisit(ctx, visit, acceptClashes),
    'visits.update': ({ id, visit, acceptClashes }) => visits.updateVisit(ctx, id, visit, acceptClashes),
    'visits.move': ({ id, startAt, endAt, acceptClashes }) =>
      visits.moveVisit(ctx, id, startAt, endAt, acceptClashes),
    'visits.complete': (input) => visits.completeVisit(ctx, input),
    'visits.cancel': ({ id, reason }) => visits.cancelVisit(ctx, id, reason),
    'visits.noShow': ({ id, notes }) => visits.markNoShow(ctx, id, notes),
    'visits.createRequestFromVisit': ({ id, title, description }) =>
      createRequestFromVisit(ctx, id, title, description),
    'visits.createEstimateFromVisit': ({ id }) => createEstimateDraftForVisit(ctx, id),
    'visits.exportXlsx': ({ language, ...q }) => exportVisitLog(ctx, q, language),

    'plans.list': (q) => plans.listPlans(ctx, q),
    'plans.get': ({ id }) => plans.getPlan(ctx, id),
    'plans.create': ({ plan }) => plans.createPlan(ctx, plan),
    'plans.update': ({ id, plan }) => plans.updatePlan(ctx, id, plan),
    'plans.generate': ({ planId, until }) => plans.generatePlans(ctx, planId, until),

    'meetings.get': ({ id }) => meetings.getMeeting(ctx, id),
    'meetings.create': ({ meeting, acceptClashes }) => meetings.createMeeting(ctx, meeting, acceptClashes),
    'meetings.update': ({ id, meeting, acceptClashes }) =>
      meetings.updateMeeting(ctx, id, meeting, acceptClashes),
    'meetings.move': ({ id, startAt, endAt, acceptClashes }) =>
      meetings.moveMeeting(ctx, id, startAt, endAt, acceptClashes),
    'meetings.cancel': ({ id }) => meetings.cancelMeeting(ctx, id),

    'schedule.range': (q) => scheduleRangeOf(ctx, q),
    'schedule.checkClashes': (p) => findClashes(ctx.db, p),
    'schedule.daySheetPdf': ({ executiveId, date, language }) =>
      daySheetPdf(ctx, executiveId, date, language),
    'schedule.ics': ({ executiveId, from, to }) => scheduleIcs(ctx, executiveId, from, to),
    'schedule.workingHours': () => getWorkingHours(ctx.db),
    'schedule.setWorkingHours': ({ workingHours }) => setWorkingHours(ctx, workingHours)
  }
}
