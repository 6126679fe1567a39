import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { tokenStore, tokensFromResponse } from '../../../lib/auth/tokenStore';
import { meQueryKey } from '../../auth/api/session';

export type ChangePasswordBody = RequestBody<'/api/v1/me/password', 'post'>;

/**
 * Changes the signed-in user's password. The server then ends every session of the account, this
 * one included, so the client signs in again with the new password and carries on.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, ...body }: ChangePasswordBody & { username: string }) => {
      unwrap(await api.POST('/api/v1/me/password', { body }));
      return tokensFromResponse(
        unwrap(
          await api.POST('/api/v1/auth/login', { body: { username, password: body.newPassword } }),
        ),
      );
    },
    onSuccess: (tokens) => {
      tokenStore.set(tokens);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
