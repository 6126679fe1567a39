import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useSignedIn } from '../../../lib/auth/session';
import { tokenStore, tokensFromResponse } from '../../../lib/auth/tokenStore';

export const meQueryKey = ['me'] as const;

export function useMe() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })),
    enabled: signedIn,
    staleTime: 5 * 60_000,
  });
}

export type LoginBody = RequestBody<'/api/v1/auth/login', 'post'>;

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) =>
      tokensFromResponse(unwrap(await api.POST('/api/v1/auth/login', { body }))),
    onSuccess: (tokens) => {
      queryClient.clear();
      tokenStore.set(tokens);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = tokenStore.get()?.refreshToken;
      if (!refreshToken) return;
      try {
        await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
      } catch {
        // signing out locally matters more than telling the server
      }
    },
    onSettled: () => {
      tokenStore.clear('logout');
      queryClient.clear();
    },
  });
}
