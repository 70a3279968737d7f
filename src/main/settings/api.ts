/** The settings' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { SettingsApiOutputs } from '../../shared/schemas/settings-api'
import type { ServiceContext } from '../context'
import { getInterfaceLanguage, getSettings, setInterfaceLanguage, updateSettings } from './service'
import { readVatRates, updateVatRates } from './vat-rates'

export type SettingsHandlers = Pick<ApiHandlers, keyof SettingsApiOutputs>

export function settingsHandlers(ctx: ServiceContext): SettingsHandlers {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': ({ settings }) => updateSettings(ctx, settings),
    'settings.setInterfaceLanguage': ({ language }) => setInterfaceLanguage(ctx, language),
    'settings.interfaceLanguage': () => getInterfaceLanguage(ctx),
    'vatRates.get': () => readVatRates(ctx.db),
    'vatRates.update': ({ table }) => updateVatRates(ctx, table)
  }
}
