/**
 * First run: whether the database is still empty and the company profile incomplete, and the one
 * step that fills in the company, country presets and numbering; or demo data to try things with.
 */
import type { ApiHandlers } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { SetupApiOutputs } from '../../shared/schemas/setup-api'
import { requiredCompanyFields, type SetupStatus } from '../../shared/setup'
import type { ServiceContext } from '../context'
import { customerListIndex } from '../customers/list-index'
import type { Store } from '../db/open'
import { generateDemo } from '../demo/generate'
import { readSettings, updateSettings } from '../settings/service'

export type SetupHandlers = Pick<ApiHandlers, keyof SetupApiOutputs>

export async function setupStatus(ctx: ServiceContext): Promise<SetupStatus> {
  const { company } = await readSettings(ctx.db)
  const counts = await ctx.db
    .selectNoFrom((eb) => [
      eb.selectFrom('customers').select(eb.fn.countAll<number>().as('n')).as('customers'),
      eb.selectFrom('products').select(eb.fn.countAll<number>().as('n')).as('products'),
      eb.selectFrom('documents').select(eb.fn.countAll<number>().as('n')).as('documents')
    ])
    .executeTakeFirstOrThrow()
  return {
    empty: Number(counts.customers) + Number(counts.products) + Number(counts.documents) === 0,
    missing: requiredCompanyFields.filter((field) => company[field].trim() === '')
  }
}

export function setupHandlers(ctx: ServiceContext, store: Store): SetupHandlers {
  return {
    'setup.status': () => setupStatus(ctx),
    'setup.complete': async ({ settings }) => {
      const blank = requiredCompanyFields.filter((field) => settings.company[field].trim() === '')
      if (blank.length > 0)
        throw new DomainError(
          'invalid_input',
          { key: 'fillDocumentFields' },
          // Named by their path in the input, as the schema's own refusals are (`settings.company.city`).
          Object.fromEntries(
            blank.map((field) => [`settings.company.${field}`, { key: 'requiredToIssue' as const }])
          )
        )
      await updateSettings(ctx, settings)
      return setupStatus(ctx)
    },
    'setup.demo': async () => {
      generateDemo(store, { size: 'small', seed: 7, now: ctx.now() })
      // The demo writes through this process's own connection, which SQLite's data_version does not
      // count as a change: the customer list's index (loaded empty by the welcome screen) must reload,
      // else the list shows 0 customers after the page reload.
      customerListIndex(ctx.db).invalidate()
      return setupStatus(ctx)
    }
  }
}
