/**
 * The region settings (Settings → Region): how every screen writes dates, times and numbers.
 * Read once per page load and shared; until they arrive (or when they cannot be read) the
 * language's own formats in the computer's time zone.
 */
import { useSyncExternalStore } from 'react'
import type { RegionSettings } from '../../../shared/region'
import { api } from '../api/client'

let cached: Promise<RegionSettings | null> | null = null
/** The last region read or saved, for code that needs it outside a render (today's date). */
let known: RegionSettings | null = null
const listeners = new Set<() => void>()

function changed(region: RegionSettings | null): RegionSettings | null {
  known = region
  for (const listener of listeners) listener()
  return region
}

/**
 * Reads the region (once; again after a failure). main.tsx waits for it before the first screen, so
 * "today" is the company's date from the start; a failure is shown by the pages that need the region.
 */
export function loadRegion(): Promise<RegionSettings | null> {
  cached ??= api.call('region.get', {}).then(changed, () => {
    // Not silent: the pages that need the region (Settings → Region) read it themselves and show
    // the failure; until then every screen writes in the language's own formats.
    cached = null
    return null
  })
  return cached
}

/** The company's time zone (Settings → Region), or the computer's until the region has been read. */
export function companyZone(): string {
  return known?.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')
}

/** The region was saved: every screen writes the new way at once. */
export function regionSaved(region: RegionSettings): void {
  cached = Promise.resolve(region)
  changed(region)
}

/** Screens follow the region as a store: read once, then told of each save. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  void loadRegion()
  return () => {
    listeners.delete(listener)
  }
}

export function useRegion(): RegionSettings | null {
  return useSyncExternalStore(subscribe, () => known)
}
