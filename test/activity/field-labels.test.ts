/**
 * A settings edit logs the names of the fields it changed, and the activity page shows each name
 * through `activity.field.<name>`; a name without a label is shown raw ("ossVoluntary"). Every field
 * the company, document and region settings can change needs a label in every language.
 */
import { describe, expect, it } from 'vitest'
import { resources } from '../../src/renderer/src/i18n/resources'
import { languages } from '../../src/shared/languages'
import { regionFormat } from '../../src/shared/region'
import { companyProfile, documentSettings } from '../../src/shared/schemas/settings'

const loggedBySettings = [
  ...Object.keys(companyProfile.shape),
  ...Object.keys(documentSettings.shape),
  ...Object.keys(regionFormat.shape),
  // The region page logs these two beside the formats (region/service.ts).
  'paperSize',
  'timeZone'
]

describe('activity field labels', () => {
  it.each(languages)('every settings field has a label in %s', (language) => {
    const labels = (
      resources[language].translation as unknown as { activity: { field: Record<string, string> } }
    ).activity.field
    const missing = loggedBySettings.filter((name) => typeof labels[name] !== 'string')
    expect(missing).toEqual([])
  })
})
