import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the whole app. Components showing the same data share one request; data is asked
 * for again when a page mounts (staleTime 0) and shown from the cache meanwhile; writes update or
 * invalidate the keys they change. A failed request is not retried: the user sees the error.
 */
export function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
