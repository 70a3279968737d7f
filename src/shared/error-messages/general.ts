/** Any form and any call: the general refusals, background jobs, the IPC guard, "does not exist" (one
 * sentence per thing: the noun's gender changes the sentence in es/ca/ru), region settings, lists. */
export const generalErrorMessages = {
  correctMarkedFields: 'Please correct the marked fields.',
  somethingWentWrong:
    'Something went wrong and nothing was saved. Please try again; if it keeps happening, make a backup and contact support.',
  databaseDamaged:
    'Your Salesdesk database file is damaged, so this could not be read or saved. Restore your latest backup copy, or contact support.',
  notReachable: 'Salesdesk is not reachable. Is the Salesdesk window or `salesdesk serve` still running?',
  unknownOperation: 'There is no operation called "{{method}}".',
  notBackgroundJob: '"{{method}}" cannot run as a background job.',
  unknownOperationField: 'Unknown operation',
  sentReportNotFound: 'This sent report does not exist.',
  jobCancelled: 'Cancelled: nothing was saved.',
  jobStillRunning: 'This job is still running.',
  jobUnknown: 'This background job is unknown or its result was already collected.',
  windowNotTrusted: 'This window may not use Salesdesk data.',
  customerNotFound: 'Customer {{id}} does not exist (it may have been deleted).',
  productNotFound: 'Product {{id}} does not exist (it may have been deleted).',
  salesExecutiveNotFound: 'Sales executive {{id}} does not exist (it may have been deleted).',
  siteVisitNotFound: 'Site visit {{id}} does not exist (it may have been deleted).',
  meetingNotFound: 'Meeting {{id}} does not exist (it may have been deleted).',
  visitPlanNotFound: 'Visit plan {{id}} does not exist (it may have been deleted).',
  requestNotFound: 'Request {{id}} does not exist (it may have been deleted).',
  segmentNotFound: 'Segment {{id}} does not exist (it may have been deleted).',
  campaignNotFound: 'Campaign {{id}} does not exist (it may have been deleted).',
  documentNotFound: 'Document {{id}} does not exist (it may have been deleted).',
  deliveryNotFound: 'Delivery {{id}} does not exist (it may have been deleted).',
  paymentNotFound: 'Payment {{id}} does not exist (it may have been deleted).',
  investigationNotFound: 'Investigation {{id}} does not exist (it may have been deleted).',
  attachmentNotFound: 'Attachment {{id}} does not exist (it may have been deleted).',
  contractNotFound: 'Contract {{id}} does not exist (it may have been deleted).',
  linkNotFound: 'Link {{id}} does not exist (it may have been deleted).',
  regionSameSeparators: 'The decimal mark and the thousands separator must differ',
  listOfTwo: '{{first}}, {{second}}',
  listOfThree: '{{first}}, {{second}}, {{third}}',
  pdfWindowNotAllowed: 'This window may not open documents.',
  pdfNotShowable: 'This is not a PDF document Salesdesk can show.'
} as const
