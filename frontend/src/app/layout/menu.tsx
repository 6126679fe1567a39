import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  ContactsOutlined,
  DashboardOutlined,
  ExceptionOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  GlobalOutlined,
  HeatMapOutlined,
  HomeOutlined,
  FundOutlined,
  IdcardOutlined,
  LineChartOutlined,
  MonitorOutlined,
  ProfileOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import type { Role } from '../../api/types';
import {
  canInspect,
  canIssue,
  canMaintainIndicators,
  canManageUsers,
  canReadAudit,
  canRectify,
  canSeeCreation,
  canSeeDashboard,
  isAdmin,
} from '../../lib/enums';

export type MenuEntry = { key: string; icon: ReactNode; label: string };
export type MenuGroup = MenuEntry & { children: MenuEntry[] };

/**
 * The side menu: the entries a role may use, in eight groups, each entry with its own icon. A
 * group without entries for the role is left out. Keys are the paths (with a query where an entry
 * is a filtered list).
 */
export function menuGroups(t: TFunction, roles: readonly Role[]): MenuGroup[] {
  const entry = (allowed: boolean, key: string, icon: ReactNode, label: string): MenuEntry[] =>
    allowed ? [{ key, icon, label }] : [];
  const groups: MenuGroup[] = [
    {
      key: 'group:workbench',
      icon: <AppstoreOutlined />,
      label: t('menu.workbench'),
      children: [
        ...entry(true, '/', <HomeOutlined />, t('nav.home')),
        ...entry(canSeeDashboard(roles), '/dashboard', <DashboardOutlined />, t('nav.dashboard')),
        ...entry(true, '/me', <UserOutlined />, t('nav.me')),
      ],
    },
    {
      key: 'group:planning',
      icon: <CalendarOutlined />,
      label: t('menu.planning'),
      children: [
        ...entry(true, '/plans', <FileTextOutlined />, t('nav.plans')),
        ...entry(true, '/tasks', <ScheduleOutlined />, t('nav.tasks')),
        ...entry(true, '/my-tasks', <CarryOutOutlined />, t('nav.myTasks')),
      ],
    },
    {
      key: 'group:inspection',
      icon: <MonitorOutlined />,
      label: t('menu.inspection'),
      children: [
        ...entry(true, '/inspection-reports', <FileSearchOutlined />, t('nav.reports')),
        ...entry(true, '/findings', <ExceptionOutlined />, t('nav.findings')),
        ...entry(
          canRectify(roles),
          '/my-rectifications',
          <ToolOutlined />,
          t('nav.myRectifications'),
        ),
        ...entry(
          canMaintainIndicators(roles),
          '/indicator-systems',
          <ClusterOutlined />,
          t('nav.indicatorSystems'),
        ),
      ],
    },
    {
      key: 'group:supervisor',
      icon: <IdcardOutlined />,
      label: t('menu.supervisor'),
      children: [
        ...entry(
          canInspect(roles),
          '/inspection-reports?mine=true',
          <SolutionOutlined />,
          t('menu.myVisits'),
        ),
        ...entry(canInspect(roles), '/verification', <SafetyOutlined />, t('nav.verification')),
        ...entry(
          canIssue(roles),
          '/supervision/appointments',
          <ContactsOutlined />,
          t('nav.appointments'),
        ),
        ...entry(
          canIssue(roles),
          '/supervision/schools',
          <BankOutlined />,
          t('nav.schoolSupervisors'),
        ),
        ...entry(
          canInspect(roles),
          '/supervision/coverage',
          <HeatMapOutlined />,
          t('nav.coverage'),
        ),
      ],
    },
    {
      key: 'group:creation',
      icon: <TrophyOutlined />,
      label: t('menu.creation'),
      children: entry(
        canSeeCreation(roles),
        '/creation',
        <FlagOutlined />,
        t('menu.creationOverview'),
      ),
    },
    {
      key: 'group:monitoring',
      icon: <LineChartOutlined />,
      label: t('menu.monitoring'),
      children: entry(true, '/monitoring', <FundOutlined />, t('nav.monitoring')),
    },
    {
      key: 'group:accountability',
      icon: <WarningOutlined />,
      label: t('menu.accountability'),
      children: [
        // the register for everyone (the server scopes it), the catalogue for offices
        ...entry(true, '/accountability', <AlertOutlined />, t('nav.cases')),
        ...entry(
          canIssue(roles),
          '/accountability-scenarios',
          <ProfileOutlined />,
          t('nav.scenarios'),
        ),
        ...entry(true, '/public/decisions', <GlobalOutlined />, t('nav.publicDecisions')),
      ],
    },
    {
      key: 'group:system',
      icon: <SettingOutlined />,
      label: t('menu.system'),
      children: [
        ...entry(true, '/organizations', <ApartmentOutlined />, t('nav.organizations')),
        ...entry(canManageUsers(roles), '/users', <TeamOutlined />, t('nav.users')),
        ...entry(canReadAudit(roles), '/audit', <AuditOutlined />, t('nav.audit')),
        ...entry(isAdmin(roles), '/calendar', <FieldTimeOutlined />, t('nav.calendar')),
      ],
    },
  ];
  return groups.filter((g) => g.children.length > 0);
}

/**
 * The entry to highlight for a location: the one whose path is the location's path or its first
 * segment (a task's page highlights 任务), and whose query, if it has one, the location matches;
 * the most specific wins.
 */
export function selectedMenuKey(
  keys: readonly string[],
  pathname: string,
  search: string,
): string | undefined {
  const section = `/${pathname.split('/')[1] ?? ''}`;
  const params = new URLSearchParams(search);
  return keys
    .filter((key) => {
      const [path = '', query = ''] = key.split('?');
      return (
        (path === pathname || path === section) &&
        [...new URLSearchParams(query)].every(([name, value]) => params.get(name) === value)
      );
    })
    .sort((a, b) => b.length - a.length)[0];
}
