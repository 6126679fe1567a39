import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateFindingBody,
  InspectionReportQuery,
  SaveInspectionReportBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload, spreadsheetRequest } from '../../../lib/download';
import { findingKeys } from './findings';

export const reportKeys = {
  all: ['inspection-reports'] as const,
  list: (q: InspectionReportQuery) => [...reportKeys.all, 'list', q] as const,
  detail: (id: number) => [...reportKeys.all, 'detail', id] as const,
  findings: (id: number) => [...reportKeys.all, 'findings', id] as const,
};

export function useReports(query: InspectionReportQuery) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/inspection-reports', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Every report matching the filters as an Excel workbook (the server ignores page and size). */
export async function exportReports(query: InspectionReportQuery, fallbackName: string) {
  saveDownload(
    await api.GET('/api/v1/inspection-reports', spreadsheetRequest(query)),
    fallbackName,
  );
}

export function useReport(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/inspection-reports/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

export function useReportFindings(id: number | undefined) {
  return useQuery({
    queryKey: reportKeys.findings(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/inspection-reports/{id}/findings', {
          params: { path: { id: id as number }, query: { size: 200, sort: 'createdAt,asc' } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

/** Report changes move finding lists (counts, who may rectify) too. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: reportKeys.all });
    await queryClient.invalidateQueries({ queryKey: findingKeys.all });
  };
}

export function useCreateReport() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (body: SaveInspectionReportBody) =>
      unwrap(await api.POST('/api/v1/inspection-reports', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateReport() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: SaveInspectionReportBody }) =>
      unwrap(await api.PUT('/api/v1/inspection-reports/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteReport() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE('/api/v1/inspection-reports/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

/** Workflow steps without a body. */
export type SimpleReportAction = 'submit' | 'approve' | 'publish';

export function useReportAction() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, action }: { id: number; action: SimpleReportAction }) => {
      const params = { path: { id } };
      switch (action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/inspection-reports/{id}/submit', { params }));
        case 'approve':
          return unwrap(await api.POST('/api/v1/inspection-reports/{id}/approve', { params }));
        case 'publish':
          return unwrap(await api.POST('/api/v1/inspection-reports/{id}/publish', { params }));
      }
    },
    onSuccess: invalidate,
  });
}

export function useReturnReport() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: number; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/inspection-reports/{id}/return', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateFinding() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ reportId, body }: { reportId: number; body: CreateFindingBody }) =>
      unwrap(
        await api.POST('/api/v1/inspection-reports/{id}/findings', {
          params: { path: { id: reportId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The report (督导报告) or the 整改通知书 as .docx, fetched with the bearer token. */
export async function downloadReportDocument(
  id: number,
  which: 'document' | 'rectification-notice',
  fallbackName: string,
) {
  const params = { path: { id } };
  const result =
    which === 'document'
      ? await api.GET('/api/v1/inspection-reports/{id}/document', { params, parseAs: 'blob' })
      : await api.GET('/api/v1/inspection-reports/{id}/rectification-notice', {
          params,
          parseAs: 'blob',
        });
  saveDownload(result, fallbackName);
}
