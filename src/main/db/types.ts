/**
 * The Kysely view of the store. Column names are snake_case in SQLite and camelCase here
 * (CamelCasePlugin). Booleans are 0/1, dates ISO text, money integer cents.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { VatCategory } from '../../shared/vat'
import type { Language } from '../../shared/languages'
import type { ActivityEntry } from '../../shared/schemas/activity'
import type { Prospect } from '../../shared/schemas/calls'
import type { Contract } from '../../shared/schemas/contracts'
import type { DocumentAllowanceCharge } from '../../shared/schemas/documents'
import type { NavRun } from '../../shared/schemas/nav'
import type { Meeting } from '../../shared/schemas/schedule'
import type {
  VerifactuBatchRow,
  VerifactuRecordRow,
  VerifactuRecordStatus
} from '../../shared/schemas/verifactu'

type Bool = 0 | 1

export interface SalesExecutivesTable {
  id: Generated<number>
  name: string
  email: string
  phone: string
  active: Bool
  createdAt: string
  updatedAt: string
}

export interface ProductsTable {
  id: Generated<number>
  sku: string
  name: string
  description: string
  unit: string
  unitPriceCents: number
  vatRateBp: number
  /** Default VAT category of the product's lines (migration 0007). */
  vatCategory: Generated<VatCategory>
  active: Bool
  searchText: string
  createdAt: string
  updatedAt: string
}

type AddressColumns<P extends string> = {
  [K in 'Line1' | 'Line2' | 'PostalCode' | 'City' | 'Region' | 'Country' as `${P}${K}`]: string
}

export interface CustomersTable
  extends AddressColumns<'billing'>, AddressColumns<'mailing'>, AddressColumns<'delivery'> {
  id: Generated<number>
  code: string
  name: string
  sortName: string
  status: 'prospect' | 'active' | 'inactive'
  taxId: string
  mailingSameAsBilling: Bool
  deliverySameAsBilling: Bool
  paymentTermsDays: number
  preferredPaymentMethod: 'bank_transfer' | 'card' | 'direct_debit'
  productNotes: string
  /** The customer's VAT treatment; null: by the rule (migration 0007). */
  defaultVatCategory: Generated<VatCategory | null>
  /** The language their documents print in; null: from the billing country (migration 0022). */
  documentLanguage: Generated<Language | null>
  executiveId: number | null
  notes: string
  searchText: string
  archivedAt: string | null
  createdAt: string
  updatedAt: string
  /** Migration 0032: the customer's own marketing consent in force, kept by a trigger from the history. */
  consentPost: Generated<'none' | 'granted' | 'opted_out' | 'do_not_contact'>
  consentEmail: Generated<'none' | 'granted' | 'opted_out' | 'do_not_contact'>
}

export interface CustomerContactsTable {
  id: Generated<number>
  customerId: number
  position: number
  name: string
  role: string
  phone: string
  email: string
}

export interface CustomerProductPreferencesTable {
  customerId: number
  productId: number
}

/** An entry as the activity screens read it, its details kept as JSON. */
export interface ActivityLogTable extends Omit<ActivityEntry, 'id' | 'details'> {
  id: Generated<number>
  /** JSON of src/shared/activity.ts ActivityDetails; NULL for entries older than 0008a. */
  details: string | null
}

export interface SettingsTable {
  key: string
  value: string
}

export interface SchemaMigrationsTable {
  name: string
  appliedAt: ColumnType<string, string, never>
}

// ---- Contracts, site visits, visit plans, meetings (migration 0003) ----

/** A contract as the screens read it, without what is looked up or worked out when it is read. */
export interface ContractsTable extends Omit<
  Contract,
  'id' | 'customerName' | 'executiveName' | 'expiring' | 'renewedById' | 'attachments'
> {
  id: Generated<number>
  searchText: string
}

export interface ContractAttachmentsTable {
  id: Generated<number>
  contractId: number
  fileName: string
  storedPath: string
  sizeBytes: number
  sha256: string
  mimeType: string
  createdAt: string
}

