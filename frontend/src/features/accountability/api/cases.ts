import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ScenarioQuery,
  AccountabilityCase,
  AccountabilityCasePage,
  CaseAppealDecisionBody,
  CaseDecisionBody,
  CaseNotifyBody,
  CaseQuery,
  CaseReasonBody,
  CaseReviewDecisionBody,
  CaseStatementBody,
  CaseStepBody,
  SaveCaseBody,
  SaveScenarioBody,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload, spreadsheetRequest } from '../../../lib/download';

export const caseKeys = {
  all: ['accountability-cases'] as const,
  list: (q: CaseQuery) => [...caseKeys.all, 'list', q] as const,
  detail: (id: number) => [...caseKeys.all, 'detail', id] as const,
};

export const scenarioKeys = { all: ['accountability-scenarios'] as const };
export const publicKeys = {
  decisions: (page: number, size: number, year?: number) =>
    ['public-decisions', page, size, year] as const,
};

export function useCases(query: CaseQuery) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: async ({ signal }): Promise<AccountabilityCasePage> => {
      // the register also comes as CSV or Excel by content negotiation: ask for the JSON page
      const page: unknown = unwrap(
        await api.GET('/api/v1/accountability-cases', {
          params: { query },
          headers: { Accept: 'application/json' },
          signal,
        }),
      );
      return page as AccountabilityCasePage;
    },
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: number | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/accountability-cases/{id}', {
          params: { path: { id: id as number } },
          signal,
        }),
      ),
    enabled: id !== undefined,
  });
}

function useCaseSaved() {
  const queryClient = useQueryClient();
  return (saved: AccountabilityCase) => {
    queryClient.setQueryData(caseKeys.detail(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: caseKeys.all });
  };
}

export function useCreateCase() {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: async (body: SaveCaseBody) =>
      unwrap(await api.POST('/api/v1/accountability-cases', { body })),
    onSuccess: saved,
  });
}

export function useUpdateCase() {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: SaveCaseBody }) =>
      unwrap(
        await api.PUT('/api/v1/accountability-cases/{id}', { params: { path: { id } }, body }),
      ),
    onSuccess: saved,
  });
}

/** Opens a prefilled case from an escalated finding or a seriously overdue task. */
export function useOpenCaseFrom() {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: async ({ source, id }: { source: 'finding' | 'task'; id: number }) =>
      source === 'finding'
        ? unwrap(
            await api.POST('/api/v1/accountability-cases/from-finding/{findingId}', {
              params: { path: { findingId: id } },
            }),
          )
        : unwrap(
            await api.POST('/api/v1/accountability-cases/from-task/{taskId}', {
              params: { path: { taskId: id } },
            }),
          ),
    onSuccess: saved,
  });
}

/** One procedure step with its body; the server answers the updated case. */
export type CaseStepCall =
  | { action: 'investigate' | 'execute' | 'close'; body: CaseStepBody }
  | { action: 'notify'; body: CaseNotifyBody }
  | { action: 'statement'; body: CaseStatementBody }
  | { action: 'decide'; body: CaseDecisionBody }
  | { action: 'dismiss' | 'review-request' | 'appeal'; body: CaseReasonBody }
  | { action: 'review-decision'; body: CaseReviewDecisionBody }
  | { action: 'appeal-decision'; body: CaseAppealDecisionBody };

export type CaseStepAction = CaseStepCall['action'];

async function postStep(id: number, call: CaseStepCall): Promise<AccountabilityCase> {
  const params = { path: { id } };
  switch (call.action) {
    case 'investigate':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/investigate', {
          params,
          body: call.body,
        }),
      );
    case 'execute':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/execute', { params, body: call.body }),
      );
    case 'close':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/close', { params, body: call.body }),
      );
    case 'notify':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/notify', { params, body: call.body }),
      );
    case 'statement':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/statement', { params, body: call.body }),
      );
    case 'decide':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/decide', { params, body: call.body }),
      );
    case 'dismiss':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/dismiss', { params, body: call.body }),
      );
    case 'review-request':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/review-request', {
          params,
          body: call.body,
        }),
      );
    case 'appeal':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/appeal', { params, body: call.body }),
      );
    case 'review-decision':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/review-decision', {
          params,
          body: call.body,
        }),
      );
    case 'appeal-decision':
      return unwrap(
        await api.POST('/api/v1/accountability-cases/{id}/appeal-decision', {
          params,
          body: call.body,
        }),
      );
  }
}

export function useCaseStep(id: number) {
  const saved = useCaseSaved();
  return useMutation({
    mutationFn: (call: CaseStepCall) => postStep(id, call),
    onSuccess: saved,
  });
}

/** The whole filtered register as an Excel workbook (the server ignores page and size). */
export async function exportCases(query: CaseQuery, fallbackName: string) {
  saveDownload(
    await api.GET('/api/v1/accountability-cases', spreadsheetRequest(query)),
    fallbackName,
  );
}

/** The 问责决定书 as .docx, fetched with the bearer token. */
export async function downloadDecisionDocument(id: number, fallbackName: string) {
  const result = await api.GET('/api/v1/accountability-cases/{id}/decision-document', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  saveDownload(result, fallbackName);
}

/** The catalogue, all of it or only one family or target type. */
export function useScenarios(query: ScenarioQuery = {}) {
  return useQuery({
    queryKey: [...scenarioKeys.all, query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/accountability-scenarios', { params: { query }, signal })),
    staleTime: 60_000,
  });
}

export function useSaveScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: SaveScenarioBody }) =>
      id === undefined
        ? unwrap(await api.POST('/api/v1/accountability-scenarios', { body }))
        : unwrap(
            await api.PUT('/api/v1/accountability-scenarios/{id}', {
              params: { path: { id } },
              body,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenarioKeys.all }),
  });
}

export function useCaseNumbering(orgId: number | undefined) {
  return useQuery({
    queryKey: ['accountability-numbering', orgId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/accountability-numbering/{orgId}', {
          params: { path: { orgId: orgId as number } },
          signal,
        }),
      ),
    enabled: orgId !== undefined,
  });
}

export function useSaveCaseNumbering(orgId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (prefix: string) =>
      unwrap(
        await api.PUT('/api/v1/accountability-numbering/{orgId}', {
          params: { path: { orgId } },
          body: { prefix },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(['accountability-numbering', orgId], data),
  });
}

/** Published decisions; works without signing in. */
export function usePublicDecisions(page: number, size: number, year?: number) {
  return useQuery({
    queryKey: publicKeys.decisions(page, size, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/public/accountability-decisions', {
          params: { query: { page, size, year } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
