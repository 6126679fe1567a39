import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcknowledgeBody,
  BatchTaskBody,
  ProgressBody,
  SaveTaskBody,
  TaskPage,
  TaskQuery,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload, spreadsheetRequest } from '../../../lib/download';

export const taskKeys = {
  all: ['tasks'] as const,
  list: (q: TaskQuery) => [...taskKeys.all, 'list', q] as const,
  detail: (id: number) => [...taskKeys.all, 'detail', id] as const,
  children: (id: number) => [...taskKeys.all, 'children', id] as const,
  progress: (id: number) => [...taskKeys.all, 'progress', id] as const,
};

export function useTasks(query: TaskQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: async ({ signal }): Promise<TaskPage> => {
      // the list also comes as CSV or Excel by content negotiation: ask for the JSON page
      const page: unknown = unwrap(
        await api.GET('/api/v1/tasks', {
          params: { query },
          headers: { Accept: 'application/json' },
          signal,
        }),
      );
      return page as TaskPage;
    },
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useTask(id: number | undefined) {
  return useQuery({
    queryKey: taskKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/tasks/{id}', { params: { path: { id: id as number } }, signal }),
      ),
    enabled: id !== undefined,
  });
}

export function useTaskChildren(id: number) {
  return useQuery({
    queryKey: taskKeys.children(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/tasks/{id}/children', { params: { path: { id } }, signal })),
  });
}

export function useTaskProgress(id: number) {
  return useQuery({
    queryKey: taskKeys.progress(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/tasks/{id}/progress', { params: { path: { id } }, signal })),
  });
}

/** Task changes move plan timelines and forwarding boards too. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: taskKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['plans'] });
  };
}

export function useCreateTask() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (body: SaveTaskBody) => unwrap(await api.POST('/api/v1/tasks', { body })),
    onSuccess: invalidate,
  });
}

export function useCreateTaskBatch() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (body: BatchTaskBody) =>
      unwrap(await api.POST('/api/v1/tasks/batch', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateTask() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: SaveTaskBody }) =>
      unwrap(await api.PUT('/api/v1/tasks/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** Workflow steps without a body. */
export type SimpleTaskAction = 'start' | 'submit' | 'accept' | 'cancel';

export function useTaskAction() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, action }: { id: number; action: SimpleTaskAction }) => {
      const params = { path: { id } };
      switch (action) {
        case 'start':
          return unwrap(await api.POST('/api/v1/tasks/{id}/start', { params }));
        case 'submit':
          return unwrap(await api.POST('/api/v1/tasks/{id}/submit', { params }));
        case 'accept':
          return unwrap(await api.POST('/api/v1/tasks/{id}/accept', { params }));
        case 'cancel':
          return unwrap(await api.POST('/api/v1/tasks/{id}/cancel', { params }));
      }
    },
    onSuccess: invalidate,
  });
}

export function useReturnTask() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: number; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/tasks/{id}/return', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeTask() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: AcknowledgeBody }) =>
      unwrap(await api.POST('/api/v1/tasks/{id}/acknowledge', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useReportProgress() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ProgressBody }) =>
      unwrap(await api.POST('/api/v1/tasks/{id}/progress', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** Every task matching the filters as an Excel workbook (the server ignores page and size). */
export async function exportTasks(query: TaskQuery, fallbackName: string) {
  saveDownload(await api.GET('/api/v1/tasks', spreadsheetRequest(query)), fallbackName);
}
