/** English, the base language. Every UI string lives here; other languages translate these keys. */
import { documentsEn } from './documents'

import { scheduleEn } from '../schedule/strings'

export const en = {
  ...scheduleEn,
  ...documentsEn,
  app: {
    name: 'Salesdesk',
    database: 'Database',
    loading: 'Loading…',
    skipToContent: 'Skip to content'
  },
  nav: {
    label: 'Main navigation',
    masterData: 'Master data',
    documents: 'Documents & money',
    team: 'Team & customers',
    system: 'System',
    customers: 'Customers',
    products: 'Products',
    executives: 'Sales executives',
    estimates: 'Estimates',
    orders: 'Orders',
    invoices: 'Invoices',
    payments: 'Payments & receivables',
    contracts: 'Contracts',
    schedule: 'Visits & schedule',
    meetings: 'Meetings',
    weekly: 'Weekly figures & report',
    requests: 'Requests & complaints',
    campaigns: 'Campaigns',
    activity: 'Activity log',
    settings: 'Settings'
  },
  comingSoon: {
    badge: 'Coming soon',
    intro: 'This part of Salesdesk is being built. Here you will be able to:',
    estimates: [
      'prepare estimates (quotes) for a customer with products, quantities and discounts',
      'print them as PDF and send them',
      'turn an accepted estimate into an order in one step'
    ],
    orders: [
      'follow the progress of every ongoing order',
      'plan and check deliveries so products arrive on schedule',
      'invoice an order when it is delivered'
    ],
    invoices: [
      'issue invoices with gap-free numbers per year',
      'enter credit and debit notes that correct an issued invoice',
      'print invoices as PDF and export them to Excel'
    ],
    payments: [
      'record payments by bank transfer, card or direct debit',
      'investigate returned or withdrawn payments',
      'see what each customer owes and chase overdue invoices'
    ],
    contracts: [
      'register the contracts your sales executives bring in',
      'keep an eye on renewals before they expire'
    ],
    schedule: [
      'schedule site visits to customers for the sales executives',
      'keep a record of every visit and what came out of it'
    ],
    meetings: [
      'organise meetings for the sales team',
      'keep the agenda and the notes in one place'
    ],
    weekly: [
      'keep the weekly sales figures per executive up to date',
      'compare them with sales and revenue targets and activity quotas',
      'compile the weekly report for senior management in Excel and PDF'
    ],
    requests: [
      'log customer requests and complaints as they come in',
      'prioritise them and follow them until they are solved'
    ],
    campaigns: [
      'build address lists for postal and e-mail campaigns',
      'print address labels'
    ]
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    archive: 'Archive',
    reload: 'Reload the saved version',
    restore: 'Restore',
    remove: 'Remove',
    add: 'Add',
    back: 'Back to the list',
    search: 'Search',
    exportXlsx: 'Export to Excel',
    exporting: 'Exporting…',
    exported: 'Saved {{fileName}}.',
    loading: 'Loading…',
    loadingRow: 'Loading…',
    yes: 'Yes',
    no: 'No',
    all: 'All',
    active: 'Active',
    inactive: 'Inactive',
    created: 'Created',
    updated: 'Last changed',
    notFound: 'This record does not exist (any more).',
    noResults: 'Nothing matches these filters.',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    shortcutSave: 'Ctrl+S saves',
    required: 'required',
    notSet: '—'
  },
  guard: {
    title: 'Leave without saving?',
    body: 'You have changes that are not saved yet. If you leave now, they are lost.',
    stay: 'Stay and keep editing',
    leave: 'Leave without saving'
  },
  errors: {
    title: 'Something went wrong',
    body: 'Salesdesk ran into a problem showing this page. Your saved data is safe.',
    reload: 'Reload Salesdesk',
    home: 'Go to customers',
    checkFields: 'Please correct the marked fields.'
  },
  customers: {
    title: 'Customers',
    count_one: '{{formatted}} customer',
    count_other: '{{formatted}} customers',
    searchLabel: 'Search customers',
    searchPlaceholder: 'Name, code, tax id, city, contact…',
    new: 'New customer',
    newTitle: 'New customer',
    listLabel: 'Customer list',
    filterStatus: 'Status',
    filterArchived: 'Archived',
    filterExecutive: 'Sales executive',
    anyExecutive: 'Any executive',
    archivedExclude: 'Hide archived',
    archivedInclude: 'Show archived too',
    archivedOnly: 'Archived only',
    archivedBadge: 'Archived',
    col: {
      code: 'Code',
      name: 'Name',
      city: 'City',
      country: 'Country',
      status: 'Status',
      executiveName: 'Sales executive',
      contact: 'Contact',
      updatedAt: 'Last changed'
    },
    status: { prospect: 'Prospect', active: 'Active', inactive: 'Inactive' },
    paymentMethod: { bank_transfer: 'Bank transfer', card: 'Card', direct_debit: 'Direct debit' }
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Billing address',
      mailing: 'Mailing address',
      delivery: 'Delivery address',
      contacts: 'Contacts',
      payment: 'Payment',
      products: 'Product preferences',
      notes: 'Notes',
      activity: 'Activity'
    },
    code: 'Customer code',
    codeHint: 'Leave blank to get the next free code automatically.',
    name: 'Name',
    status: 'Status',
    taxId: 'Tax id',
    executive: 'Sales executive',
    noExecutive: 'No sales executive',
    inactiveExecutive: '{{name}} (inactive)',
    address: {
      line1: 'Street and number',
      line2: 'Address line 2',
      postalCode: 'Postal code',
      city: 'City',
      region: 'Region / province',
      country: 'Country (2 letters)'
    },
    sameAsBilling: 'Same as billing address',
    contact: {
      name: 'Contact name',
      role: 'Role',
      phone: 'Phone',
      email: 'E-mail',
      add: 'Add contact',
      remove: 'Remove contact {{number}}',
      none: 'No contacts yet.',
      number: 'Contact {{number}}'
    },
    paymentTermsDays: 'Payment terms (days)',
    preferredPaymentMethod: 'Preferred payment method',
    productPicker: 'Add a product',
    productPickerPlaceholder: 'Type a product name or SKU…',
    productNone: 'No preferred products yet.',
    productRemove: 'Remove {{name}}',
    productNoMatch: 'No active product matches.',
    productNotes: 'Notes on product preferences',
    notes: 'Notes',
    archivedNotice: 'This customer is archived: it is hidden from the customer list and from new documents.',
    archiveConfirm: 'Archive {{name}}? It disappears from the customer list but keeps all its history. You can restore it later.',
    deleteConfirm: 'Delete {{name}} for good? This only works for a customer with no history; otherwise archive it.',
    deleted: 'The customer {{name}} was deleted.',
    archived: 'The customer was archived.',
    restored: 'The customer was restored.',
    created: 'The customer was created with code {{code}}.',
    noActivity: 'No activity recorded yet.'
  },
  products: {
    title: 'Products',
    count_one: '{{formatted}} product',
    count_other: '{{formatted}} products',
    searchLabel: 'Search products',
    searchPlaceholder: 'SKU, name, description…',
    new: 'New product',
    newTitle: 'New product',
    listLabel: 'Product list',
    filterActive: 'Show',
    col: { sku: 'SKU', name: 'Name', unit: 'Unit', unitPriceCents: 'Unit price', vatRateBp: 'VAT', active: 'Active' }
  },
  product: {
    sku: 'SKU',
    name: 'Name',
    description: 'Description',
    unit: 'Unit',
    unitHint: 'e.g. pc, kg, h, m²',
    price: 'Unit price (excl. VAT)',
    priceHint: 'e.g. 12,50 or 1.234,50',
    vatRate: 'VAT rate (%)',
    vatHint: 'e.g. 21 or 5,5',
    active: 'Active (can be used on new documents)',
    badPrice: 'Enter an amount, e.g. 12,50',
    badVat: 'Enter a rate in percent, e.g. 21 or 5,5',
    deleteConfirm: 'Delete {{name}}? If it is already used, it is deactivated instead.',
    deleted: 'The product {{name}} was deleted.',
    deactivated: 'The product {{name}} is already in use, so it was deactivated instead of deleted.',
    created: 'The product was created.'
  },
  executives: {
    title: 'Sales executives',
    count_one: '{{formatted}} sales executive',
    count_other: '{{formatted}} sales executives',
    searchLabel: 'Search sales executives',
    searchPlaceholder: 'Name, e-mail…',
    new: 'New sales executive',
    newTitle: 'New sales executive',
    listLabel: 'Sales executive list',
    filterActive: 'Show',
    col: { name: 'Name', email: 'E-mail', phone: 'Phone', customerCount: 'Customers', active: 'Active' }
  },
  executive: {
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    active: 'Active (can be given new customers)',
    customerCount_one: 'Looks after {{count}} customer.',
    customerCount_other: 'Looks after {{count}} customers.',
    deleteConfirm: 'Delete {{name}}? If customers are assigned, the executive is deactivated instead.',
    deleted: 'The sales executive {{name}} was deleted.',
    deactivated: '{{name}} still has customers, so the executive was deactivated instead of deleted.',
    created: 'The sales executive was added.'
  },
  activity: {
    title: 'Activity log',
    intro: 'Every change to the data, newest first. The log cannot be edited.',
    count_one: '{{formatted}} entry',
    count_other: '{{formatted}} entries',
    listLabel: 'Activity log',
    filterEntity: 'Show',
    entity: { all: 'Everything', customer: 'Customers', product: 'Products', executive: 'Sales executives', database: 'Database' },
    col: { at: 'When', actor: 'Who', entity: 'What', summary: 'Change' }
  },
  settings: {
    title: 'Settings',
    database: 'Your data',
    databasePath: 'Database file',
    dataFolder: 'Data folder',
    schemaVersion: 'Database version',
    appVersion: 'Salesdesk version',
    backup: 'Back up now',
    backingUp: 'Backing up…',
    backupDone: 'Backup saved to {{path}} ({{size}}).',
    backupHint: 'A backup is a full copy of the database file. Keep copies somewhere else too (USB stick, network drive).',
    language: 'Language',
    languageLabel: 'Language of Salesdesk',
    languages: { en: 'English', es: 'Español' }
  }
}

export type Translation = typeof en
