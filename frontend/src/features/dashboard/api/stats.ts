import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MonthlyCount, StatsOverview, StatsQuery } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const statsKeys = {
  all: ['stats'] as const,
  overview: (q: StatsQuery) => [...statsKeys.all, 'overview', q] as const,
  trend: (q: StatsQuery) => [...statsKeys.all, 'trend', q] as const,
};

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
