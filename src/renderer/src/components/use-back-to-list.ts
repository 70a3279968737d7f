import { useNavigate } from 'react-router-dom'

/** Back to the list the user came from (with its search and filters), or to the plain list. */
export function useBackToList(listPath: string) {
  const navigate = useNavigate()
  return () => {
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0
    if (index > 0) void navigate(-1)
    else void navigate(listPath)
  }
}
