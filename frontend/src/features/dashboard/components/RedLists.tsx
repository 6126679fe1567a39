import { Card, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CaseQuery,
  AccountabilityCaseSummary,
  FindingQuery,
  TaskQuery,
} from '../../../api/types';
import { DownloadButton } from '../../../components/DownloadButton';
import { ApiError } from '../../../lib/api/problem';
import { useFormat } from '../../../lib/format';
import { exportFindings, useFindings } from '../../inspections/api/findings';
import { FindingTable } from '../../inspections/components/FindingTable';
import { exportTasks, useTasks } from '../../tasks/api/tasks';
import { TaskTable } from '../../tasks/components/TaskTable';
import { LightTag } from '../../tasks/components/TaskTags';
import { exportCases, useCases } from '../../accountability/api/cases';

const SIZE = 10;
/**
 * Red-light items of an organisation's subtree (the dashboard's organisation; absent: all the caller
 * sees), of the chosen year: the year of the plan the work serves (absent: every year).
 */
type Scope = { withinOrgId?: number; year?: number };
const tasksOf = ({ withinOrgId, year }: Scope): TaskQuery => ({
  light: 'RED',
  sort: 'dueDate,asc',
  page: 0,
  size: SIZE,
  withinOrgId,
  year,
});
const findingsOf = ({ withinOrgId, year }: Scope): FindingQuery => ({
  light: 'RED',
  sort: 'dueDate,asc',
  page: 0,
  size: SIZE,
  withinOrgId,
  year,
});
const casesOf = ({ withinOrgId, year }: Scope): CaseQuery => ({
  light: 'RED',
  sort: 'openedOn,asc',
  page: 0,
  size: SIZE,
  withinOrgId,
  year,
});

function countTitle(title: string, total: number | undefined) {
  return (
    <span>
      {title}
      {total !== undefined && (
        <Typography.Text type="danger" style={{ marginLeft: 8 }}>
          {total}
        </Typography.Text>
      )}
    </span>
  );
}

export function RedTasks(scope: Scope) {
  const query = tasksOf(scope);
  const { t } = useTranslation();
  const tasks = useTasks(query);
  return (
    <Card
      size="small"
      data-testid="red-tasks"
      title={countTitle(t('dashboard.red.tasks'), tasks.data?.total)}
      extra={
        <DownloadButton
          size="small"
          label={t('dashboard.red.export')}
          data-testid="export-red-tasks"
          run={() => exportTasks(query, `${t('dashboard.red.exportTasks')}.xlsx`)}
        />
      }
      styles={{ body: { padding: 0 } }}
    >
      <TaskTable
        tasks={tasks.data?.items ?? []}
        loading={tasks.isFetching}
        size="small"
        hide={['category', 'updatedAt']}
      />
    </Card>
  );
}

export function RedFindings(scope: Scope) {
  const query = findingsOf(scope);
  const { t } = useTranslation();
  const findings = useFindings(query);
  return (
    <Card
      size="small"
      data-testid="red-findings"
      title={countTitle(t('dashboard.red.findings'), findings.data?.total)}
      extra={
        <DownloadButton
          size="small"
          label={t('dashboard.red.export')}
          data-testid="export-red-findings"
          run={() => exportFindings(query, `${t('dashboard.red.exportFindings')}.xlsx`)}
        />
      }
      styles={{ body: { padding: 0 } }}
    >
      <FindingTable
        findings={findings.data?.items ?? []}
        loading={findings.isFetching}
        size="small"
        hide={['inspecting']}
      />
    </Card>
  );
}

/** Red-light cases; nothing at all for roles that may not read the register (403). */
export function RedCases(scope: Scope) {
  const query = casesOf(scope);
  const { t } = useTranslation();
  const { date } = useFormat();
  const cases = useCases(query);
  if (cases.error instanceof ApiError && (cases.error.status === 403 || cases.error.status === 404))
    return null;
  const columns: TableProps<AccountabilityCaseSummary>['columns'] = [
    { title: t('dashboard.red.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber' },
    {
      title: t('dashboard.red.subject'),
      key: 'subject',
      render: (_, c) => c.subjectOrgName ?? c.subjectPerson?.name ?? '—',
    },
    {
      title: t('dashboard.red.status'),
      key: 'status',
      render: (_, c) =>
        t(`dashboard.caseStatus.${c.status}` as 'dashboard.caseStatus.OPEN', {
          defaultValue: c.status,
        }),
    },
    { title: t('dashboard.red.handlingOrg'), dataIndex: 'handlingOrgName', key: 'handlingOrg' },
    { title: t('dashboard.red.openedOn'), key: 'openedOn', render: (_, c) => date(c.openedOn) },
    {
      title: t('dashboard.red.light'),
      key: 'light',
      render: (_, c) => <LightTag light={c.light} />,
    },
  ];
  return (
    <Card
      size="small"
      data-testid="red-cases"
      title={countTitle(t('dashboard.red.cases'), cases.data?.total)}
      extra={
        <DownloadButton
          size="small"
          label={t('dashboard.red.export')}
          data-testid="export-red-cases"
          run={() => exportCases(query, `${t('dashboard.red.exportCases')}.xlsx`)}
        />
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<AccountabilityCaseSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={cases.data?.items ?? []}
        loading={cases.isFetching}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('dashboard.red.none') }}
      />
    </Card>
  );
}
