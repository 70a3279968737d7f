/** What every NAV screen shares: the status badge, NAV's codes and the advice in the user's language. */
import {
  navFailure,
  type NavMessage,
  type NavReportRow,
  type NavReportStatus
} from '../../../shared/schemas/nav'
import type { BadgeTone } from '../components/badge-tones'
import { statusBadge } from '../components/ToneBadge'
import { useT } from '../i18n'
import { translateKeyed } from '../i18n/errors'
import './nav.css'

export const navKeys = {
  all: ['nav'] as const,
  status: ['nav', 'status'] as const,
  settings: ['nav', 'settings'] as const,
  document: (id: number) => ['nav', 'document', id] as const
}

type BadgeStatus = NavReportStatus | 'warnings'

/** DONE with a WARN message is "accepted with warnings": the user should still read it. */
export function badgeStatus(report: Pick<NavReportRow, 'status' | 'messages'>): BadgeStatus {
  return report.status === 'done' && report.messages.some((m) => m.severity === 'WARN')
    ? 'warnings'
    : report.status
}

const statusTones: Record<BadgeStatus, BadgeTone> = {
  waiting: 'warning',
  sent: 'info',
  done: 'good',
  warnings: 'warning',
  aborted: 'danger',
  replaced: 'muted'
}

export function NavStatusBadge({ report }: { report: Pick<NavReportRow, 'status' | 'messages'> }) {
  return <NavBadge status={badgeStatus(report)} />
}

/** The badge of a status already worked out (the document list's NAV column takes its `fits`). */
export const NavBadge = statusBadge({
  tones: statusTones,
  words: 'navReporting.status',
  testId: 'nav-status'
})

/** NAV's codes as sentences: the known ones translated, the others in NAV's own words. */
export function useNavText() {
  const { t, i18n } = useT()
  const codeText = (code: string | null, fallback: string, params: Record<string, string> = {}) =>
    code && i18n.exists(`navReporting.code.${code}`) ? t(`navReporting.code.${code}`, params) : fallback
  return {
    /** A validation message of NAV's answer. */
    message: (m: NavMessage) => codeText(m.code, m.message),
    /** A technical failure as the queue recorded it ("INVALID_SECURITY_USER: …" or "Could not reach NAV …"). */
    failure: (error: string) => {
      const { code, params } = navFailure(error)
      return codeText(code, error, params)
    },
    advice: (report: Pick<NavReportRow, 'advice'>) => (report.advice ? translateKeyed(report.advice) : '')
  }
}

/** What went wrong with one report and what to do, in the user's language (NAV's own text kept beside it). */
export function NavReportProblem({ report }: { report: NavReportRow }) {
  const { t } = useT()
  const text = useNavText()
  const shown = report.messages.filter((m) => m.severity !== 'INFO' || report.status === 'aborted')
  if (shown.length === 0 && report.lastError === '' && report.advice === null) return null
  return (
    <div className="nav-problem" data-testid="nav-problem">
      {shown.length > 0 && (
        <ul className="nav-messages">
          {shown.map((m, i) => (
            <li key={i} data-testid="nav-message" data-code={m.code}>
              <strong>{t(`navReporting.severity.${m.severity}`)}:</strong> {text.message(m)}{' '}
              <span className="muted">
                ({m.code}
                {m.message ? ` · ${t('navReporting.navSaid', { message: m.message })}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      {report.status !== 'aborted' && report.lastError !== '' && (
        <p data-testid="nav-failure">{text.failure(report.lastError)}</p>
      )}
      {report.advice !== null && (
        <p className="muted" data-testid="nav-advice">
          {text.advice(report)}
        </p>
      )}
    </div>
  )
}
