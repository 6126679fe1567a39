import { useQuery } from '@tanstack/react-query';
import type { InboxCounts, InboxPage, InboxQuery } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (q: InboxQuery) => [...inboxKeys.all, 'list', q] as const,
  counts: () => [...inboxKeys.all, 'counts'] as const,
};

/** Open work whose next step is the caller's, worst light first. */
export function useInbox(query: InboxQuery) {
  return useQuery({
    queryKey: inboxKeys.list(query),
    queryFn: async ({ signal }): Promise<InboxPage> =>
      unwrap(await api.GET('/api/v1/inbox', { params: { query }, signal })),
  });
}

/** How much waits for the caller, per kind (the header's count). */
export function useInboxCounts() {
  return useQuery({
    queryKey: inboxKeys.counts(),
    queryFn: async ({ signal }): Promise<InboxCounts> =>
      unwrap(await api.GET('/api/v1/inbox/counts', { signal })),
    refetchInterval: 5 * 60_000,
  });
}
