import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the whole app. Data is refetched when a page mounts (staleTime 0) but shown from
 * the cache meanwhile; reference lists (users, settings lists) set a longer staleTime in their
 * hooks. A failed request is not retried: the user sees the error and may try again.
 */
export function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
