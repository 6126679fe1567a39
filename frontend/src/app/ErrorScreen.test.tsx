import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from './providers';
import { createQueryClient } from './queryClient';
import { AppErrorBoundary, RouteErrorScreen } from './ErrorScreen';

function Broken({ error }: { error: Error }): never {
  throw error;
}

function renderFailingRoute(error: Error) {
  const router = createMemoryRouter(
    [{ path: '/', element: <Broken error={error} />, errorElement: <RouteErrorScreen /> }],
    { initialEntries: ['/'] },
  );
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

describe('the error screen', () => {
  it('shows a render error in Chinese with a reload button, not a developer page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderFailingRoute(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(await screen.findByText('页面出错了')).toBeInTheDocument();
    expect(screen.getByText(/请刷新页面重试/)).toBeInTheDocument();
    expect(screen.getByText('刷新页面', { selector: 'button span' })).toBeInTheDocument();
    expect(screen.queryByText(/Unexpected Application Error/)).toBeNull();
  });

  // before the test that reloads: this page then remembers it asked for a reload
  it('does not reload again when the reloaded page misses the chunk too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sessionStorage.setItem('dudao.chunkReload', '2026-12-06T08:00:00.000Z');
    renderFailingRoute(new TypeError('Importing a module script failed.'));
    expect(await screen.findByText('系统已更新，请刷新页面以载入新版本。')).toBeInTheDocument();
    expect(screen.getByText('刷新页面', { selector: 'button span' })).toBeInTheDocument();
  });

  it('reloads once for a chunk a redeploy removed, and remembers it did', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderFailingRoute(
      new TypeError('Failed to fetch dynamically imported module: /assets/TasksPage-1a2b.js'),
    );
    expect(await screen.findByText('系统已更新，请刷新页面以载入新版本。')).toBeInTheDocument();
    expect(sessionStorage.getItem('dudao.chunkReload')).not.toBeNull();
    expect(screen.queryByText('刷新页面', { selector: 'button span' })).toBeNull();
  });

  it('catches errors outside the router too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppProviders queryClient={createQueryClient()}>
        <AppErrorBoundary>
          <Broken error={new Error('boom')} />
        </AppErrorBoundary>
      </AppProviders>,
    );
    expect(await screen.findByText('页面出错了')).toBeInTheDocument();
    expect(screen.getByText('错误信息：boom')).toBeInTheDocument();
  });
});