export interface ContractBilledPeriodsTable {
  contractId: number
  periodStart: string
  periodEnd: string
  amountCents: number
  invoiceId: number | null
  billedAt: string
}

export interface VisitPlansTable {
  id: Generated<number>
  customerId: number
  everyWeeks: number
  localTime: string
  durationMinutes: number
  timeZone: string
  startDate: string
  endDate: string | null
  purpose: string
  createdAt: string
  updatedAt: string
}

export interface VisitPlanExecutivesTable {
  planId: number
  executiveId: number
}

export interface SiteVisitsTable {
  id: Generated<number>
  customerId: number
  planId: number | null
  planSlot: string | null
  startAt: string
  endAt: string
  purpose: string
  addressLine1: string
  addressLine2: string
  addressPostalCode: string
  addressCity: string
  addressRegion: string
  addressCountry: string
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show'
  outcome: string
  notes: string
  cancelReason: string
  closedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface SiteVisitExecutivesTable {
  visitId: number
  executiveId: number
  startAt: string
}

export interface SiteVisitProductsTable {
  visitId: number
  productId: number
}

export interface SiteVisitFollowUpsTable {
  id: Generated<number>
  visitId: number
  position: number
  text: string
  dueDate: string | null
}

export interface CustomerRequestsTable {
  id: Generated<number>
  customerId: number
  title: string
  description: string
  status: 'draft' | 'open' | 'closed'
  visitId: number | null
  createdAt: string
  updatedAt: string
  // Migration 0015 (the customer desk):
  kind: Generated<'request' | 'complaint' | 'inquiry'>
  channel: Generated<'phone' | 'email' | 'visit' | 'letter' | 'walk_in'>
  category: Generated<string>
  priority: Generated<'urgent' | 'high' | 'normal' | 'low'>
  ownerExecutiveId: number | null
  openedAt: string | null
  respondBy: string | null
  resolveBy: string | null
  respondedAt: string | null
  closedAt: string | null
  resolution: Generated<string>
  satisfaction: number | null
}

/** A meeting as the schedule reads it; its attendees are in meeting_attendees. */
export interface MeetingsTable extends Omit<Meeting, 'id' | 'attendeeIds' | 'attendees'> {
  id: Generated<number>
}

export interface MeetingAttendeesTable {
  meetingId: number
  executiveId: number
  startAt: string
}

// ---- Sales documents, deliveries, numbering (migration 0002) ----

export interface DocumentSeriesTable {
  type: string
  year: number
  nextSequence: number
}

export interface DocumentsTable extends AddressColumns<'billing'> {
  id: Generated<number>
  type: 'estimate' | 'order' | 'invoice' | 'credit_note' | 'debit_note'
  number: string | null
  seriesYear: number | null
  sequence: number | null
  status: string
  customerId: number
  executiveId: number | null
  customerCode: string
  customerName: string
  customerTaxId: string
  issueDate: string | null
  validUntil: string | null
  dueDate: string | null
  promisedDate: string | null
  currency: string
  paymentMethod: 'bank_transfer' | 'card' | 'direct_debit'
  paymentInstructions: string
  notes: string
  terms: string
  reason: string
  statusReason: string
  sourceId: number | null
  correctsId: number | null
  replacesId: number | null
  netCents: number
  vatCents: number
  totalCents: number
  searchText: string
  issuedAt: string | null
  createdAt: string
  updatedAt: string
  /** Debit notes only (0008): a price correction counts as sales, a fee passed on does not. */
  debitKind: Generated<'price_correction' | 'fee' | null>
  // ---- migration 0007: frozen at issue (NULL on drafts and documents issued before) ----
  sellerLegalName: Generated<string | null>
  sellerTaxId: Generated<string | null>
  sellerAddressLine1: Generated<string | null>
  sellerAddressLine2: Generated<string | null>
  sellerPostalCode: Generated<string | null>
  sellerCity: Generated<string | null>
  sellerRegion: Generated<string | null>
  sellerCountry: Generated<string | null>
  sellerIban: Generated<string | null>
  sellerBic: Generated<string | null>
  sellerPhone: Generated<string | null>
  sellerEmail: Generated<string | null>
  sellerWebsite: Generated<string | null>
  sellerRegistration: Generated<string | null>
  sellerFooter: Generated<string | null>
  /** Key into document_logos; '' when no logo was printed. */
  sellerLogoSha256: Generated<string | null>
  /** Language of the labels (en, es, ...), locale of numbers and dates, paper. */
  documentLanguage: Generated<string | null>
  printLocale: Generated<string | null>
  paperSize: Generated<string | null>
  // ---- migration 0007: editable on drafts ----
  supplyDate: Generated<string | null>
  supplyPeriodStart: Generated<string | null>
  supplyPeriodEnd: Generated<string | null>
  buyerReference: Generated<string | null>
  orderReference: Generated<string | null>
  /** Credit and debit notes: the corrected invoice's number and date, frozen at issue. */
  correctedNumber: Generated<string | null>
  correctedIssueDate: Generated<string | null>
  /** EN 16931 totals: BT-106, BT-107, BT-108, BT-113, BT-114, BT-115. */
  lineNetCents: Generated<number>
  allowanceTotalCents: Generated<number>
  chargeTotalCents: Generated<number>
  prepaidCents: Generated<number>
  roundingCents: Generated<number>
  payableCents: Generated<number>
}

/** Document-level allowances and charges (migration 0007). */
export interface DocumentAllowancesChargesTable extends Omit<DocumentAllowanceCharge, 'id' | 'charge'> {
  id: Generated<number>
  documentId: number
  isCharge: Bool
}

/** The VAT breakdown stored with each document (migration 0007). */
export interface DocumentVatBreakdownTable {
  documentId: number
  vatCategory: VatCategory
  vatRateBp: number
  baseCents: number
  vatCents: number
}

export interface DocumentLogosTable {
  sha256: string
  dataUrl: string
}

export interface DocumentLinesTable {
  id: Generated<number>
  documentId: number
  position: number
  productId: number | null
  description: string
  unit: string
  /** Negative for a deduction (deposit, rebate). */
  quantityMilli: number
  /** Net unit price in ten-thousandths of the major unit (migration 0007). */
  unitPriceTenThousandths: number
  /** Price before the price discount; null when there is none. */
  grossPriceTenThousandths: number | null
  /** The quantity the price is for, in thousandths (1000 = per unit). */
  priceBaseQuantityMilli: Generated<number>
  discountBp: number
  allowanceCents: Generated<number>
  allowanceReason: Generated<string>
  chargeCents: Generated<number>
  chargeReason: Generated<string>
  vatCategory: Generated<VatCategory>
  vatRateBp: number
  vatExemptionCode: string | null
  vatExemptionText: string | null
  promisedDate: string | null
  sourceLineId: number | null
  grossCents: number
  discountCents: number
  netCents: number
}

export interface DeliveriesTable {
  id: Generated<number>
  orderId: number
  sequence: number
  deliveryDate: string
  note: string
  createdAt: string
}

export interface DeliveryLinesTable {
  deliveryId: number
  orderLineId: number
  quantityMilli: number
}

// ---- Weekly figures: activity grid, targets, sent reports (migration 0005) ----

export interface WeeklyActivityTable {
  executiveId: number
  week: string
  metric: 'calls' | 'emails' | 'demos'
  value: number
  updatedAt: string
  updatedBy: string
}

export interface SalesTargetsTable {
  id: Generated<number>
  executiveId: number
  metric: 'revenue' | 'new_customers' | 'calls_per_day' | 'visits_per_week'
  period: 'week' | 'month' | 'quarter'
  value: number
  validFrom: string
  createdAt: string
  createdBy: string
}

export interface WeeklyReportsTable {
  id: Generated<number>
  week: string
  sentAt: string
  sentBy: string
  figuresJson: string
  xlsx: Uint8Array
  pdf: Uint8Array
}

// ---- Payments and receivables (migration 0006) ----

export type PaymentMethodValue = 'bank_transfer' | 'card' | 'direct_debit'

export interface CustomerPaymentSetupsTable {
  customerId: number
  method: PaymentMethodValue
  iban: string
  bic: string
  mandateReference: string
  mandateSignedOn: string | null
  cardBrand: string
  cardLast4: string
  cardExpiry: string
  updatedAt: string
}

export interface PaymentsTable {
  id: Generated<number>
  customerId: number
  paymentDate: string
  amountCents: number
  method: PaymentMethodValue
  reference: string
  note: string
  status: Generated<'received' | 'returned'>
  source: Generated<'manual' | 'import'>
  allocatedCents: Generated<number>
  createdAt: string
  createdBy: string
  /** ISO 4217 (0008): a payment is allocated only to documents in its currency. */
  currency: string
}

export interface PaymentAllocationsTable {
  id: Generated<number>
  paymentId: number
  documentId: number
  amountCents: number
  allocatedOn: string
  createdAt: string
}

export interface ReceivablesTable {
  documentId: number
  customerId: number
  issueDate: string
  dueDate: string
  totalCents: number
  creditedCents: Generated<number>
  paidCents: Generated<number>
  openCents: ColumnType<number, never, never>
}

/** Invoices open in the previous system at the cut-over (0029; see the migration for why apart). */
export interface OpeningBalancesTable {
  id: Generated<number>
  customerId: number
  /** The invoice's number in the previous system. */
  number: string
  issueDate: string
  dueDate: string
  currency: string
  amountCents: number
  paidCents: Generated<number>
  openCents: ColumnType<number, never, never>
  fileName: string
  createdAt: string
}

export interface OpeningBalanceAllocationsTable {
  id: Generated<number>
  paymentId: number
  openingBalanceId: number
  amountCents: number
  allocatedOn: string
  createdAt: string
}

export interface OpeningBalanceRemindersTable {
  reminderId: number
  openingBalanceId: number
  level: 1 | 2 | 3
  currency: string
  openCents: number
  daysOverdue: number
}

export interface PaymentReturnsTable {
  id: Generated<number>
  paymentId: number
  returnDate: string
  reason: string
  bankFeeCents: number
  rebilled: Bool
  debitNoteId: number | null
  note: string
  createdAt: string
  createdBy: string
}

export interface PaymentInvestigationsTable {
  id: Generated<number>
  returnId: number
  customerId: number
  status: 'open' | 'contacted' | 'resolved' | 'written_off'
  openedOn: string
  closedOn: string | null
  outcome: string
  createdAt: string
  updatedAt: string
}

export interface InvestigationNotesTable {
  id: Generated<number>
  investigationId: number
  noteDate: string
  text: string
  actor: string
  createdAt: string
}

export interface RecordChainTable {
  seq: Generated<number>
  recordTable: 'documents' | 'payments' | 'payment_returns' | 'activity_log'
  recordId: number
  version: number
  recordHash: string
  linesHash: string | null
  hash: string
}

export interface RecordChainCheckpointTable {
  id: number
  seq: number
  hash: string
  verifiedAt: string
}

// ---- Spain, VERI*FACTU (migration 0011) ----

/** A record as the VeriFactu screen lists it, without its submission's state (verifactu_submissions). */
export interface VerifactuRecordsTable extends Omit<
  VerifactuRecordRow,
  'id' | 'subsanacion' | 'status' | 'errorCode' | 'errorText' | 'csv' | 'attempts'
> {
  id: Generated<number>
  issuerNif: string
  rectificationKind: 'I' | 'S' | null
  subsanacion: Bool
  rechazoPrevio: 'N' | 'S' | 'X' | null
  /** Amounts exactly as written in the XML and hashed ("123.45"), as importeTotal. */
  cuotaTotal: string | null
  previousHash: string
  xml: string
  createdAt: string
  createdBy: string
}

export interface VerifactuSubmissionsTable {
  recordId: number
  status: VerifactuRecordStatus
  attempts: Generated<number>
  errorCode: string | null
  errorText: string | null
  csv: string | null
  batchId: number | null
  updatedAt: string
}

/** A send as the VeriFactu screen lists it, and where it went (a failed send keys its reason in message). */
export interface VerifactuBatchesTable extends Omit<VerifactuBatchRow, 'id' | 'failure'> {
  id: Generated<number>
  environment: string
  endpoint: string
}

export interface VerifactuEventsTable {
  id: Generated<number>
  issuerNif: string
  position: number
  eventType: string
  summary: string
  detail: string
  generatedAt: string
  previousHash: string
  hash: string
  createdBy: string
  /** What happened in the application's words (events.ts EventKind); null before 0024. */
  kind: string | null
  /** The RegistroEvento as hashed, without its signature; null before 0024. */
  xml: string | null
}

export interface VerifactuDocumentOptionsTable {
  documentId: number
  correctionCode: 'R1' | 'R2' | 'R3' | 'R4' | null
  correctionKind: 'I' | 'S' | null
  eurRate: string | null
  updatedAt: string
}

export interface Database {
  salesExecutives: SalesExecutivesTable
  products: ProductsTable
  customers: CustomersTable
  customerContacts: CustomerContactsTable
  customerProductPreferences: CustomerProductPreferencesTable
  activityLog: ActivityLogTable
  settings: SettingsTable
  schemaMigrations: SchemaMigrationsTable
  contracts: ContractsTable
  contractAttachments: ContractAttachmentsTable
  contractBilledPeriods: ContractBilledPeriodsTable
  visitPlans: VisitPlansTable
  visitPlanExecutives: VisitPlanExecutivesTable
  siteVisits: SiteVisitsTable
  siteVisitExecutives: SiteVisitExecutivesTable
  siteVisitProducts: SiteVisitProductsTable
  siteVisitFollowUps: SiteVisitFollowUpsTable
  customerRequests: CustomerRequestsTable
  meetings: MeetingsTable
  meetingAttendees: MeetingAttendeesTable
  documentSeries: DocumentSeriesTable
  documents: DocumentsTable
  documentLines: DocumentLinesTable
  documentAllowancesCharges: DocumentAllowancesChargesTable
  documentLogos: DocumentLogosTable
  documentVatBreakdown: DocumentVatBreakdownTable
  deliveries: DeliveriesTable
  deliveryLines: DeliveryLinesTable
  weeklyActivity: WeeklyActivityTable
  salesTargets: SalesTargetsTable
  weeklyReports: WeeklyReportsTable
  customerPaymentSetups: CustomerPaymentSetupsTable
  payments: PaymentsTable
  paymentAllocations: PaymentAllocationsTable
  receivables: ReceivablesTable
  paymentReturns: PaymentReturnsTable
  paymentInvestigations: PaymentInvestigationsTable
  investigationNotes: InvestigationNotesTable
  exchangeRates: ExchangeRatesTable
  documentExchangeRates: DocumentExchangeRatesTable
  documentDistanceSales: DocumentDistanceSalesTable
  documentSellerBackfills: DocumentSellerBackfillsTable
  documentEinvoiceEmbeds: DocumentEinvoiceEmbedsTable
  documentPaymentMeans: DocumentPaymentMeansTable
  estimateSupersessions: EstimateSupersessionsTable
  recordChain: RecordChainTable
  recordChainCheckpoint: RecordChainCheckpointTable
  verifactuRecords: VerifactuRecordsTable
  verifactuSubmissions: VerifactuSubmissionsTable
  verifactuBatches: VerifactuBatchesTable
  verifactuEvents: VerifactuEventsTable
  verifactuDocumentOptions: VerifactuDocumentOptionsTable
  navReports: NavReportsTable
  navRuns: NavRunsTable
  requestComments: RequestCommentsTable
  requestLinks: RequestLinksTable
  calls: CallsTable
  prospects: ProspectsTable
  marketingConsents: MarketingConsentsTable
  segments: SegmentsTable
  campaigns: CampaignsTable
  campaignRecipients: CampaignRecipientsTable
  campaignResponses: CampaignResponsesTable
  mailOutbox: MailOutboxTable
  mailTemplates: MailTemplatesTable
  customerMailRecipients: CustomerMailRecipientsTable
  importMappings: ImportMappingsTable
  reminderSeries: ReminderSeriesTable
  reminders: RemindersTable
  reminderItems: ReminderItemsTable
  openingBalances: OpeningBalancesTable
  openingBalanceAllocations: OpeningBalanceAllocationsTable
  openingBalanceReminders: OpeningBalanceRemindersTable
}

// ---- Currencies (migration 0008) ----

export interface ExchangeRatesTable {
  rateDate: string
  currency: string
  /** Units of `currency` for one unit of the accounting currency, exact decimal text. */
  rate: string
  accountingCurrency: string
  source: 'manual' | 'ecb_csv'
  updatedAt: string
}

/** The rate a foreign-currency document was issued at, frozen with it. */
export interface DocumentExchangeRatesTable {
  documentId: number
  currency: string
  accountingCurrency: string
  rate: string
  rateDate: string
  createdAt: string
}

/** A distance sale charged the VAT of the consumer's country (OSS), frozen at issue (0034). */
export interface DocumentDistanceSalesTable {
  documentId: number
  vatCountry: string
  sellerCountry: string
  previousYearCents: number
  currentYearCents: number
  thresholdCents: number
}

/**
 * The seller, language, locale and paper frozen by migration 0040 for a document issued before
 * 0007 (which has none of its own): what it prints with, instead of Settings.
 */
export interface DocumentSellerBackfillsTable {
  documentId: number
  sellerLegalName: string | null
  sellerTaxId: string | null
  sellerAddressLine1: string | null
  sellerAddressLine2: string | null
  sellerPostalCode: string | null
  sellerCity: string | null
  sellerRegion: string | null
  sellerCountry: string | null
  sellerIban: string | null
  sellerBic: string | null
  sellerPhone: string | null
  sellerEmail: string | null
  sellerWebsite: string | null
  sellerRegistration: string | null
  sellerFooter: string | null
  sellerLogoSha256: string | null
  documentLanguage: string | null
  printLocale: string | null
  paperSize: string | null
  frozenAt: string
}

/** An issued invoice, credit or debit note that prints with its e-invoice embedded (0040), and the profile. */
export interface DocumentEinvoiceEmbedsTable {
  documentId: number
  profile: string
}

/**
 * What the e-invoice of an issued invoice, credit or debit note paid by direct debit or card says
 * about its payment (0047): the creditor id, mandate and debited IBAN, or the card's last digits.
 */
export interface DocumentPaymentMeansTable {
  documentId: number
  creditorId: string
  mandateReference: string
  debitedIban: string
  cardLast4: string
}

export interface EstimateSupersessionsTable {
  estimateId: number
  supersededById: number
  supersededOn: string
}

export type CustomerRecord = Selectable<CustomersTable>
export type NewCustomerRecord = Insertable<CustomersTable>

// ---- NAV Online Számla reports and queue runs (migration 0012) ----

export interface NavReportsTable {
  id: Generated<number>
  documentId: number
  kind: 'invoice' | 'annulment'
  operation: 'CREATE' | 'MODIFY' | 'STORNO' | 'ANNUL'
  originalDocumentId: number | null
  modificationIndex: number | null
  lineCount: Generated<number>
  xml: string
  createdAt: string
  status: 'waiting' | 'sent' | 'done' | 'aborted' | 'replaced'
  attempts: Generated<number>
  nextAttemptAt: string
  transactionId: string | null
  batchIndex: number | null
  lastError: Generated<string>
  /** JSON array of NAV's validation messages. */
  messages: Generated<string>
  sentAt: string | null
  finishedAt: string | null
  updatedAt: string
}

/** A reporting run as the NAV status shows it. */
export interface NavRunsTable extends NavRun {
  id: Generated<number>
}

// ---- Everyday work: e-mail outbox and texts, recipients, import mappings (migration 0014) ----

export interface MailOutboxTable {
  id: Generated<number>
  kind: string
  documentId: number | null
  customerId: number | null
  /** JSON array of addresses. */
  recipients: string
  subject: string
  body: string
  language: Generated<string>
  /** JSON array of { fileName, mimeType, base64 }. */
  attachments: Generated<string>
  status: Generated<'waiting' | 'sent' | 'failed' | 'cancelled'>
  attempts: Generated<number>
  nextAttemptAt: string
  lastError: Generated<string>
  messageId: string | null
  sentAt: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
}

export interface MailTemplatesTable {
  kind: string
  language: string
  subject: string
  body: string
  updatedAt: string
}

export interface CustomerMailRecipientsTable {
  customerId: number
  /** JSON array of addresses. */
  addresses: string
  updatedAt: string
}

export interface ImportMappingsTable {
  id: Generated<number>
  kind: string
  name: string
  /** JSON object: field -> column heading. */
  columns: string
  updatedAt: string
}

// ---- The customer desk: requests, calls, prospects, consent, campaigns (migration 0015) ----

export interface RequestCommentsTable {
  id: Generated<number>
  requestId: number
  at: string
  actor: string
  fromStatus: string | null
  toStatus: string | null
  text: string
}

export interface RequestLinksTable {
  id: Generated<number>
  requestId: number
  documentId: number | null
  visitId: number | null
}

export interface CallsTable {
  id: Generated<number>
  customerId: number
  executiveId: number | null
  at: string
  direction: 'incoming' | 'outgoing'
  contactName: string
  contactPhone: string
  outcome: 'no_answer' | 'call_back' | 'interested' | 'not_interested' | 'order_taken'
  notes: string
  nextStep: string
  nextStepDate: string | null
  campaignId: number | null
  createdAt: string
  createdBy: string
}

/** A prospect as the desk reads it, without the name of the executive it was handed over to. */
export interface ProspectsTable extends Omit<Prospect, 'handedOverToName'> {
  updatedAt: string
}

export interface MarketingConsentsTable {
  id: Generated<number>
  customerId: number
  contactId: number | null
  status: 'granted' | 'opted_out' | 'do_not_contact'
  date: string
  source: string
  createdAt: string
  createdBy: string
  /** Migration 0023: 'all' covers post and e-mail. */
  channel: Generated<'all' | 'post' | 'email'>
  /** Migration 0032: the person's e-mail address (lower case) the entry is for; '' for the customer. */
  email: Generated<string>
}

export interface SegmentsTable {
  id: Generated<number>
  name: string
  /** JSON of src/shared/schemas/campaigns.ts SegmentFilters. */
  filters: string
  createdAt: string
  updatedAt: string
}

export interface CampaignsTable {
  id: Generated<number>
  name: string
  kind: 'postal' | 'email'
  segmentId: number | null
  filters: string
  /** JSON: per language, subject and body with merge fields. */
  templates: string
  status: Generated<'draft' | 'sent'>
  sentAt: string | null
  windowDays: Generated<number>
  createdAt: string
  updatedAt: string
}

export interface CampaignRecipientsTable {
  campaignId: number
  customerId: number
  language: string
  name: string
  /** The mailing address as printed, lines joined with newlines. */
  address: string
  email: string
  sentAt: string
  /** Migration 0023: the outbox message of an e-mail campaign. */
  mailId: Generated<number | null>
}

export interface CampaignResponsesTable {
  id: Generated<number>
  campaignId: number
  customerId: number
  kind: 'call' | 'email' | 'visit'
  date: string
  note: string
  createdAt: string
}

// ---- Payment reminders as numbered records (migration 0019) ----

export interface ReminderSeriesTable {
  year: number
  nextSequence: number
}

export interface RemindersTable {
  id: Generated<number>
  number: string
  seriesYear: number
  sequence: number
  customerId: number
  level: 1 | 2 | 3
  asOf: string
  createdAt: string
  createdBy: string
}

export interface ReminderItemsTable {
  reminderId: number
  documentId: number
  level: 1 | 2 | 3
  currency: string
  openCents: number
  daysOverdue: number
}
