import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload, spreadsheetRequest } from '../../../lib/download';

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit-events', query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The whole filtered log as an Excel workbook (the server ignores page and size). */
export async function exportAuditEvents(query: AuditQuery, fallbackName: string) {
  saveDownload(await api.GET('/api/v1/audit-events', spreadsheetRequest(query)), fallbackName);
}
