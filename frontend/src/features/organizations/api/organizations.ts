import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateOrganizationBody,
  OrganizationNode,
  UpdateOrganizationBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const organizationKeys = {
  all: ['organizations'] as const,
  tree: () => [...organizationKeys.all, 'tree'] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};

/** The caller's own subtree (ADMIN: every root). */
export function useOrganizationTree() {
  return useQuery({
    queryKey: organizationKeys.tree(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/organizations/tree', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useOrganization(id: number | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/organizations/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateOrganizationBody) =>
      unwrap(await api.POST('/api/v1/organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: UpdateOrganizationBody }) =>
      unwrap(await api.PUT('/api/v1/organizations/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

/** id → node and id → path of ancestors, for lookups in the tree. */
export function indexTree(roots: readonly OrganizationNode[] | undefined) {
  const byId = new Map<number, OrganizationNode>();
  const parentOf = new Map<number, number | undefined>();
  const walk = (nodes: readonly OrganizationNode[] | undefined, parent: number | undefined) => {
    for (const n of nodes ?? []) {
      if (n.id === undefined) continue;
      byId.set(n.id, n);
      parentOf.set(n.id, parent);
      walk(n.children, n.id);
    }
  };
  walk(roots, undefined);
  return { byId, parentOf };
}
