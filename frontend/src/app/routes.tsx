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
import { CreationProgrammesPage } from '../features/creation/components/CreationProgrammesPage';
import { ProgrammePage } from '../features/creation/components/ProgrammePage';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { HomePage } from '../features/home/components/HomePage';
import { FindingDetailPage } from '../features/inspections/components/FindingDetailPage';
import { FindingsPage } from '../features/inspections/components/FindingsPage';
import { IndicatorSystemPage } from '../features/inspections/components/IndicatorSystemPage';
import { IndicatorSystemsPage } from '../features/inspections/components/IndicatorSystemsPage';
import { ReportDetailPage } from '../features/inspections/components/ReportDetailPage';
import { ReportEditPage } from '../features/inspections/components/ReportEditPage';
import { ReportPrintPage } from '../features/inspections/components/ReportPrintPage';
import { ReportsPage } from '../features/inspections/components/ReportsPage';
import { OrganizationsPage } from '../features/organizations/components/OrganizationsPage';
import { PlanDetailPage } from '../features/plans/components/PlanDetailPage';
import { PlanEditPage } from '../features/plans/components/PlanEditPage';
import { PlanImportPage } from '../features/plans/components/PlanImportPage';
import { PlansPage } from '../features/plans/components/PlansPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { TaskDetailPage } from '../features/tasks/components/TaskDetailPage';
import { TasksPage } from '../features/tasks/components/TasksPage';
import { AppointmentsPage } from '../features/supervision/components/AppointmentsPage';
import { CoveragePage } from '../features/supervision/components/CoveragePage';
import { SchoolSupervisorsPage } from '../features/supervision/components/SchoolSupervisorsPage';
import { UsersPage } from '../features/users/components/UsersPage';
import {
  canInspect,
  canIssue,
  canMaintainIndicators,
  canManageUsers,
  canReadAudit,
  canSeeCreation,
  canSeeDashboard,
} from '../lib/enums';
import { AppLayout } from './layout/AppLayout';
import { RequireRole } from './layout/RequireRole';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // accountability (问责): public decisions need no sign-in
  { path: '/public/decisions', element: <PublicDecisionsPage /> },
  {
    element: <RequireAuth />,
    children: [
      // the print view is a bare A4 sheet, without the menu and header
      { path: 'inspection-reports/:id/print', element: <ReportPrintPage /> },
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
          { path: 'inspection-reports', element: <ReportsPage /> },
          {
            path: 'inspection-reports/new',
            element: (
              <RequireRole allow={canInspect}>
                <ReportEditPage />
              </RequireRole>
            ),
          },
          { path: 'inspection-reports/:id', element: <ReportDetailPage /> },
          {
            path: 'inspection-reports/:id/edit',
            element: (
              <RequireRole allow={canInspect}>
                <ReportEditPage key="edit" />
              </RequireRole>
            ),
          },
          { path: 'findings', element: <FindingsPage key="ledger" /> },
          // responsibility supervision (责任督学挂牌督导)
          {
            path: 'supervision/appointments',
            element: (
              <RequireRole allow={canIssue}>
                <AppointmentsPage />
              </RequireRole>
            ),
          },
          {
            path: 'supervision/schools',
            element: (
              <RequireRole allow={canIssue}>
                <SchoolSupervisorsPage />
              </RequireRole>
            ),
          },
          { path: 'supervision/coverage', element: <CoveragePage /> },
          { path: 'findings/:id', element: <FindingDetailPage /> },
          { path: 'my-rectifications', element: <FindingsPage key="mine" mode="mine" /> },
          {
            path: 'verification',
            element: (
              <RequireRole allow={canInspect}>
                <FindingsPage key="verify" mode="verify" />
              </RequireRole>
            ),
          },
          {
            path: 'indicator-systems',
            element: (
              <RequireRole allow={canMaintainIndicators}>
                <IndicatorSystemsPage />
              </RequireRole>
            ),
          },
          {
            path: 'indicator-systems/new',
            element: (
              <RequireRole allow={canMaintainIndicators}>
                <IndicatorSystemPage key="new" />
              </RequireRole>
            ),
          },
          // a report links its system's version: everyone who sees the report may read it
          { path: 'indicator-systems/:id', element: <IndicatorSystemPage key="detail" /> },
          {
            path: 'dashboard',
            element: (
              <RequireRole allow={canSeeDashboard}>
                <DashboardPage />
              </RequireRole>
            ),
          },
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
