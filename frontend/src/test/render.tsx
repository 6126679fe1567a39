import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/queryClient';
import { routes } from '../app/routes';
import { tokenStore } from '../lib/auth/tokenStore';

// The routes load their pages lazily (one chunk each). Load them all up front here, as the app's
// import graph did before code splitting, so that the first render of a test does not spend its
// waiting time compiling a page.
import.meta.glob('../features/*/components/*Page.tsx', { eager: true });

export function signIn(accessToken = 'access-1', refreshToken = 'refresh-1') {
  tokenStore.set({ accessToken, refreshToken, expiresAt: Date.now() + 900_000 });
}

/** Renders the whole app (real routes, providers and API client) at a path. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, queryClient };
}

/** Renders a component inside the app providers (no router). */
export function renderWithProviders(ui: ReactNode) {
  return render(<AppProviders queryClient={createQueryClient()}>{ui}</AppProviders>);
}
