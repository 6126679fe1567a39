import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, RequestBody, UpdateUserBody, UserQuery } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const userKeys = {
  all: ['users'] as const,
  list: (q: UserQuery) => [...userKeys.all, 'list', q] as const,
};

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/users', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateUserBody) => unwrap(await api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: UpdateUserBody }) =>
      unwrap(await api.PUT('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export type ResetPasswordBody = RequestBody<'/api/v1/users/{id}/password', 'post'>;

export function useResetPassword() {
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ResetPasswordBody }) =>
      unwrap(await api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body })),
  });
}
