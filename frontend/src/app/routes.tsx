import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../api/types';
import { NotFoundPage } from '../components/ResultPages';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import {
  canInspect,
  canIssue,
  canMaintainIndicators,
  canManageUsers,
  canReadAudit,
  canSeeCreation,
  canSeeDashboard,
  isAdmin,
} from '../lib/enums';
import { RouteErrorScreen } from './ErrorScreen';
import { AppLayout } from './layout/AppLayout';
import { PublicOrShell } from './layout/PublicLayout';
import { RequireRole } from './layout/RequireRole';
import { lazyPage } from './lazyPage';

// Every page is its own chunk, loaded with its route: the first page (sign-in, then the home page)
// does not carry echarts, the creation grid or the editors.
const MonitoringCyclesPage = lazyPage(
  () => import('../features/monitoring/components/MonitoringCyclesPage'),
  'MonitoringCyclesPage',
);
const MonitoringCyclePage = lazyPage(
  () => import('../features/monitoring/components/MonitoringCyclePage'),
  'MonitoringCyclePage',
);
const AppointmentsPage = lazyPage(
  () => import('../features/supervision/components/AppointmentsPage'),
  'AppointmentsPage',
);
const SchoolSupervisorsPage = lazyPage(
  () => import('../features/supervision/components/SchoolSupervisorsPage'),
  'SchoolSupervisorsPage',
);
const CoveragePage = lazyPage(
  () => import('../features/supervision/components/CoveragePage'),
  'CoveragePage',
);
const HomePage = lazyPage(() => import('../features/home/components/HomePage'), 'HomePage');
const DashboardPage = lazyPage(
  () => import('../features/dashboard/components/DashboardPage'),
  'DashboardPage',
);
const PlansPage = lazyPage(() => import('../features/plans/components/PlansPage'), 'PlansPage');
const PlanImportPage = lazyPage(
  () => import('../features/plans/components/PlanImportPage'),
  'PlanImportPage',
);
const PlanEditPage = lazyPage(
  () => import('../features/plans/components/PlanEditPage'),
  'PlanEditPage',
);
const PlanDetailPage = lazyPage(
  () => import('../features/plans/components/PlanDetailPage'),
  'PlanDetailPage',
);
const TasksPage = lazyPage(() => import('../features/tasks/components/TasksPage'), 'TasksPage');
const TaskDetailPage = lazyPage(
  () => import('../features/tasks/components/TaskDetailPage'),
  'TaskDetailPage',
);
const ReportsPage = lazyPage(
  () => import('../features/inspections/components/ReportsPage'),
  'ReportsPage',
);
const ReportEditPage = lazyPage(
  () => import('../features/inspections/components/ReportEditPage'),
  'ReportEditPage',
);
const ReportDetailPage = lazyPage(
  () => import('../features/inspections/components/ReportDetailPage'),
  'ReportDetailPage',
);
const ReportPrintPage = lazyPage(
  () => import('../features/inspections/components/ReportPrintPage'),
  'ReportPrintPage',
);
const FindingsPage = lazyPage(
  () => import('../features/inspections/components/FindingsPage'),
  'FindingsPage',
);
const FindingDetailPage = lazyPage(
  () => import('../features/inspections/components/FindingDetailPage'),
  'FindingDetailPage',
);
const IndicatorSystemsPage = lazyPage(
  () => import('../features/inspections/components/IndicatorSystemsPage'),
  'IndicatorSystemsPage',
);
const IndicatorSystemPage = lazyPage(
  () => import('../features/inspections/components/IndicatorSystemPage'),
  'IndicatorSystemPage',
);
const CreationProgrammesPage = lazyPage(
  () => import('../features/creation/components/CreationProgrammesPage'),
  'CreationProgrammesPage',
);
const ProgrammePage = lazyPage(
  () => import('../features/creation/components/ProgrammePage'),
  'ProgrammePage',
);
const OrganizationsPage = lazyPage(
  () => import('../features/organizations/components/OrganizationsPage'),
  'OrganizationsPage',
);
const CasesPage = lazyPage(
  () => import('../features/accountability/components/CasesPage'),
  'CasesPage',
);
const OpenCasePage = lazyPage(
  () => import('../features/accountability/components/OpenCasePage'),
  'OpenCasePage',
);
const CaseDetailPage = lazyPage(
  () => import('../features/accountability/components/CaseDetailPage'),
  'CaseDetailPage',
);
const ScenariosPage = lazyPage(
  () => import('../features/accountability/components/ScenariosPage'),
  'ScenariosPage',
);
const PublicDecisionsPage = lazyPage(
  () => import('../features/accountability/components/PublicDecisionsPage'),
  'PublicDecisionsPage',
);
const CalendarPage = lazyPage(
  () => import('../features/calendar/components/CalendarPage'),
  'CalendarPage',
);
const SearchPage = lazyPage(() => import('../features/search/components/SearchPage'), 'SearchPage');
const UsersPage = lazyPage(() => import('../features/users/components/UsersPage'), 'UsersPage');
const AuditPage = lazyPage(() => import('../features/audit/components/AuditPage'), 'AuditPage');
const ProfilePage = lazyPage(
  () => import('../features/profile/components/ProfilePage'),
  'ProfilePage',
);

