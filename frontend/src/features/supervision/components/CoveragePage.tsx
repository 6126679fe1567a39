import {
  Button,
  Card,
  Empty,
  Form,
  InputNumber,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  type TableProps,
} from 'antd';
import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  CoverageCellState,
  CoverageQuery,
  CoverageRollup,
  CoverageSchool,
  Semester,
} from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useListState } from '../../../lib/list/useListState';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { exportCoverage, useCoverage } from '../api/supervision';

/** Background of a month cell: red where a visit is missing, green where done. */
const CELL_COLORS: Record<CoverageCellState, string> = {
  VISITED: '#d9f7be',
  MISSED: '#ffccc7',
  DUE: '#fff1b8',
  UPCOMING: '#ffffff',
  HOLIDAY: '#f5f5f5',
  NONE: '#ffffff',
};

type Filters = { orgId?: number; year?: number; semester?: Semester };

function percent(share: number) {
  return `${Math.round(share * 1000) / 10}%`;
}

const SEMESTERS = ['SPRING', 'AUTUMN'] as const;
const FILTERS = { orgId: 'int', year: 'int', semester: SEMESTERS } as const;

/** 督导覆盖: the heat map of routine visits, school × month, with roll-ups. */
export function CoveragePage() {
  const { t } = useTranslation();
  const me = useMe();
  const onError = useApiErrorHandler();
  // the choice lives in the URL (Back and links keep it); the caller's own organisation until another
  const list = useListState(FILTERS);
  const chosen = list.filters;
  const orgId = chosen.orgId ?? me.data?.organization.id;
  const query: CoverageQuery | undefined = orgId === undefined ? undefined : { ...chosen, orgId };
  const coverage = useCoverage(query);
  const data = coverage.data;

  const monthColumns: TableProps<CoverageSchool>['columns'] = (data?.months ?? []).map(
    (month, i) => ({
      title: month.slice(2),
      key: month,
      width: 72,
      align: 'center',
      onCell: (s) => ({
        style: { background: CELL_COLORS[s.cells[i]?.state ?? 'NONE'] },
        'data-state': s.cells[i]?.state,
      }),
      render: (_, s) => {
        const cell = s.cells[i];
        if (!cell || cell.state === 'HOLIDAY') return '';
        return (
          <Tooltip title={enumLabel(t, 'coverageCell', cell.state)}>
            <span>{cell.visits}</span>
          </Tooltip>
        );
      },
    }),
  );

  const columns: TableProps<CoverageSchool>['columns'] = [
    { title: t('supervision.zone'), dataIndex: 'zoneName', key: 'zone', width: 160 },
    { title: t('supervision.school'), dataIndex: 'schoolName', key: 'school', width: 200 },
    { title: t('supervision.lead'), dataIndex: 'leadName', key: 'lead', width: 140 },
    ...monthColumns,
    {
      title: t('supervision.visitsVsRequired'),
      key: 'total',
      width: 110,
      render: (_, s) => (
        <Tag color={s.onTrack ? 'success' : 'error'}>
          {s.visits} / {s.requiredByNow}
        </Tag>
      ),
    },
  ];

  const rollupColumns: TableProps<CoverageRollup>['columns'] = [
    {
      title: t('supervision.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, r) =>
        r.overLimit ? (
          <Space>
            {name}
            <Tooltip title={t('supervision.overLimit', { limit: r.limit })}>
              <Tag color="warning" icon={<WarningOutlined />}>
                {t('supervision.aboveLimit')}
              </Tag>
            </Tooltip>
          </Space>
        ) : (
          name
        ),
    },
    { title: t('supervision.schools'), dataIndex: 'schools', key: 'schools', width: 100 },
    { title: t('supervision.onTrack'), dataIndex: 'onTrack', key: 'onTrack', width: 100 },
    { title: t('supervision.share'), key: 'share', width: 100, render: (_, r) => percent(r.share) },
  ];

  const rollup = (title: string, rows: readonly CoverageRollup[] | undefined) =>
    rows && rows.length > 0 ? (
      <Card size="small" title={title} style={{ marginBottom: 16 }}>
        <Table<CoverageRollup>
          rowKey="id"
          size="small"
          pagination={false}
          columns={rollupColumns}
          dataSource={[...rows]}
        />
      </Card>
    ) : null;

  return (
    <>
      <PageHeader
        title={t('supervision.coverageTitle')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            disabled={!query}
            onClick={() =>
              query &&
              exportCoverage(
                { ...query, year: data?.year, semester: data?.semester },
                `${t('supervision.coverageTitle')}.xlsx`,
              ).catch((e: unknown) => onError(e))
            }
          >
            {t('supervision.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters>
          layout="inline"
          style={{ rowGap: 12 }}
          initialValues={{ ...chosen, orgId: query?.orgId }}
          onFinish={(f) =>
            f.orgId !== undefined &&
            list.setFilters({ orgId: f.orgId, year: f.year, semester: f.semester })
          }
        >
          <Form.Item name="orgId" label={t('supervision.within')} rules={[{ required: true }]}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item name="year" label={t('supervision.year')}>
            <InputNumber min={2000} max={2100} placeholder={String(data?.year ?? '')} />
          </Form.Item>
          <Form.Item name="semester" label={t('supervision.semester')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={SEMESTERS.map((s) => ({
                value: s,
                label: enumLabel(t, 'semester', s),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {!data ? (
        <Empty />
      ) : (
        <>
          <Space size={48} style={{ marginBottom: 16 }}>
            <Statistic title={t('supervision.schools')} value={data.total.schools} />
            <Statistic title={t('supervision.onTrack')} value={data.total.onTrack} />
            <Statistic title={t('supervision.share')} value={percent(data.total.share)} />
            <span>
              {enumLabel(t, 'semester', data.semester)} {data.year} ·{' '}
              {t('supervision.asOf', { date: data.today })}
            </span>
          </Space>
          <Table<CoverageSchool>
            rowKey="schoolId"
            size="small"
            bordered
            scroll={{ x: 'max-content' }}
            loading={coverage.isFetching}
            columns={columns}
            dataSource={data.schools}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            style={{ marginBottom: 16 }}
          />
          {rollup(t('supervision.bySupervisor'), data.supervisors)}
          {rollup(t('supervision.byZone'), data.zones)}
          {rollup(t('supervision.byCounty'), data.counties)}
          {rollup(t('supervision.byCity'), data.cities)}
        </>
      )}
    </>
  );
}
