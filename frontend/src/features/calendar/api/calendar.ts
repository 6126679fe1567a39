import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveCalendarYearBody } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: () => [...calendarKeys.all, 'years'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
  workingDays: (from: string, days: number) =>
    [...calendarKeys.all, 'working-days', from, days] as const,
};

export function useCalendarYears() {
  return useQuery({
    queryKey: calendarKeys.years(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/calendar/years', { signal })),
  });
}

/** A year's holidays and make-up working days; scheduled=false when nobody entered it. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/calendar/{year}', { params: { path: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ year, body }: { year: number; body: SaveCalendarYearBody }) =>
      unwrap(await api.PUT('/api/v1/calendar/{year}', { params: { path: { year } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (year: number) =>
      unwrap(await api.DELETE('/api/v1/calendar/{year}', { params: { path: { year } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

/** Reads the State Council's notice (or typed lines); saves it in place of the year's schedule unless previewing. */
export function useImportCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ year, text, preview }: { year: number; text: string; preview: boolean }) =>
      unwrap(
        await api.POST('/api/v1/calendar/{year}/import', {
          params: { path: { year }, query: { preview } },
          body: text,
          headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
          bodySerializer: (t) => t,
        }),
      ),
    onSuccess: (result) =>
      result.saved ? queryClient.invalidateQueries({ queryKey: calendarKeys.all }) : undefined,
  });
}

/** The n-th working day after a date, on the calendar as entered. */
export function useWorkingDays(from: string | undefined, days: number | undefined) {
  return useQuery({
    queryKey: calendarKeys.workingDays(from ?? '', days ?? -1),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/calendar/working-days', {
          params: { query: { from: from as string, days: days as number } },
          signal,
        }),
      ),
    enabled: from !== undefined && days !== undefined,
  });
}
