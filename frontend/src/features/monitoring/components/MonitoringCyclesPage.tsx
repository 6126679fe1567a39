import { Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonitoringCycle, MonitoringCycleStatus } from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { enumLabel } from '../../../lib/enums';
import { sortOrderOf, toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { useMonitoringCycles } from '../api/monitoring';

type Filters = { q?: string; status?: MonitoringCycleStatus; planItemId?: number };

const STATUSES = ['PREPARING', 'RESULTS_IN', 'CLOSED'] as const;
const FILTERS = { q: 'string', status: STATUSES, planItemId: 'int' } as const;
const DEFAULTS = { sort: 'year,desc' };
const STATUS_COLORS: Record<MonitoringCycleStatus, string> = {
  PREPARING: 'processing',
  RESULTS_IN: 'success',
  CLOSED: 'default',
};

/** 质量监测: the monitoring cycles the caller's office runs or its counties were sampled in. */
export function MonitoringCyclesPage() {
  const { t } = useTranslation();
  const list = useListState(FILTERS, DEFAULTS);
  const cycles = useMonitoringCycles(list.query);

  const columns: TableProps<MonitoringCycle>['columns'] = [
    {
      title: t('monitoring.year'),
      dataIndex: 'year',
      key: 'year',
      width: 90,
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'year'),
    },
    {
      title: t('monitoring.cycleTitle'),
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'title'),
      render: (_, c) => <Link to={`/monitoring/${c.id}`}>{c.title}</Link>,
    },
    { title: t('monitoring.owner'), dataIndex: 'ownerOrgName', key: 'owner' },
    {
      title: t('monitoring.subjects'),
      key: 'subjects',
      render: (_, c) => c.subjects.map((s) => enumLabel(t, 'monitoringSubject', s)).join('、'),
    },
    {
      title: t('monitoring.counties'),
      key: 'counties',
      render: (_, c) => c.counties.map((county) => county.countyName).join('、'),
    },
    {
      title: t('monitoring.problems'),
      key: 'problems',
      render: (_, c) =>
        t('monitoring.problemCount', { open: c.openProblemCount, all: c.problemCount }),
    },
    {
      title: t('monitoring.endsOn'),
      dataIndex: 'endsOn',
      key: 'endsOn',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'endsOn'),
    },
    {
      title: t('monitoring.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: MonitoringCycleStatus) => (
        <Tag color={STATUS_COLORS[s]}>{enumLabel(t, 'monitoringCycleStatus', s)}</Tag>
      ),
    },
  ];

  return (
    <ListPage<Filters>
      title={t('monitoring.title')}
      filters={{
        values: list.filters,
        onApply: ({ q, ...f }) => list.setFilters({ ...f, q: q?.trim() || undefined }),
        children: (
          <>
            <KeywordFilter label={t('monitoring.keyword')} />
            <EnumFilter
              name="status"
              label={t('monitoring.status')}
              placeholder={t('task.allStatuses')}
              width={140}
              values={STATUSES}
              group="monitoringCycleStatus"
            />
          </>
        ),
      }}
      error={cycles.error}
    >
      <Table<MonitoringCycle>
        rowKey="id"
        columns={columns}
        dataSource={cycles.data?.items}
        loading={cycles.isFetching}
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
        pagination={list.pagination(cycles.data?.total)}
      />
    </ListPage>
  );
}
