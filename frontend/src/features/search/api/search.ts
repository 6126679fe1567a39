import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

/** What the search page asks: the words, optionally one kind with more items. */
export interface SearchQuery {
  q: string;
  kinds?: string;
  size?: number;
}

export const searchKeys = {
  all: ['search'] as const,
  query: (query: SearchQuery) => [...searchKeys.all, query] as const,
};

/** Searches everything the caller may see; nothing is asked while the words are empty. */
export function useSearch(query: SearchQuery) {
  const q = query.q.trim();
  return useQuery({
    queryKey: searchKeys.query({ ...query, q }),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/search', {
          params: {
            query: { q, kinds: query.kinds ? [query.kinds] : undefined, size: query.size },
          },
          signal,
        }),
      ),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
