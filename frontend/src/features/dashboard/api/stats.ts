import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AccountabilityCasePage,
  AccountabilityCaseQuery,
  MonthlyCount,
  StatsOverview,
  StatsQuery,
} from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { fileNameFromDisposition, saveBlob } from '../../../lib/download';

export const statsKeys = {
  all: ['stats'] as const,
  overview: (q: StatsQuery) => [...statsKeys.all, 'overview', q] as const,
  trend: (q: StatsQuery) => [...statsKeys.all, 'trend', q] as const,
  cases: (q: AccountabilityCaseQuery) => ['accountability-cases', 'list', q] as const,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Tasks, findings, grades and cases per child organisation of `orgId` (default: the caller's). */
export function useStatsOverview(query: StatsQuery) {
  return useQuery({
    queryKey: statsKeys.overview(query),
    queryFn: async ({ signal }): Promise<StatsOverview> =>
      unwrap(await api.GET('/api/v1/stats/overview', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Tasks created and completed per month of the year. */
export function useStatsTrend(query: StatsQuery) {
  return useQuery({
    queryKey: statsKeys.trend(query),
    queryFn: async ({ signal }): Promise<MonthlyCount[]> =>
      unwrap(await api.GET('/api/v1/stats/trend', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The case register (a 403 for roles that may not read cases: the caller hides the list). */
export function useAccountabilityCases(query: AccountabilityCaseQuery) {
  return useQuery({
    queryKey: statsKeys.cases(query),
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

/** Every case matching the filters as an Excel workbook (the server ignores page and size). */
export async function exportCases(query: AccountabilityCaseQuery, fallbackName: string) {
  const result = await api.GET('/api/v1/accountability-cases', {
    params: { query: { ...query, page: undefined, size: undefined } },
    headers: { Accept: XLSX },
    parseAs: 'blob',
  });
  const blob: Blob = unwrap(result);
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? fallbackName,
  );
}
