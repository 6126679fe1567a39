/**
 * The state of a list page — its filters, sort and page — as URL search parameters, so that Back,
 * a reload or a shared link show the same filtered page. Pure functions; `useListState` wires them
 * to the router.
 */

/** How a filter is kept in the URL: text, a whole number, a flag, an ISO date, or one of a set. */
export type ParamType = 'string' | 'int' | 'boolean' | 'date' | readonly string[];

export type FilterSpec = Record<string, ParamType>;

type ValueOf<T extends ParamType> = T extends 'string' | 'date'
  ? string
  : T extends 'int'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends readonly (infer E)[]
        ? E
        : never;

/** The filter values a spec describes, each optional. */
export type FiltersOf<S extends FilterSpec> = { [K in keyof S]?: ValueOf<S[K]> };

export type ListDefaults = { sort?: string; size?: number };

export type ListState<S extends FilterSpec> = {
  filters: FiltersOf<S>;
  /** 0-based, as the API counts (the URL shows it 1-based). */
  page: number;
  size: number;
  sort?: string;
};

export const DEFAULT_PAGE_SIZE = 20;
/** The page sizes offered; anything else in the URL falls back to the default. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORT = /^[A-Za-z][A-Za-z0-9]*,(asc|desc)$/;

function parseValue(type: ParamType, raw: string): unknown {
  if (raw === '') return undefined;
  if (Array.isArray(type)) return type.includes(raw) ? raw : undefined;
  switch (type) {
    case 'string':
      return raw;
    case 'int': {
      const n = Number(raw);
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'date':
      return ISO_DATE.test(raw) ? raw : undefined;
  }
  return undefined;
}

/** Reads the list state from the URL; values that do not fit their type are dropped. */
export function readListState<S extends FilterSpec>(
  params: URLSearchParams,
  spec: S,
  defaults: ListDefaults = {},
): ListState<S> {
  const filters: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(spec)) {
    const raw = params.get(name);
    const value = raw === null ? undefined : parseValue(type, raw.trim());
    if (value !== undefined) filters[name] = value;
  }
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const sort = params.get('sort');
  return {
    filters: filters as FiltersOf<S>,
    page: Number.isSafeInteger(page) && page > 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size)
      ? size
      : (defaults.size ?? DEFAULT_PAGE_SIZE),
    sort: sort && SORT.test(sort) ? sort : defaults.sort,
  };
}

/**
 * Writes the list state into a copy of `previous` (other parameters, such as a tab, stay). Empty
 * filters, the first page and the defaults are left out, so an untouched list keeps a bare URL.
 */
export function writeListState<S extends FilterSpec>(
  previous: URLSearchParams,
  state: ListState<S>,
  spec: S,
  defaults: ListDefaults = {},
): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const name of Object.keys(spec)) {
    const value = (state.filters as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') next.delete(name);
    else next.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  if (state.page > 0) next.set('page', String(state.page + 1));
  else next.delete('page');
  if (state.size !== (defaults.size ?? DEFAULT_PAGE_SIZE)) next.set('size', String(state.size));
  else next.delete('size');
  if (state.sort && state.sort !== defaults.sort) next.set('sort', state.sort);
  else next.delete('sort');
  return next;
}

/** `field,asc|desc` → the column's antd sort order, for the column whose key is `field`. */
export function sortOrderOf(sort: string | undefined, key: string): 'ascend' | 'descend' | null {
  const [field, direction] = (sort ?? '').split(',');
  if (field !== key) return null;
  return direction === 'desc' ? 'descend' : 'ascend';
}

type Sorter = { columnKey?: unknown; order?: 'ascend' | 'descend' | null } | undefined;

/** A table change (antd's pagination and sorter) as the list's page, size and sort. */
export function toListChange(
  pagination: { current?: number; pageSize?: number },
  sorter: Sorter | Sorter[],
  sortable?: readonly string[],
): { page: number; size: number; sort?: string } {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = typeof s?.columnKey === 'string' ? s.columnKey : undefined;
  const sorted = key && s?.order && (!sortable || sortable.includes(key));
  return {
    page: (pagination.current ?? 1) - 1,
    size: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: sorted ? `${key},${s?.order === 'descend' ? 'desc' : 'asc'}` : undefined,
  };
}

// --- where each list was last left, for the detail pages' back links ---

const LAST_LIST_KEY = 'dudao.lists';

function readRemembered(): Record<string, string> {
  try {
    const raw = globalThis.sessionStorage?.getItem(LAST_LIST_KEY);
    return raw ? (JSON.parse(raw) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Notes the filtered URL a list was last shown at (per tab, in sessionStorage). */
export function rememberList(pathname: string, search: string) {
  try {
    const lists = readRemembered();
    if (lists[pathname] === search) return;
    globalThis.sessionStorage?.setItem(
      LAST_LIST_KEY,
      JSON.stringify({ ...lists, [pathname]: search }),
    );
  } catch {
    // storage full or disabled: the back link then opens the unfiltered list
  }
}

/** The list's URL with the filters it was last left at, or the bare path. */
export function rememberedList(pathname: string): string {
  return `${pathname}${readRemembered()[pathname] ?? ''}`;
}
