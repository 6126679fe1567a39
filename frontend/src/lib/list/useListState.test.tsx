import { useEffect } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Link, RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '../../app/providers';
import { createQueryClient } from '../../app/queryClient';
import { useListState, type ListStateApi } from './useListState';

const SPEC = { q: 'string', light: ['RED', 'GREEN'], assigneeOrgId: 'int' } as const;
const DEFAULTS = { sort: 'dueDate,asc' };

let api: ListStateApi<typeof SPEC> | undefined;
const capture = (latest: ListStateApi<typeof SPEC>) => {
  api = latest;
};

function List({ onRender }: { onRender: typeof capture }) {
  const list = useListState(SPEC, DEFAULTS);
  useEffect(() => onRender(list));
  return (
    <>
      <p data-testid="query">{JSON.stringify(list.query)}</p>
      <Link to="/tasks/7">任务</Link>
    </>
  );
}

function renderList(path = '/tasks') {
  const router = createMemoryRouter(
    [
      { path: '/tasks', element: <List onRender={capture} /> },
      { path: '/tasks/:id', element: <p>任务详情</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const query = () => JSON.parse(screen.getByTestId('query').textContent ?? '{}') as object;

describe('useListState', () => {
  it('starts from the URL', () => {
    renderList('/tasks?light=RED&page=3&size=50&sort=updatedAt,desc');
    expect(query()).toEqual({ light: 'RED', page: 2, size: 50, sort: 'updatedAt,desc' });
  });

  it('writes filters, page and sort into the URL without adding history entries', async () => {
    const router = renderList();
    expect(query()).toEqual({ page: 0, size: 20, sort: 'dueDate,asc' });
    act(() => api!.onTableChange({ page: 2, size: 20, sort: 'dueDate,asc' }));
    expect(router.state.location.search).toBe('?page=3');
    act(() => api!.setFilters({ q: '双减', light: 'RED' }));
    // new filters start at the first page again
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    expect(query()).toEqual({ q: '双减', light: 'RED', page: 0, size: 20, sort: 'dueDate,asc' });
    act(() => api!.onTableChange({ page: 0, size: 20, sort: 'priority,desc' }));
    expect(router.state.location.search).toBe(
      '?q=%E5%8F%8C%E5%87%8F&light=RED&sort=priority%2Cdesc',
    );
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('comes back to the same filtered page after a detail page and Back', async () => {
    const router = renderList();
    act(() => api!.setFilters({ light: 'RED', assigneeOrgId: 11 }));
    act(() => api!.onTableChange({ page: 1, size: 20, sort: undefined }));
    const filtered = router.state.location.search;
    await act(() => router.navigate('/tasks/7'));
    expect(await screen.findByText('任务详情')).toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe(filtered);
    expect(query()).toEqual({
      light: 'RED',
      assigneeOrgId: 11,
      page: 1,
      size: 20,
      sort: 'dueDate,asc',
    });
  });

  it('resets the page when the sort or the page size changes', async () => {
    const router = renderList('/tasks?page=4');
    act(() => api!.onTableChange({ page: 3, size: 50, sort: undefined }));
    expect(router.state.location.search).toBe('?size=50');
  });
});
