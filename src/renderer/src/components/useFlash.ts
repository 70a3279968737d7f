/** A message handed to the next page through the router's location state ("Customer created"). */
import { useState } from 'react'
import { useLocation } from 'react-router-dom'
import type { BannerMessage } from './Banner'

export interface FlashState {
  flash?: BannerMessage
}

export function useFlash() {
  const location = useLocation()
  return useState<BannerMessage | null>((location.state as FlashState | null)?.flash ?? null)
}
