import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreationProgrammeQuery,
  CreationSimulationBody,
  RecordCreationRecognitionStepBody,
  SaveCreationCountyReturnBody,
  SaveCreationSchoolReturnBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload } from '../../../lib/download';
import { fileUpload } from '../../../lib/upload';

export const creationKeys = {
  all: ['creation'] as const,
  list: (q: CreationProgrammeQuery) => [...creationKeys.all, 'list', q] as const,
  detail: (id: number) => [...creationKeys.all, 'detail', id] as const,
  programme: (id: number) => [...creationKeys.all, 'programme', id] as const,
  schools: (id: number, year: number) => [...creationKeys.programme(id), 'schools', year] as const,
  assessment: (id: number, year: number) =>
    [...creationKeys.programme(id), 'assessment', year] as const,
  ledger: (id: number, year: number) => [...creationKeys.programme(id), 'ledger', year] as const,
  county: (id: number, year: number) => [...creationKeys.programme(id), 'county', year] as const,
  recognition: (id: number) => [...creationKeys.programme(id), 'recognition'] as const,
};

export function useCreationProgrammes(query: CreationProgrammeQuery) {
  return useQuery({
    queryKey: creationKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/creation-programmes', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreationProgramme(id: number | undefined) {
  return useQuery({
    queryKey: creationKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

export function useSchoolReturn(id: number, year: number) {
  return useQuery({
    queryKey: creationKeys.schools(id, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}/schools/{year}', {
          params: { path: { id, year } },
          signal,
        }),
      ),
  });
}

/** The saved year's assessment; a year without returns answers 404, which the page explains. */
export function useAssessment(id: number, year: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: creationKeys.assessment(id, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}/assessment', {
          params: { path: { id }, query: { year } },
          signal,
        }),
      ),
    enabled: options.enabled ?? true,
  });
}

export function useLedger(id: number, year: number) {
  return useQuery({
    queryKey: creationKeys.ledger(id, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}/ledger', {
          params: { path: { id }, query: { year, size: 200, sort: 'status,asc' } },
          signal,
        }),
      ),
  });
}

/** After data changes, everything of the programme (and the overview) is stale. */
function useInvalidateProgramme() {
  const queryClient = useQueryClient();
  return (id: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: creationKeys.programme(id) }),
      queryClient.invalidateQueries({ queryKey: creationKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: [...creationKeys.all, 'list'] }),
    ]);
}

export function useSaveSchoolReturn() {
  const invalidate = useInvalidateProgramme();
  return useMutation({
    mutationFn: async ({
      id,
      year,
      body,
    }: {
      id: number;
      year: number;
      body: SaveCreationSchoolReturnBody;
    }) =>
      unwrap(
        await api.PUT('/api/v1/creation-programmes/{id}/schools/{year}', {
          params: { path: { id, year } },
          body,
        }),
      ),
    onSuccess: (_data, { id }) => invalidate(id),
  });
}

export function useImportSchoolReturn() {
  const invalidate = useInvalidateProgramme();
  return useMutation({
    mutationFn: async ({
      id,
      year,
      file,
      onProgress,
    }: {
      id: number;
      year: number;
      file: File;
      onProgress?: (percent: number) => void;
    }) =>
      unwrap(
        await api.POST('/api/v1/creation-programmes/{id}/schools/{year}/import', {
          params: { path: { id, year } },
          ...fileUpload(file, onProgress),
        }),
      ),
    onSuccess: (_data, { id }) => invalidate(id),
  });
}

/** 优质均衡: the county's own data for a year, with the form its standard defines. */
export function useCountyReturn(id: number, year: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: creationKeys.county(id, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}/county/{year}', {
          params: { path: { id, year } },
          signal,
        }),
      ),
    enabled: options.enabled ?? true,
  });
}

export function useSaveCountyReturn() {
  const invalidate = useInvalidateProgramme();
  return useMutation({
    mutationFn: async ({
      id,
      year,
      body,
    }: {
      id: number;
      year: number;
      body: SaveCreationCountyReturnBody;
    }) =>
      unwrap(
        await api.PUT('/api/v1/creation-programmes/{id}/county/{year}', {
          params: { path: { id, year } },
          body,
        }),
      ),
    onSuccess: (_data, { id }) => invalidate(id),
  });
}

/** A what-if: computed by the server, never saved, so nothing is invalidated. */
export function useSimulation() {
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: CreationSimulationBody }) =>
      unwrap(
        await api.POST('/api/v1/creation-programmes/{id}/assessment/simulate', {
          params: { path: { id } },
          body,
        }),
      ),
  });
}

export function useSyncLedger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      year,
      createTasks,
    }: {
      id: number;
      year: number;
      createTasks: boolean;
    }) =>
      unwrap(
        await api.POST('/api/v1/creation-programmes/{id}/ledger', {
          params: { path: { id }, query: { year, createTasks } },
        }),
      ),
    onSuccess: async (result, { id, year }) => {
      await queryClient.invalidateQueries({ queryKey: creationKeys.ledger(id, year) });
      if (result.tasksCreated > 0) await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

/** Downloads the returns template (filled with the year's rows when filed). */
export async function downloadTemplate(
  id: number,
  year: number,
  format: 'xlsx' | 'csv',
  fallbackName: string,
) {
  const result = await api.GET('/api/v1/creation-programmes/{id}/schools/{year}/template', {
    params: { path: { id, year }, query: { format } },
    parseAs: 'blob',
  });
  saveDownload(result, `${fallbackName}.${format}`);
}

export function useRecognition(id: number) {
  return useQuery({
    queryKey: creationKeys.recognition(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/creation-programmes/{id}/recognition', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

export function useRecordRecognitionStep(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecordCreationRecognitionStepBody) =>
      unwrap(
        await api.POST('/api/v1/creation-programmes/{id}/recognition', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: (data) => client.setQueryData(creationKeys.recognition(id), data),
  });
}
