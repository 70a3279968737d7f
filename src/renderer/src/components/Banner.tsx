/** A message across the top of a page: success (green), problem (red) or plain information. */
import { Link } from 'react-router-dom'
import { useT } from '../i18n'

export interface BannerMessage {
  kind: 'success' | 'error' | 'info'
  text: string
  /** A way out offered with the message, e.g. "Reload" after someone else saved first. */
  action?: { label: string; run: () => void }
  /** A page the message is about, e.g. the draft just created ("Open the estimate draft"). */
  link?: { label: string; to: string }
}

export function Banner({ message, onClose }: { message: BannerMessage | null; onClose?: () => void }) {
  const { t, tm } = useT()
  if (!message) return null
  return (
    <div
      className={`banner banner-${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid="banner"
    >
      <span data-testid={`banner-${message.kind}`}>{tm(message.text)}</span>
      {message.link && (
        <Link className="banner-action" to={message.link.to} data-testid="banner-link">
          {message.link.label}
        </Link>
      )}
      {message.action && (
        <button
          type="button"
          className="banner-action"
          onClick={message.action.run}
          data-testid="banner-action"
        >
          {message.action.label}
        </button>
      )}
      {onClose && (
        <button type="button" className="link-button" onClick={onClose}>
          {t('common.close')}
        </button>
      )}
    </div>
  )
}
