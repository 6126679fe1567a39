import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FindingPage, FindingQuery, RectificationBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload, spreadsheetRequest } from '../../../lib/download';

export const findingKeys = {
  all: ['findings'] as const,
  list: (q: FindingQuery) => [...findingKeys.all, 'list', q] as const,
  detail: (id: number) => [...findingKeys.all, 'detail', id] as const,
};

export function useFindings(query: FindingQuery) {
  return useQuery({
    queryKey: findingKeys.list(query),
    queryFn: async ({ signal }): Promise<FindingPage> => {
      // the ledger also comes as CSV or Excel by content negotiation: ask for the JSON page
      const page: unknown = unwrap(
        await api.GET('/api/v1/findings', {
          params: { query },
          headers: { Accept: 'application/json' },
          signal,
        }),
      );
      return page as FindingPage;
    },
    placeholderData: keepPreviousData,
  });
}

export function useFinding(id: number | undefined) {
  return useQuery({
    queryKey: findingKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/findings/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

/** A finding's move changes the report's counts too. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: findingKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['inspection-reports'] });
  };
}

export function useRectify() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: RectificationBody }) =>
      unwrap(
        await api.POST('/api/v1/findings/{id}/rectifications', { params: { path: { id } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useVerifyFinding() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST('/api/v1/findings/{id}/verify', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useReopenFinding() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: number; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/findings/{id}/reopen', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Every finding matching the filters as an Excel workbook (the server ignores page and size). */
export async function exportFindings(query: FindingQuery, fallbackName: string) {
  saveDownload(await api.GET('/api/v1/findings', spreadsheetRequest(query)), fallbackName);
}
