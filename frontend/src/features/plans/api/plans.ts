import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateForwardingBody, PlanQuery, SavePlanBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const planKeys = {
  all: ['plans'] as const,
  list: (q: PlanQuery) => [...planKeys.all, 'list', q] as const,
  detail: (id: number) => [...planKeys.all, 'detail', id] as const,
  forwardings: (id: number) => [...planKeys.all, 'forwardings', id] as const,
};

export function usePlans(query: PlanQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/plans', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/plans/{id}', { params: { path: { id: id as number } }, signal }),
      ),
    enabled: id !== undefined,
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SavePlanBody) => unwrap(await api.POST('/api/v1/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: SavePlanBody }) =>
      unwrap(await api.PUT('/api/v1/plans/{id}', { params: { path: { id } }, body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

export type PlanTransition = 'publish' | 'archive';

export function usePlanTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: number; action: PlanTransition }) => {
      const params = { path: { id } };
      return action === 'publish'
        ? unwrap(await api.POST('/api/v1/plans/{id}/publish', { params }))
        : unwrap(await api.POST('/api/v1/plans/{id}/archive', { params }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE('/api/v1/plans/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: planKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

export function usePlanForwardings(planId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.forwardings(planId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/plans/{id}/forwardings', {
          params: { path: { id: planId } },
          signal,
        }),
      ),
    enabled: options.enabled ?? true,
  });
}

export function useForwardPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, body }: { planId: number; body: CreateForwardingBody }) =>
      unwrap(
        await api.POST('/api/v1/plans/{id}/forwardings', {
          params: { path: { id: planId } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      // every recipient got an acknowledgement task
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

/** Per item and sub-item: the linked work the caller may see, counted done / open / overdue. */
export function usePlanProgress(planId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...planKeys.detail(planId), 'progress'] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/plans/{id}/progress', { params: { path: { id: planId } }, signal }),
      ),
    enabled: options.enabled ?? true,
  });
}

/** A plan item as work refers to it: its plan, numbering path and heading. */
export function usePlanItem(itemId: number | undefined) {
  return useQuery({
    queryKey: [...planKeys.all, 'item', itemId ?? -1] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/plan-items/{id}', {
          params: { path: { id: itemId as number } },
          signal,
        }),
      ),
    enabled: itemId !== undefined,
    staleTime: 5 * 60 * 1000,
  });
}
