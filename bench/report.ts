/**
 * Issue 12's report figure: the weekly report's figures in the accounting currency (corrections
 * in the week they are issued, fees apart, cohort, each foreign document converted at its frozen
 * rate) against one raw SQL pass over the same rows of the same week, plus the report files
 * (`benchWeeklyReport`) and the same cells written by bare exceljs/pdfkit (`benchReportFiles`).
 * `npm run bench -- --only report [--reuse]`.
 */
import { isoWeekRange } from '../src/shared/iso-week'
import type { WeeklyFigures } from '../src/shared/schemas/figures'
import type { Salesdesk } from '../src/main/runtime'
import { required } from '../src/shared/required'
import { benchWeeklyReport, call, recentWeeks } from './figures'
import { benchReportFiles } from './report-files'
import { cpuFigure, heading, loadNote, medianCpu, ms, report, timeRunsCpu } from './stats'

/** The same week's amounts in plain SQL, no conversion: invoices, corrections and fees per executive. */
function rawWeek(app: Salesdesk, start: string, end: string): unknown[] {
  return app.store.sqlite
    .prepare(
      `select coalesce(i.executive_id, d.executive_id) as exec,
         sum(case when d.type = 'invoice' then d.net_cents else 0 end) as invoiced,
         sum(case when d.type = 'credit_note' then -d.net_cents
                  when d.type = 'debit_note' and coalesce(d.debit_kind, '') <> 'fee' then d.net_cents else 0 end) as corrections,
         sum(case when d.type = 'debit_note' and d.debit_kind = 'fee' then d.net_cents else 0 end) as fees,
         sum(d.type = 'estimate') as sent
       from documents d left join documents i on i.id = d.corrects_id
       left join document_exchange_rates x on x.document_id = d.id
       where d.status <> 'draft' and d.issue_date between ? and ?
       group by 1`
    )
    .all(start, end)
}

export async function benchReportFigures(app: Salesdesk): Promise<{ oursMs: number; rawMs: number }> {
  const week = required(recentWeeks().at(-1), 'last complete week')
  const { start, end } = isoWeekRange(week)
  const figures = await call<WeeklyFigures>(app, 'weekly.figures', { week })
  heading(
    `Weekly report figures ${week} (${figures.team.invoiceCount.toLocaleString('en')} invoices, ${figures.currency})`
  )
  const ours = medianCpu(await timeRunsCpu(5, () => call(app, 'weekly.figures', { week })))
  const raw = medianCpu(await timeRunsCpu(5, () => rawWeek(app, start, end)))
  report('weekly.figures (converted, cohort, pipeline)', cpuFigure(ours), loadNote())
  report(
    'raw SQL over the same week',
    cpuFigure(raw),
    `ratio: wall ${(ours.wallMs / raw.wallMs).toFixed(1)}×, CPU ${(ours.cpuMs / raw.cpuMs).toFixed(1)}×`
  )
  const files = await benchWeeklyReport(app, week)
  const split = await benchReportFiles(app, week)
  // The goals against the whole call's CPU time (main thread: the process's figure adds the GC and
  // zlib threads, which run beside it); the wall time on a loaded machine is mostly waiting for a core.
  const goals = [
    ['xlsx', files.xlsxThreadMs, files.xlsxCpuMs, files.xlsxMs, 300],
    ['pdf', files.pdfThreadMs, files.pdfCpuMs, files.pdfMs, 500]
  ] as const
  for (const [format, thread, cpu, wall, goal] of goals) {
    const { ours, bare } = split.draw[format]
    report(
      `weekly.report ${format}: goal ${String(goal)} ms CPU`,
      `${thread < goal ? 'met' : 'NOT met'}: main ${ms(thread)} (process ${ms(cpu)})`,
      `data ${ms(split.data.threadMs)} + draw ${ms(ours.threadMs)}; draw / bare ${(ours.threadMs / bare.threadMs).toFixed(2)}×; wall ${ms(wall)} (${wall < goal ? 'under' : 'over'} the goal, ${loadNote()})`
    )
  }
  return { oursMs: ours.wallMs, rawMs: raw.wallMs }
}
