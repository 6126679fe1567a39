import { useCallback, useEffect, useMemo } from 'react';
import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import {
  PAGE_SIZES,
  readListState,
  rememberList,
  sortOrderOf,
  writeListState,
  type FilterSpec,
  type FiltersOf,
  type ListDefaults,
  type ListState,
} from './listState';

export type ListChange = { page: number; size: number; sort?: string };

/**
 * A list page's filters, sort and page, kept in the URL (replacing the history entry, so Back
 * leaves the list rather than stepping through its filters). Give `spec` and `defaults` as
 * module-level constants.
 */
export function useListState<S extends FilterSpec>(spec: S, defaults: ListDefaults = {}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string stands for the params
  const state = useMemo(() => readListState(params, spec, defaults), [key, spec, defaults]);

  useEffect(() => rememberList(pathname, search), [pathname, search]);

  const update = useCallback(
    (change: (current: ListState<S>) => ListState<S>) =>
      setParams(
        (prev) => writeListState(prev, change(readListState(prev, spec, defaults)), spec, defaults),
        { replace: true },
      ),
    [setParams, spec, defaults],
  );

  /** New filters (all of them, as the form has them); back to the first page. */
  const setFilters = useCallback(
    (filters: FiltersOf<S>) => update((s) => ({ ...s, filters, page: 0 })),
    [update],
  );

  /** A table's page, size or sort changed; a new sort starts at the first page again. */
  const onTableChange = useCallback(
    ({ page, size, sort }: ListChange) =>
      update((s) => {
        const nextSort = sort ?? defaults.sort;
        return {
          ...s,
          page: nextSort !== s.sort || size !== s.size ? 0 : page,
          size,
          sort: nextSort,
        };
      }),
    [update, defaults.sort],
  );

  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: state.page + 1,
    pageSize: state.size,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n) => t('common.total', { total: n }),
  });

  return {
    filters: state.filters,
    page: state.page,
    size: state.size,
    sort: state.sort,
    /** Filters, page, size and sort as the API's query parameters. */
    query: { ...state.filters, page: state.page, size: state.size, sort: state.sort },
    setFilters,
    onTableChange,
    pagination,
    sortOrder: (column: string) => sortOrderOf(state.sort, column),
  };
}

export type ListStateApi<S extends FilterSpec> = ReturnType<typeof useListState<S>>;
