import { Suspense, lazy } from 'react';
import {
  Card,
  Empty,
  Flex,
  Form,
  Progress,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreationKind, CreationProgramme } from '../../../api/types';
import { EnumFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { CREATION_KINDS, enumLabel } from '../../../lib/enums';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useCreationProgrammes } from '../api/creation';
import { formatRatio } from '../format';
import { FAIL_COLOR, PASS_COLOR, VerdictTag, WorstIndicator } from './CreationTags';

// echarts is large: its own chunk, loaded with the page
const CountyChart = lazy(() => import('./CountyChart'));

type Filters = { countyOrgId?: number; kind?: CreationKind };

const FILTERS = { countyOrgId: 'int', kind: CREATION_KINDS } as const;
const DEFAULTS = { sort: 'id,asc', size: 50 };

export function CreationProgrammesPage() {
  const { t } = useTranslation();
  const list = useListState(FILTERS, DEFAULTS);
  const programmes = useCreationProgrammes(list.query);
  const items = programmes.data?.items ?? [];

  const columns: TableProps<CreationProgramme>['columns'] = [
    {
      title: t('creation.county'),
      key: 'county',
      width: 100,
      render: (_, p) => (
        <Link to={`/creation/${p.id}`} data-testid={`programme-link-${p.id}`}>
          {p.countyOrgName}
        </Link>
      ),
    },
    {
      title: t('creation.kind'),
      key: 'kind',
      width: 150,
      render: (_, p) => (
        <Tag color={p.kind === 'BALANCED_COMPULSORY' ? 'blue' : 'purple'}>
          {enumLabel(t, 'creationKind', p.kind)}
        </Tag>
      ),
    },
    { title: t('creation.targetYear'), dataIndex: 'targetYear', key: 'targetYear', width: 80 },
    {
      title: t('creation.status'),
      key: 'status',
      width: 90,
      render: (_, p) => enumLabel(t, 'creationStatus', p.status),
    },
    {
      title: t('creation.latestYear'),
      key: 'latestYear',
      width: 90,
      render: (_, p) => p.latest?.year ?? t('creation.notFiled'),
    },
    {
      title: t('creation.verdict'),
      key: 'verdict',
      width: 90,
      render: (_, p) => <VerdictTag verdict={p.latest?.verdict} />,
    },
    {
      title: t('creation.passingRatio'),
      key: 'ratio',
      width: 180,
      render: (_, p) =>
        p.latest ? (
          <Flex vertical gap={0} data-testid={`ratio-${p.id}`}>
            <Progress
              percent={Math.round(p.latest.passingSchoolRatio * 1000) / 10}
              size="small"
              strokeColor={p.latest.verdict === 'PASS' ? PASS_COLOR : FAIL_COLOR}
              format={() => formatRatio(p.latest?.passingSchoolRatio)}
            />
            <Typography.Text type="secondary">
              {t('creation.passingCount', {
                passing: p.latest.passingSchools,
                total: p.latest.assessedSchools,
              })}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('creation.worstIndicator'),
      key: 'worst',
      render: (_, p) => <WorstIndicator worst={p.latest?.worstIndicator} />,
    },
  ];

  return (
    <ListPage<Filters>
      title={t('creation.overviewTitle')}
      filters={{
        values: list.filters,
        onApply: list.setFilters,
        children: (
          <>
            <Form.Item name="countyOrgId" label={t('creation.county')}>
              <OrgTreeSelect placeholder={t('creation.allCounties')} style={{ width: 220 }} />
            </Form.Item>
            <EnumFilter
              name="kind"
              label={t('creation.kind')}
              placeholder={t('creation.allKinds')}
              width={200}
              values={CREATION_KINDS}
              group="creationKind"
            />
          </>
        ),
      }}
      notice={
        <Card title={t('creation.chartTitle')} style={{ marginBottom: 16 }}>
          {items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Suspense fallback={<Skeleton active />}>
              <CountyChart programmes={items} />
            </Suspense>
          )}
        </Card>
      }
      error={programmes.error}
    >
      <Table<CreationProgramme>
        rowKey="id"
        data-testid="programme-table"
        columns={columns}
        dataSource={items}
        loading={programmes.isFetching}
        scroll={{ x: 1000 }}
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
        pagination={{ ...list.pagination(programmes.data?.total), hideOnSinglePage: true }}
      />
    </ListPage>
  );
}
