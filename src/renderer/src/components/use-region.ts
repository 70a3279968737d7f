/**
 * The region settings (Settings → Region): how every screen writes dates, times and numbers.
 * Read once per page load and shared; until they arrive (or when they cannot be read) the
 * language's own formats in the computer's time zone.
 */
import { useEffect, useState } from 'react'
import type { RegionSettings } from '../../../shared/region'
import { api } from '../api/client'

let cached: Promise<RegionSettings | null> | null = null
const listeners = new Set<(region: RegionSettings | null) => void>()

function loadRegion(): Promise<RegionSettings | null> {
  cached ??= api.call('region.get', {}).catch(() => {
    cached = null
    return null
  })
  return cached
}

/** The region was saved: every screen writes the new way at once. */
export function regionSaved(region: RegionSettings): void {
  cached = Promise.resolve(region)
  for (const listener of listeners) listener(region)
}

export function useRegion(): RegionSettings | null {
  const [region, setRegion] = useState<RegionSettings | null>(null)
  useEffect(() => {
    let live = true
    const listener = (r: RegionSettings | null) => {
      if (live) setRegion(r)
    }
    listeners.add(listener)
    void loadRegion().then(listener)
    return () => {
      live = false
      listeners.delete(listener)
    }
  }, [])
  return region
}
