import { describe, expect, it } from 'vitest';
import {
  readListState,
  rememberList,
  rememberedList,
  sortOrderOf,
  toListChange,
  writeListState,
} from './listState';

const SPEC = {
  q: 'string',
  status: ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'],
  assigneeOrgId: 'int',
  escalation: 'boolean',
  dueAfter: 'date',
} as const;
const DEFAULTS = { sort: 'dueDate,asc' };

describe('list state in the URL', () => {
  it('round-trips filters, page, size and sort through the search string', () => {
    const state = {
      filters: {
        q: '两个创建 工作',
        status: 'SUBMITTED' as const,
        assigneeOrgId: 11,
        escalation: true,
        dueAfter: '2026-12-01',
      },
      page: 2,
      size: 50,
      sort: 'updatedAt,desc',
    };
    const params = writeListState(new URLSearchParams(), state, SPEC, DEFAULTS);
    expect(params.get('page')).toBe('3'); // people count pages from 1
    const back = readListState(new URLSearchParams(params.toString()), SPEC, DEFAULTS);
    expect(back).toEqual(state);
  });

  it('keeps an untouched list at a bare URL and leaves other parameters alone', () => {
    const params = writeListState(
      new URLSearchParams('tab=tasks&page=4&q=old'),
      { filters: {}, page: 0, size: 20, sort: 'dueDate,asc' },
      SPEC,
      DEFAULTS,
    );
    expect(params.toString()).toBe('tab=tasks');
  });

  it('drops values that do not fit their type instead of sending them to the API', () => {
    const state = readListState(
      new URLSearchParams(
        'status=PURPLE&assigneeOrgId=abc&escalation=maybe&dueAfter=tomorrow&page=-3&size=7&sort=drop table',
      ),
      SPEC,
      DEFAULTS,
    );
    expect(state).toEqual({ filters: {}, page: 0, size: 20, sort: 'dueDate,asc' });
  });

  it('reads false flags and Chinese text', () => {
    const state = readListState(
      new URLSearchParams('escalation=false&q=%E6%B8%AD%E5%8D%97'),
      SPEC,
      DEFAULTS,
    );
    expect(state.filters).toEqual({ escalation: false, q: '渭南' });
  });
});

describe('table changes', () => {
  it('turns antd pagination and sorter into page, size and sort', () => {
    expect(
      toListChange({ current: 3, pageSize: 50 }, { columnKey: 'dueDate', order: 'descend' }),
    ).toEqual({
      page: 2,
      size: 50,
      sort: 'dueDate,desc',
    });
    expect(
      toListChange({ current: 1 }, { columnKey: 'title', order: 'ascend' }, ['dueDate']),
    ).toEqual({
      page: 0,
      size: 20,
      sort: undefined,
    });
    expect(toListChange({}, [{ columnKey: 'year', order: null }])).toEqual({
      page: 0,
      size: 20,
      sort: undefined,
    });
  });

  it('shows the sort on its column only', () => {
    expect(sortOrderOf('dueDate,desc', 'dueDate')).toBe('descend');
    expect(sortOrderOf('dueDate,asc', 'dueDate')).toBe('ascend');
    expect(sortOrderOf('dueDate,asc', 'title')).toBeNull();
    expect(sortOrderOf(undefined, 'title')).toBeNull();
  });
});

describe('the last filtered list', () => {
  it('is remembered per list for the detail pages’ back links', () => {
    expect(rememberedList('/tasks')).toBe('/tasks');
    rememberList('/tasks', '?light=RED&page=2');
    rememberList('/findings', '?status=OPEN');
    expect(rememberedList('/tasks')).toBe('/tasks?light=RED&page=2');
    expect(rememberedList('/findings')).toBe('/findings?status=OPEN');
  });
});
