/**
 * The renderer's data layer, on TanStack Query. A read is `useApiQuery(key, call)`: cached under
 * its key, fetched again when the key changes, and a failure is an error value the page shows
 * (never swallowed). A write is `useApiMutation(call, { invalidates })`: after it succeeds, the
 * reads under the given keys load again, so no page keeps a hand-made reload counter.
 *
 * Keys start with the area (`['customers', ...]`), so a write can refresh a whole area at once.
 */
import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryResult
} from '@tanstack/react-query'

export const queryClient = new QueryClient({
  defaultOptions: {
    // Local store: a failure will not go away by asking again, and the user sees it at once.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false }
  }
})

/** Query keys of each area; the first element is the area, so invalidating it refreshes all its reads. */
export const keys = {
  activity: (...rest: unknown[]) => ['activity', ...rest] as const,
  app: (...rest: unknown[]) => ['app', ...rest] as const,
  contracts: (...rest: unknown[]) => ['contracts', ...rest] as const,
  calls: (...rest: unknown[]) => ['calls', ...rest] as const,
  campaigns: (...rest: unknown[]) => ['campaigns', ...rest] as const,
  customers: (...rest: unknown[]) => ['customers', ...rest] as const,
  mail: (...rest: unknown[]) => ['mail', ...rest] as const,
  documents: (...rest: unknown[]) => ['documents', ...rest] as const,
  executives: (...rest: unknown[]) => ['executives', ...rest] as const,
  payments: (...rest: unknown[]) => ['payments', ...rest] as const,
  products: (...rest: unknown[]) => ['products', ...rest] as const,
  requests: (...rest: unknown[]) => ['requests', ...rest] as const,
  schedule: (...rest: unknown[]) => ['schedule', ...rest] as const,
  settings: (...rest: unknown[]) => ['settings', ...rest] as const,
  weekly: (...rest: unknown[]) => ['weekly', ...rest] as const
}

export interface ApiQueryOptions {
  /** False while the input is not ready (an empty search): nothing is fetched. */
  enabled?: boolean
  /** Keep showing the last answer while the next key loads (a list being filtered). */
  keepPrevious?: boolean
  /**
   * The screen edits a copy of what it read (a dialog's draft, a settings form): read afresh each
   * time the screen opens, never a cached answer from an earlier visit.
   */
  fresh?: boolean
}

export function useApiQuery<T>(
  key: QueryKey,
  call: () => Promise<T>,
  options: ApiQueryOptions = {}
): UseQueryResult<T> {
  return useQuery({
    queryKey: key,
    queryFn: call,
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    ...(options.fresh ? { gcTime: 0 } : {})
  })
}

export interface ApiMutationOptions<T> {
  /** Keys (or key prefixes, such as `keys.customers()`) whose reads load again after success. */
  invalidates?: QueryKey[]
  onSuccess?: (result: T) => void
}

export function useApiMutation<Input, T>(
  call: (input: Input) => Promise<T>,
  options: ApiMutationOptions<T> = {}
) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: async (result) => {
      await Promise.all((options.invalidates ?? []).map((queryKey) => client.invalidateQueries({ queryKey })))
      options.onSuccess?.(result)
    }
  })
}

/** Marks reads stale after a write made outside useApiMutation (a dialog that saved by itself). */
export function useInvalidate() {
  const client = useQueryClient()
  return (...queryKeys: QueryKey[]) => {
    for (const queryKey of queryKeys) void client.invalidateQueries({ queryKey })
  }
}
