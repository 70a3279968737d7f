/** Every area of Salesdesk, in the order of the navigation. */
export type AreaGroup = 'masterData' | 'documents' | 'team' | 'system'

export interface Area {
  key: string
  path: string
  group: AreaGroup
}

export const areas: Area[] = [
  { key: 'customers', path: '/customers', group: 'masterData' },
  { key: 'products', path: '/products', group: 'masterData' },
  { key: 'executives', path: '/executives', group: 'masterData' },
  { key: 'imports', path: '/import', group: 'masterData' },
  { key: 'estimates', path: '/estimates', group: 'documents' },
  { key: 'orders', path: '/orders', group: 'documents' },
  { key: 'invoices', path: '/invoices', group: 'documents' },
  { key: 'payments', path: '/payments', group: 'documents' },
  { key: 'contracts', path: '/contracts', group: 'documents' },
  { key: 'schedule', path: '/schedule', group: 'team' },
  { key: 'meetings', path: '/meetings', group: 'team' },
  { key: 'weekly', path: '/weekly', group: 'team' },
  { key: 'requests', path: '/requests', group: 'team' },
  { key: 'calls', path: '/calls', group: 'team' },
  { key: 'campaigns', path: '/campaigns', group: 'team' },
  { key: 'activity', path: '/activity', group: 'system' },
  { key: 'outbox', path: '/outbox', group: 'system' },
  { key: 'settings', path: '/settings', group: 'system' }
]

export const areaGroups: AreaGroup[] = ['masterData', 'documents', 'team', 'system']
