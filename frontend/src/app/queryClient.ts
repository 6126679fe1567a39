import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/problem';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // any step taken on any work may change what waits for the caller (the inbox and its count)
    mutationCache: new MutationCache({
      onSuccess: () => void client.invalidateQueries({ queryKey: ['inbox'] }),
    }),
    defaultOptions: {
      queries: {
        // a 4xx will not change on retry; network and 5xx get two more tries
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
