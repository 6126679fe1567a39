import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportWarning } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { planKeys } from './plans';

const importWarningKey = (planId: number) => [...planKeys.all, 'importWarnings', planId] as const;

/** The importer's open warnings on a plan (none for a plan entered by hand). */
export function usePlanImportWarnings(planId: number | undefined) {
  return useQuery({
    queryKey: importWarningKey(planId ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/plans/{id}/import-warnings', {
          params: { path: { id: planId as number } },
          signal,
        }),
      ),
    enabled: planId !== undefined,
  });
}

/** Dismisses one warning; it leaves the open list at once. */
export function useDismissImportWarning(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (warningId: number) =>
      unwrap(
        await api.POST('/api/v1/plans/{id}/import-warnings/{warningId}/dismiss', {
          params: { path: { id: planId, warningId } },
        }),
      ),
    onSuccess: (dismissed) =>
      queryClient.setQueryData<ImportWarning[]>(importWarningKey(planId), (open) =>
        open?.filter((w) => w.id !== dismissed.id),
      ),
  });
}
