import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/ResultPages';
import { CaseDetailPage } from '../features/accountability/components/CaseDetailPage';
import { CasesPage } from '../features/accountability/components/CasesPage';
import { OpenCasePage } from '../features/accountability/components/OpenCasePage';
import { PublicDecisionsPage } from '../features/accountability/components/PublicDecisionsPage';
import { ScenariosPage } from '../features/accountability/components/ScenariosPage';
import { AuditPage } from '../features/audit/components/AuditPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { HomePage } from '../features/home/components/HomePage';
import { OrganizationsPage } from '../features/organizations/components/OrganizationsPage';
import { PlanDetailPage } from '../features/plans/components/PlanDetailPage';
import { PlanEditPage } from '../features/plans/components/PlanEditPage';
import { PlanImportPage } from '../features/plans/components/PlanImportPage';
import { PlansPage } from '../features/plans/components/PlansPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { TaskDetailPage } from '../features/tasks/components/TaskDetailPage';
import { TasksPage } from '../features/tasks/components/TasksPage';
import { UsersPage } from '../features/users/components/UsersPage';
import { canIssue, canManageUsers, canReadAudit } from '../lib/enums';
import { AppLayout } from './layout/AppLayout';
import { RequireRole } from './layout/RequireRole';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // accountability (问责): public decisions need no sign-in
  { path: '/public/decisions', element: <PublicDecisionsPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'plans', element: <PlansPage /> },
          {
            path: 'plans/import',
            element: (
              <RequireRole allow={canIssue}>
                <PlanImportPage />
              </RequireRole>
            ),
          },
          {
            path: 'plans/new',
            element: (
              <RequireRole allow={canIssue}>
                <PlanEditPage />
              </RequireRole>
            ),
          },
          { path: 'plans/:id', element: <PlanDetailPage /> },
          {
            path: 'plans/:id/edit',
            element: (
              <RequireRole allow={canIssue}>
                <PlanEditPage key="edit" />
              </RequireRole>
            ),
          },
          { path: 'tasks', element: <TasksPage key="all" /> },
          { path: 'tasks/:id', element: <TaskDetailPage /> },
          { path: 'my-tasks', element: <TasksPage key="mine" mine /> },
          { path: 'organizations', element: <OrganizationsPage /> },
          // --- accountability (问责) ---
          { path: 'accountability', element: <CasesPage /> },
          {
            path: 'accountability/new',
            element: (
              <RequireRole allow={canIssue}>
                <OpenCasePage />
              </RequireRole>
            ),
          },
          { path: 'accountability/:id', element: <CaseDetailPage /> },
          {
            path: 'accountability-scenarios',
            element: (
              <RequireRole allow={canIssue}>
                <ScenariosPage />
              </RequireRole>
            ),
          },
          // --- end accountability ---
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
