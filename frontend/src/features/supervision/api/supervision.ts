import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppointmentQuery,
  CoverageQuery,
  SaveAppointmentBody,
  SaveSchoolSupervisorsBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { fileNameFromDisposition, saveBlob } from '../../../lib/download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const supervisionKeys = {
  all: ['supervision'] as const,
  appointments: (q: AppointmentQuery) => [...supervisionKeys.all, 'appointments', q] as const,
  school: (orgId: number) => [...supervisionKeys.all, 'school', orgId] as const,
  coverage: (q: CoverageQuery) => [...supervisionKeys.all, 'coverage', q] as const,
};

export function useAppointments(query: AppointmentQuery, enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.appointments(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/supervision/appointments', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSaveAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: SaveAppointmentBody }) =>
      id === undefined
        ? unwrap(await api.POST('/api/v1/supervision/appointments', { body }))
        : unwrap(
            await api.PUT('/api/v1/supervision/appointments/{id}', {
              params: { path: { id } },
              body,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}

export function useDeleteAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(
        await api.DELETE('/api/v1/supervision/appointments/{id}', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}

export function useSchoolSupervisors(orgId: number | undefined) {
  return useQuery({
    queryKey: supervisionKeys.school(orgId ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/schools/{orgId}/supervisors', {
          params: { path: { orgId: orgId ?? 0 } },
          signal,
        }),
      ),
    enabled: orgId !== undefined,
  });
}

export function useSaveSchoolSupervisors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ orgId, body }: { orgId: number; body: SaveSchoolSupervisorsBody }) =>
      unwrap(
        await api.PUT('/api/v1/schools/{orgId}/supervisors', { params: { path: { orgId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}

export function useCoverage(query: CoverageQuery | undefined) {
  return useQuery({
    queryKey: supervisionKeys.coverage(query ?? { orgId: 0 }),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/supervision/coverage', {
          params: { query: query ?? { orgId: 0 } },
          signal,
        }),
      ),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The coverage as an Excel workbook. */
export async function exportCoverage(query: CoverageQuery, fallbackName: string) {
  const result = await api.GET('/api/v1/supervision/coverage', {
    params: { query },
    headers: { Accept: XLSX },
    parseAs: 'blob',
  });
  const blob: Blob = unwrap(result);
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? fallbackName,
  );
}
