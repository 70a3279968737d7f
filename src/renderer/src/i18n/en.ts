/** English, the base language. Every UI string lives here; other languages translate these keys. */
import { documentsEn } from './documents'
import { paymentsEn } from '../payments/strings'

import { contractsEn } from '../contracts/strings'
import { scheduleEn } from '../schedule/strings'
import { requestsEn } from '../requests/strings'

export const en = {
  ...scheduleEn,
  ...requestsEn,
  ...contractsEn,
  ...documentsEn,
  ...paymentsEn,
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
    meetings: ['organise meetings for the sales team', 'keep the agenda and the notes in one place'],
    weekly: [
      'keep the weekly sales figures per executive up to date',
      'compare them with sales and revenue targets and activity quotas',
      'compile the weekly report for senior management in Excel and PDF'
    ],
    requests: [
      'log customer requests and complaints as they come in',
      'prioritise them and follow them until they are solved'
    ],
    campaigns: ['build address lists for postal and e-mail campaigns', 'print address labels']
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
    archiveConfirm:
      'Archive {{name}}? It disappears from the customer list but keeps all its history. You can restore it later.',
    deleteConfirm:
      'Delete {{name}} for good? This only works for a customer with no history; otherwise archive it.',
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
    col: {
      sku: 'SKU',
      name: 'Name',
      unit: 'Unit',
      unitPriceCents: 'Unit price',
      vatRateBp: 'VAT',
      active: 'Active'
    }
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
    entity: {
      all: 'Everything',
      customer: 'Customers',
      product: 'Products',
      executive: 'Sales executives',
      database: 'Database'
    },
    col: { at: 'When', actor: 'Who', entity: 'What', summary: 'Change' }
  },
  weekly: {
    title: 'Weekly figures',
    week: 'Week',
    weekRange: '{{start}} – {{end}}',
    previousWeek: 'Previous week',
    nextWeek: 'Next week',
    thisWeek: 'This week',
    tabsLabel: 'Weekly figures views',
    tabs: {
      dashboard: 'Dashboard',
      activity: 'Calls & activity',
      targets: 'Targets',
      sent: 'Sent reports',
      import: 'Import'
    },
    exportXlsx: 'Report in Excel',
    exportPdf: 'Report in PDF',
    preparing: 'Preparing…',
    invoiceLines: 'Invoice lines {{year}}',
    invoiceLinesHint: 'Every line of the invoices issued in {{year}}, to Excel',
    invoiceLinesProgress: 'Invoice lines: {{done}} of {{total}}',
    send: 'Archive as sent',
    sending: 'Archiving…',
    sendConfirmTitle: 'Archive the report for {{week}}?',
    sendConfirmBody:
      'Salesdesk keeps the Excel and PDF files as they are now, with the date. You can reopen them unchanged later, and Salesdesk tells you if the figures of this week change afterwards.',
    sendConfirm: 'Archive the report',
    sent: 'The report for {{week}} was archived as sent on {{date}}.',
    sentUnchanged:
      'The report for this week was sent on {{date}} by {{who}}; the figures have not changed since.',
    sentChanged: 'The figures changed since the report for this week was sent on {{date}} by {{who}}.',
    changeLine: '{{name}} — {{figure}}: {{sent}} when sent, {{now}} now',
    causesTitle: 'Because of',
    changeFigure: {
      Revenue: 'Revenue',
      Invoices: 'Invoices',
      'Orders won': 'Orders won',
      'Orders value': 'Orders value',
      'Estimates sent': 'Estimates sent',
      'Estimates accepted': 'Estimates accepted',
      'Estimates declined': 'Estimates declined',
      'New customers': 'New customers',
      'Visits completed': 'Visits completed',
      Calls: 'Calls',
      'E-mails': 'E-mails',
      Demos: 'Demos',
      'Revenue target': 'Revenue target'
    },
    causeLine: '{{label}} of {{date}} ({{name}}): {{effect}}',
    noExecutives: 'There are no sales executives yet.',
    charts: {
      actualVsTarget: 'Revenue against target',
      trend: 'Revenue, last 12 weeks',
      pipeline: 'Pipeline: open estimates by value',
      revenue: 'Revenue',
      target: 'Target',
      pipelineValue: 'Open estimates'
    },
    topPerformers: 'Top performers',
    noTopPerformers: 'No revenue this week yet.',
    ofTarget: '{{percent}} of target',
    conversion: 'conversion {{percent}}',
    tableLabel: 'Figures per sales executive',
    col: {
      name: 'Sales executive',
      revenue: 'Revenue',
      revenueTarget: 'Target',
      variance: 'Variance',
      percentOfTarget: '% of target',
      ordersWon: 'Orders won',
      estimatesSent: 'Estimates sent',
      estimatesAccepted: 'Accepted',
      estimatesDeclined: 'Declined',
      conversionRate: 'Conversion',
      newCustomers: 'New customers',
      visitsCompleted: 'Visits',
      calls: 'Calls',
      pipeline: 'Pipeline'
    },
    ofTargetShort: 'target {{value}}',
    left: '{{name}} (left)',
    unassigned: 'No sales executive',
    teamTotal: 'Team total',
    activity: {
      intro:
        'Enter what Salesdesk cannot know for the week: calls made, e-mails and demos. Leave a cell empty to keep it unset.',
      gridLabel: 'Weekly activity per sales executive',
      metric: { calls: 'Calls', emails: 'E-mails', demos: 'Demos' },
      cellLabel: '{{metric}} of {{name}}',
      save: 'Save activity',
      saved: 'The activity for {{week}} was saved.',
      badValue: 'Use a whole number, 0 or more',
      unsaved: 'Changes not saved yet'
    },
    targets: {
      intro:
        'A target applies from its date until the next target for the same executive and figure. Earlier weeks and sent reports keep the targets they had.',
      newTarget: 'Set a target',
      executive: 'Sales executive',
      chooseExecutive: 'Choose a sales executive',
      metric: 'Figure',
      metrics: {
        revenue: 'Revenue',
        new_customers: 'New customers',
        calls_per_day: 'Calls per day',
        visits_per_week: 'Visits per week'
      },
      period: 'Per',
      periods: { week: 'Week', month: 'Month', quarter: 'Quarter' },
      value: 'Target',
      valueHintMoney: 'An amount, e.g. 12.000,00',
      valueHintCount: 'A whole number',
      validFrom: 'Valid from',
      save: 'Save target',
      saved: 'The target was saved.',
      badMoney: 'Enter an amount, e.g. 12.000,00',
      badCount: 'Enter a whole number, 0 or more',
      chooseExecutiveError: 'Choose a sales executive',
      badDate: 'Enter a date',
      history: 'Targets and their history',
      filter: 'Show targets of',
      everyone: 'Every sales executive',
      none: 'No targets set yet.',
      setBy: 'Set by',
      current: 'current'
    },
    sentList: {
      intro: 'Every report archived as sent, with its files exactly as they were sent.',
      none: 'No report has been archived yet.',
      week: 'Week',
      sentAt: 'Sent',
      sentBy: 'By',
      files: 'Files',
      openWeek: 'Show week',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Fill in the template in Excel (activity per executive and week, targets), then import it here. Salesdesk checks every row first: if any row has a problem, nothing is imported.',
      template: 'Download the template',
      choose: 'Excel file to import',
      run: 'Import',
      running: 'Checking…',
      problems_one: 'Nothing was imported: {{count}} problem to correct.',
      problems_other: 'Nothing was imported: {{count}} problems to correct.',
      applied: 'Imported {{activity}} activity figures and {{targets}} targets.',
      problemsLabel: 'Problems in the file',
      sheet: 'Sheet',
      row: 'Row',
      problem: 'Problem',
      noFile: 'Choose a file first.',
      messages: {
        unknownExecutive: 'Unknown sales executive "{{value}}"',
        ambiguousExecutive: 'Several sales executives are called "{{value}}": use the e-mail address instead',
        badWeek: '"{{value}}" is not an ISO week such as 2026-W47',
        notNumber: '{{label}}: "{{value}}" is not a number',
        negative: '{{label}} must not be negative ({{value}})',
        notWhole: '{{label}} must be a whole number ({{value}})',
        tooLarge: '{{label}} is too large (at most {{value}})',
        notAmount: 'Value: "{{value}}" is not an amount',
        tooManyDecimals: 'Value: {{value}} has more than 2 decimals',
        sameWeek: 'Same sales executive and week as row {{value}}',
        sameTarget: 'Same sales executive, figure and date as row {{value}}',
        unknownFigure:
          'Unknown figure "{{value}}": use revenue, new_customers, calls_per_day, visits_per_week',
        unknownPeriod: 'Unknown period "{{value}}": use week, month or quarter',
        badDate: '"{{value}}" is not a date like 2026-10-01',
        labels: { Calls: 'Calls', 'E-mails': 'E-mails', Demos: 'Demos', Value: 'Value' }
      }
    }
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
    backupHint:
      'A backup is a full copy of the database file. Keep copies somewhere else too (USB stick, network drive).',
    language: 'Language',
    languageLabel: 'Language of Salesdesk',
    languages: { en: 'English', es: 'Español' }
  }
}

export type Translation = typeof en
