import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IndicatorSystemDocument,
  IndicatorSystemQuery,
  SaveIndicatorSystemBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload } from '../../../lib/download';

export const indicatorKeys = {
  all: ['indicator-systems'] as const,
  list: (q: IndicatorSystemQuery) => [...indicatorKeys.all, 'list', q] as const,
  detail: (id: number) => [...indicatorKeys.all, 'detail', id] as const,
};

export function useIndicatorSystems(
  query: IndicatorSystemQuery,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: indicatorKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/indicator-systems', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useIndicatorSystem(id: number | undefined) {
  return useQuery({
    queryKey: indicatorKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/indicator-systems/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
    // a version never changes once published, and drafts are refetched after each save
    staleTime: 60_000,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
}

export function useCreateIndicatorSystem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: SaveIndicatorSystemBody) =>
      unwrap(await api.POST('/api/v1/indicator-systems', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateIndicatorSystem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: SaveIndicatorSystemBody }) =>
      unwrap(await api.PUT('/api/v1/indicator-systems/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function usePublishIndicatorSystem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(
        await api.POST('/api/v1/indicator-systems/{id}/publish', { params: { path: { id } } }),
      ),
    onSuccess: invalidate,
  });
}

export function useCopyIndicatorSystem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST('/api/v1/indicator-systems/{id}/copy', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useImportIndicatorSystem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: IndicatorSystemDocument) =>
      unwrap(await api.POST('/api/v1/indicator-systems/import', { body })),
    onSuccess: invalidate,
  });
}

/** The tree as the importable JSON document, saved under the server's file name. */
export async function exportIndicatorSystem(id: number, fallbackName: string) {
  const result = await api.GET('/api/v1/indicator-systems/{id}/export', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  saveDownload(result, fallbackName);
}
