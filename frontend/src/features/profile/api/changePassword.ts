import { useMutation } from '@tanstack/react-query';
import type { RequestBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ChangePasswordBody = RequestBody<'/api/v1/me/password', 'post'>;

export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: ChangePasswordBody) =>
      unwrap(await api.POST('/api/v1/me/password', { body })),
  });
}
