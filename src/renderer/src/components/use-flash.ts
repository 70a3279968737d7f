/** A message handed to the next page through the router's location state ("Customer created"). */
import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import type { BannerMessage } from './Banner'

export interface FlashState {
  flash?: BannerMessage
}

export function useFlash() {
  const location = useLocation()
  const navigate = useNavigate()
  const flash = (location.state as FlashState | null)?.flash ?? null
  const message = useState<BannerMessage | null>(flash)
  // Shown once: a reload or a Back later must not bring the message back.
  const { pathname, search } = location
  useEffect(() => {
    if (flash) void navigate({ pathname, search }, { replace: true, state: null })
  }, [flash, navigate, pathname, search])
  return message
}
