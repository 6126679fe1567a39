import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/ResultPages';
import { AuditPage } from '../features/audit/components/AuditPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { HomePage } from '../features/home/components/HomePage';
import { OrganizationsPage } from '../features/organizations/components/OrganizationsPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { UsersPage } from '../features/users/components/UsersPage';
import { canManageUsers, canReadAudit } from '../lib/enums';
import { AppLayout } from './layout/AppLayout';
import { RequireRole } from './layout/RequireRole';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'organizations', element: <OrganizationsPage /> },
          {
            path: 'users',
            element: (
              <RequireRole allow={canManageUsers}>
                <UsersPage />
              </RequireRole>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireRole allow={canReadAudit}>
                <AuditPage />
              </RequireRole>
            ),
          },
          { path: 'me', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