function only(allow: (roles: readonly Role[] | undefined) => boolean, page: ReactNode) {
  return <RequireRole allow={allow}>{page}</RequireRole>;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorScreen /> },
  // pages anyone may read: in the shell when signed in, in a plain frame otherwise
  {
    path: '/public',
    element: <PublicOrShell />,
    errorElement: <RouteErrorScreen />,
    children: [
      // accountability (问责): public decisions need no sign-in
      { path: 'decisions', element: <PublicDecisionsPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorScreen />,
    children: [
      // the print view is a bare A4 sheet, without the menu and header
      { path: 'inspection-reports/:id/print', element: <ReportPrintPage /> },
      {
        element: <AppLayout />,
        children: [
          {
            // a page that fails shows the error screen inside the shell, the menu still there
            errorElement: <RouteErrorScreen />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'plans', element: <PlansPage /> },
              { path: 'plans/import', element: only(canIssue, <PlanImportPage />) },
              { path: 'plans/new', element: only(canIssue, <PlanEditPage />) },
              { path: 'plans/:id', element: <PlanDetailPage /> },
              { path: 'plans/:id/edit', element: only(canIssue, <PlanEditPage key="edit" />) },
              { path: 'tasks', element: <TasksPage key="all" /> },
              { path: 'tasks/:id', element: <TaskDetailPage /> },
              { path: 'my-tasks', element: <TasksPage key="mine" mine /> },
              { path: 'inspection-reports', element: <ReportsPage /> },
              { path: 'inspection-reports/new', element: only(canInspect, <ReportEditPage />) },
              { path: 'inspection-reports/:id', element: <ReportDetailPage /> },
              {
                path: 'inspection-reports/:id/edit',
                element: only(canInspect, <ReportEditPage key="edit" />),
              },
              { path: 'findings', element: <FindingsPage key="ledger" /> },
              // responsibility supervision (责任督学挂牌督导)
              { path: 'supervision/appointments', element: only(canIssue, <AppointmentsPage />) },
              { path: 'supervision/schools', element: only(canIssue, <SchoolSupervisorsPage />) },
              { path: 'supervision/coverage', element: <CoveragePage /> },
              { path: 'findings/:id', element: <FindingDetailPage /> },
              // quality monitoring (质量监测)
              { path: 'monitoring', element: <MonitoringCyclesPage /> },
              { path: 'monitoring/:id', element: <MonitoringCyclePage /> },
              { path: 'my-rectifications', element: <FindingsPage key="mine" mode="mine" /> },
              {
                path: 'verification',
                element: only(canInspect, <FindingsPage key="verify" mode="verify" />),
              },
              {
                path: 'indicator-systems',
                element: only(canMaintainIndicators, <IndicatorSystemsPage />),
              },
              {
                path: 'indicator-systems/new',
                element: only(canMaintainIndicators, <IndicatorSystemPage key="new" />),
              },
              // a report links its system's version: everyone who sees the report may read it
              { path: 'indicator-systems/:id', element: <IndicatorSystemPage key="detail" /> },
              { path: 'dashboard', element: only(canSeeDashboard, <DashboardPage />) },
              { path: 'creation', element: only(canSeeCreation, <CreationProgrammesPage />) },
              { path: 'creation/:id', element: only(canSeeCreation, <ProgrammePage />) },
              { path: 'organizations', element: <OrganizationsPage /> },
              // --- accountability (问责) ---
              { path: 'accountability', element: <CasesPage /> },
              { path: 'accountability/new', element: only(canIssue, <OpenCasePage />) },
              { path: 'accountability/:id', element: <CaseDetailPage /> },
              {
                path: 'accountability-scenarios',
                element: only(canIssue, <ScenariosPage />),
              },
              // --- end accountability ---
              { path: 'users', element: only(canManageUsers, <UsersPage />) },
              { path: 'audit', element: only(canReadAudit, <AuditPage />) },
              { path: 'calendar', element: only(isAdmin, <CalendarPage />) },
              { path: 'search', element: <SearchPage /> },
              { path: 'me', element: <ProfilePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
