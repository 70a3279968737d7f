/**
 * Every area of Salesdesk, in the order of the navigation. `ready` areas have their own
 * pages; the others show a "coming soon" page describing what will be there.
 */
export type AreaGroup = 'masterData' | 'documents' | 'team' | 'system'

export interface Area {
  key: string
  path: string
  group: AreaGroup
  ready: boolean
}

export const areas: Area[] = [
  { key: 'customers', path: '/customers', group: 'masterData', ready: true },
  { key: 'products', path: '/products', group: 'masterData', ready: true },
  { key: 'executives', path: '/executives', group: 'masterData', ready: true },
  { key: 'imports', path: '/import', group: 'masterData', ready: true },
  { key: 'estimates', path: '/estimates', group: 'documents', ready: true },
  { key: 'orders', path: '/orders', group: 'documents', ready: true },
  { key: 'invoices', path: '/invoices', group: 'documents', ready: true },
  { key: 'payments', path: '/payments', group: 'documents', ready: true },
  { key: 'contracts', path: '/contracts', group: 'documents', ready: true },
  { key: 'schedule', path: '/schedule', group: 'team', ready: true },
  { key: 'meetings', path: '/meetings', group: 'team', ready: true },
  { key: 'weekly', path: '/weekly', group: 'team', ready: true },
  { key: 'requests', path: '/requests', group: 'team', ready: true },
  { key: 'calls', path: '/calls', group: 'team', ready: true },
  { key: 'campaigns', path: '/campaigns', group: 'team', ready: true },
  { key: 'activity', path: '/activity', group: 'system', ready: true },
  { key: 'outbox', path: '/outbox', group: 'system', ready: true },
  { key: 'settings', path: '/settings', group: 'system', ready: true }
]

export const areaGroups: AreaGroup[] = ['masterData', 'documents', 'team', 'system']
