/** The frame around every page: the database file on top, every area on the left. */
import { NavLink, Outlet } from 'react-router-dom'
import { useT } from '../i18n'
import { RequestCountBadge } from '../requests/RequestCountBadge'
import { CallShortcut } from '../calls/CallDialog'
import { CommandPalette, SearchButton } from '../search/CommandPalette'
import { areaGroups, areas } from './areas'
import { useAppInfo } from './use-app-info'

export function AppShell() {
  const { t } = useT()
  const info = useAppInfo()
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
        <span className="database-file" title={info?.databasePath}>
          <span className="database-label">{t('app.database')}:</span>{' '}
          <span data-testid="database-path">{info?.databasePath ?? '…'}</span>
        </span>
        <SearchButton />
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        {areaGroups.map((group) => (
          <div key={group} className="nav-group">
            <h2 className="nav-group-title">{t(`nav.${group}`)}</h2>
            <ul>
              {areas
                .filter((area) => area.group === group)
                .map((area) => (
                  <li key={area.key}>
                    <NavLink
                      to={area.path}
                      data-testid={`nav-${area.key}`}
                      className={({ isActive }) => (isActive ? 'active' : undefined)}
                    >
                      {t(`nav.${area.key}`)}
                      {area.key === 'requests' && <RequestCountBadge />}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
      <CallShortcut />
      <CommandPalette />
    </div>
  )
}
