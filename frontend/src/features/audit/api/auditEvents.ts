import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit-events', query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
