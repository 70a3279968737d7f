/**
 * The last safety net: if a page fails to render, a calm message replaces it — never a
 * stack trace. Used around the whole app and as the router's error element.
 */
import { Component, type ReactNode } from 'react'
import { useRouteError } from 'react-router-dom'
import { useT } from '../i18n'

export function FriendlyError() {
  const { t } = useT()
  return (
    <div className="page page-narrow" role="alert" data-testid="error-page">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
        <a className="button" href="#/customers">
          {t('errors.home')}
        </a>
      </div>
    </div>
  )
}

/** The router's errorElement: logs the error for developers, shows the friendly page. */
export function RouteError() {
  const error = useRouteError()
  console.error('[salesdesk] page failed:', error)
  return <FriendlyError />
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.error('[salesdesk] page failed:', error)
  }

  render() {
    return this.state.failed ? <FriendlyError /> : this.props.children
  }
}
