import { Suspense, lazy } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Flex,
  Form,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganizationNode, OrgStats, StatsOverview } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { useMe } from '../../auth/api/session';
import { formatNumber, formatRatio } from '../../creation/format';
import { useOrganizationTree } from '../../organizations/api/organizations';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useStatsOverview, useStatsTrend } from '../api/stats';
import { casesInProgress } from '../model';
import { RedCases, RedFindings, RedTasks } from './RedLists';
import './dashboard.css';

// echarts is large: its own chunk, loaded with the page
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const FIRST_YEAR = 2020;
/** The year picker's "all years" entry (no year filter). */
const ALL_YEARS = 0;

/** Years to pick from: this year (and next) back to 2020. */
function yearOptions(thisYear: number): number[] {
  const years: number[] = [];
  for (let y = thisYear + 1; y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

/** The nodes from a root of the caller's tree down to `id` (empty when not in the tree). */
function pathTo(nodes: readonly OrganizationNode[] | undefined, id: number): OrganizationNode[] {
  for (const n of nodes ?? []) {
    if (n.id === id) return [n];
    const below = pathTo(n.children, id);
    if (below.length) return [n, ...below];
  }
  return [];
}

/** The breadcrumb from the caller's own office (the top of what they see) down to `shown`. */
function breadcrumbPath(
  tree: readonly OrganizationNode[] | undefined,
  shown: number | undefined,
  own: number | undefined,
): OrganizationNode[] {
  if (shown === undefined) return [];
  const path = pathTo(tree, shown);
  const from = own === undefined ? -1 : path.findIndex((n) => n.id === own);
  return path.slice(Math.max(0, from));
}

function readNumber(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/** The totals as cards. */
export function TotalsCards({
  overview,
  compact = false,
}: {
  overview: StatsOverview;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { totals, findingTotals } = overview;
  const cards = [
    { key: 'tasks', title: t('dashboard.cards.tasks'), value: formatNumber(totals.total) },
    {
      key: 'completionRate',
      title: t('dashboard.cards.completionRate'),
      value: formatRatio(totals.completionRate),
      note: t('dashboard.cards.completedOf', { completed: formatNumber(totals.completed) }),
    },
    {
      key: 'overdue',
      title: t('dashboard.cards.overdue'),
      value: formatNumber(totals.overdue),
      danger: totals.overdue > 0,
    },
    {
      key: 'findingsOpen',
      title: t('dashboard.cards.findingsOpen'),
      value: formatNumber(findingTotals.open),
    },
    {
      key: 'findingsOverdue',
      title: t('dashboard.cards.findingsOverdue'),
      value: formatNumber(findingTotals.overdue),
      danger: findingTotals.overdue > 0,
    },
    {
      key: 'verified',
      title: t('dashboard.cards.verified'),
      value: formatNumber(findingTotals.verified),
    },
    {
      key: 'casesInProgress',
      title: t('dashboard.cards.casesInProgress'),
      value: formatNumber(casesInProgress(overview.caseTotals)),
    },
  ];
  return (
    <div className={compact ? 'dashboard-cards dashboard-cards-compact' : 'dashboard-cards'}>
      {cards.map((c) => (
        <Card key={c.key} size="small" className="dashboard-card" data-testid={`card-${c.key}`}>
          <Statistic
            title={c.title}
            value={c.value}
            styles={{ content: { color: c.danger ? '#cf1322' : undefined } }}
          />
          {c.note && !compact && <Typography.Text type="secondary">{c.note}</Typography.Text>}
        </Card>
      ))}
    </div>
  );
}

function ChildrenTable({
  overview,
  onDrill,
}: {
  overview: StatsOverview;
  onDrill: (orgId: number) => void;
}) {
  const { t } = useTranslation();
  const columns: TableProps<OrgStats>['columns'] = [
    {
      title: t('dashboard.table.org'),
      key: 'org',
      fixed: 'left',
      render: (_, c) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          data-testid={`drill-${c.orgId}`}
          onClick={() => onDrill(c.orgId)}
        >
          {c.orgName}
        </Button>
      ),
    },
    {
      title: t('dashboard.table.tasks'),
      key: 'tasks',
      align: 'right',
      sorter: (a, b) => a.tasks.total - b.tasks.total,
      render: (_, c) => formatNumber(c.tasks.total),
    },
    {
      title: t('dashboard.table.completed'),
      key: 'completed',
      align: 'right',
      render: (_, c) => formatNumber(c.tasks.completed),
    },
    {
      title: t('dashboard.table.rate'),
      key: 'rate',
      align: 'right',
      sorter: (a, b) => a.tasks.completionRate - b.tasks.completionRate,
      render: (_, c) => formatRatio(c.tasks.completionRate),
    },
    {
      title: t('dashboard.table.overdue'),
      key: 'overdue',
      align: 'right',
      sorter: (a, b) => a.tasks.overdue - b.tasks.overdue,
      render: (_, c) => formatNumber(c.tasks.overdue),
    },
    {
      title: t('dashboard.table.open'),
      key: 'open',
      align: 'right',
      sorter: (a, b) => a.findings.open - b.findings.open,
      render: (_, c) => formatNumber(c.findings.open),
    },
    {
      title: t('dashboard.table.findingsOverdue'),
      key: 'findingsOverdue',
      align: 'right',
      sorter: (a, b) => a.findings.overdue - b.findings.overdue,
      render: (_, c) => formatNumber(c.findings.overdue),
    },
    {
      title: t('dashboard.table.verified'),
      key: 'verified',
      align: 'right',
      render: (_, c) => formatNumber(c.findings.verified),
    },
    {
      title: t('dashboard.table.cases'),
      key: 'cases',
      align: 'right',
      render: (_, c) => formatNumber(casesInProgress(c.cases)),
    },
  ];
  return (
    <Card size="small" title={t('dashboard.table.title')} styles={{ body: { padding: 0 } }}>
      <Table<OrgStats>
        rowKey="orgId"
        size="small"
        data-testid="children-table"
        columns={columns}
        dataSource={overview.children}
        // a city has hundreds of schools below: ten rows a page
        pagination={{
          defaultPageSize: 10,
          showSizeChanger: true,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
          style: { marginInline: 16 },
        }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('dashboard.table.noChildren') }}
      />
    </Card>
  );
}

/** 驾驶舱: totals, charts per child organisation, the monthly trend and the red-light lists. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { data: tree } = useOrganizationTree();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = params.has('year') ? readNumber(params, 'year') : thisYear;
  const orgId = readNumber(params, 'orgId');
  const ownOrgId = me?.organization?.id;
  const query = { year, orgId };
  const overview = useStatsOverview(query);
  const trend = useStatsTrend(query);

  const update = (next: { year?: number | null; orgId?: number | null }) => {
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next.year !== undefined) p.set('year', next.year === null ? '' : String(next.year));
      if (next.orgId !== undefined) {
        if (next.orgId === null || next.orgId === ownOrgId) p.delete('orgId');
        else p.set('orgId', String(next.orgId));
      }
      return p;
    });
  };
  const drill = (id: number) => update({ orgId: id });

  const shownOrgId = orgId ?? overview.data?.organization.id ?? ownOrgId;
  const crumbs = breadcrumbPath(tree, shownOrgId, ownOrgId);

  const data = overview.data;
  return (
    <>
      <PageHeader
        title={
          <Space size={12} wrap>
            {t('dashboard.title')}
            {data && (
              <Typography.Text
                type="secondary"
                data-testid="dashboard-org"
                style={{ fontSize: 16 }}
              >
                {t('dashboard.subtitle', {
                  org: data.organization.name,
                  year:
                    year === undefined
                      ? t('dashboard.allYears')
                      : t('dashboard.yearOption', { year }),
                })}
              </Typography.Text>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={16} align="center" justify="space-between">
          <Form layout="inline" style={{ rowGap: 8 }}>
            <Form.Item label={t('dashboard.yearLabel')}>
              <Select<number>
                aria-label={t('dashboard.yearLabel')}
                data-testid="year-select"
                style={{ width: 130 }}
                value={year ?? ALL_YEARS}
                onChange={(y) => update({ year: y === ALL_YEARS ? null : y })}
                options={[
                  { value: ALL_YEARS, label: t('dashboard.allYears') },
                  ...yearOptions(thisYear).map((y) => ({
                    value: y,
                    label: t('dashboard.yearOption', { year: y }),
                  })),
                ]}
              />
            </Form.Item>
            <Form.Item label={t('dashboard.organization')}>
              <OrgTreeSelect
                aria-label={t('dashboard.organization')}
                data-testid="org-select"
                allowClear={false}
                style={{ width: 240 }}
                value={shownOrgId}
                onChange={(v) => update({ orgId: typeof v === 'number' ? v : null })}
              />
            </Form.Item>
          </Form>
          <Space>
            {crumbs.length > 1 && (
              <Breadcrumb
                data-testid="org-breadcrumb"
                items={crumbs.map((n, i) => ({
                  key: n.id,
                  title:
                    i === crumbs.length - 1 ? (
                      n.name
                    ) : (
                      <a onClick={() => update({ orgId: n.id })}>{n.name}</a>
                    ),
                }))}
              />
            )}
            {orgId !== undefined && orgId !== ownOrgId && (
              <Button size="small" onClick={() => update({ orgId: null })}>
                {t('dashboard.backToOwn')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>
      {overview.isError && (
        <Alert
          type="error"
          showIcon
          title={describeError(t, overview.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      {!data ? (
        !overview.isError && <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <TotalsCards overview={data} />
          <Typography.Text type="secondary">{t('dashboard.drillHint')}</Typography.Text>
          <Suspense fallback={<Skeleton active />}>
            <DashboardCharts overview={data} trend={trend.data ?? []} onDrill={drill} />
          </Suspense>
          <ChildrenTable overview={data} onDrill={drill} />
          <Typography.Text type="secondary">
            {t('dashboard.red.scope', { name: data.organization.name })}
          </Typography.Text>
          <RedTasks withinOrgId={shownOrgId} year={year} />
          <RedFindings withinOrgId={shownOrgId} year={year} />
          <RedCases withinOrgId={shownOrgId} year={year} />
        </Space>
      )}
    </>
  );
}
