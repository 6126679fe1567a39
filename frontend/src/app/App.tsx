import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppErrorBoundary } from './ErrorScreen';
import { AppProviders } from './providers';
import { createQueryClient } from './queryClient';
import { routes } from './routes';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders queryClient={queryClient}>
      <AppErrorBoundary>
        <RouterProvider router={router} />
      </AppErrorBoundary>
    </AppProviders>
  );
}
