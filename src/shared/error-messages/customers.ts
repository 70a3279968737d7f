/** Customers, products, sales executives, tax ids already used, segments, campaigns and consent. */
export const customerErrorMessages = {
  taxIdAlreadyUsed:
    '{{code}} {{name}} already has the tax id {{taxId}}. Open that customer, or confirm that this is a different one.',
  taxIdUsedBy: 'Already used by {{code}} {{name}}',
  noSegmentCalled: 'There is no saved segment called "{{name}}".',
  consentPersonUnknown:
    '{{email}} is not the e-mail address of one of this customer’s people: choose one from the list.',
  consentPersonEmailOnly:
    'A person’s own consent is for e-mails only: letters go to the company, so record them for the whole customer.',
  segmentNameTaken: 'There is already a segment called "{{name}}".',
  campaignAlreadySent: 'The campaign "{{name}}" has been sent: its recipients and texts are a record now.',
  campaignNobodyToReach:
    'Nobody in the campaign "{{name}}" can be reached: no one has given consent and has an address for it.',
  notCampaignRecipient: 'This customer did not receive the campaign',
  executiveDoesNotExist: 'This sales executive does not exist',
  productsDoNotExist: 'Some of the chosen products do not exist',
  customerCodeUsed: 'The customer code {{code}} is already used.',
  customerCodeUsedField: 'This code is already used by another customer',
  customerChangedElsewhere:
    'This customer was changed elsewhere since you opened it. Reload it, then make your change again.',
  customerHasHistory:
    'This customer has history (documents or visits), so it cannot be deleted. Archive it instead.',
  skuUsed: 'The SKU {{sku}} is already used.',
  skuUsedField: 'This SKU is already used by another product',
  customerDoesNotExist: 'This customer does not exist',
  campaignDoesNotExist: 'This campaign does not exist',
  alreadyCustomerNotProspect: '{{name}} is already a customer, not a prospect.'
} as const
