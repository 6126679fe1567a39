import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/ResultPages';
import { AuditPage } from '../features/audit/components/AuditPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { CreationProgrammesPage } from '../features/creation/components/CreationProgrammesPage';
import { ProgrammePage } from '../features/creation/components/ProgrammePage';
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
import { canIssue, canManageUsers, canReadAudit, canSeeCreation } from '../lib/enums';
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
          {
            path: 'creation',
            element: (
              <RequireRole allow={canSeeCreation}>
                <CreationProgrammesPage />
              </RequireRole>
            ),
          },
          {
            path: 'creation/:id',
            element: (
              <RequireRole allow={canSeeCreation}>
                <ProgrammePage />
              </RequireRole>
            ),
          },
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
