import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonitoringCycleQuery, MonitoringSubject } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { fileUpload } from '../../../lib/upload';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  cycles: (q: MonitoringCycleQuery) => [...monitoringKeys.all, 'cycles', q] as const,
  cycle: (id: number) => [...monitoringKeys.all, 'cycle', id] as const,
  results: (id: number) => [...monitoringKeys.all, 'results', id] as const,
  comparison: (id: number, subject: string, grade: number) =>
    [...monitoringKeys.all, 'comparison', id, subject, grade] as const,
};

export function useMonitoringCycles(query: MonitoringCycleQuery) {
  return useQuery({
    queryKey: monitoringKeys.cycles(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/monitoring-cycles', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useMonitoringCycle(id: number) {
  return useQuery({
    queryKey: monitoringKeys.cycle(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/monitoring-cycles/{id}', { params: { path: { id } }, signal })),
  });
}

export function useMonitoringResults(id: number) {
  return useQuery({
    queryKey: monitoringKeys.results(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/monitoring-cycles/{id}/results', {
          params: { path: { id }, query: { schools: true } },
          signal,
        }),
      ),
  });
}

export function useMonitoringComparison(
  id: number,
  subject: MonitoringSubject | undefined,
  grade: number | undefined,
) {
  return useQuery({
    queryKey: monitoringKeys.comparison(id, subject ?? '', grade ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/monitoring-cycles/{id}/comparison', {
          params: { path: { id }, query: { subject: subject!, grade: grade! } },
          signal,
        }),
      ),
    enabled: subject !== undefined && grade !== undefined,
  });
}

export function useImportMonitoringResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, file }: { id: number; file: File }) =>
      unwrap(
        await api.POST('/api/v1/monitoring-cycles/{id}/results/import', {
          params: { path: { id } },
          ...fileUpload(file),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
}
