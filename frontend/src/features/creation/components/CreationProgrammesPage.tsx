import { Suspense, lazy, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Progress,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreationKind, CreationProgramme, CreationProgrammeQuery } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { CREATION_KINDS, enumLabel } from '../../../lib/enums';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useCreationProgrammes } from '../api/creation';
import { formatRatio } from '../format';
import { FAIL_COLOR, PASS_COLOR, VerdictTag, WorstIndicator } from './CreationTags';

// echarts is large: its own chunk, loaded with the page
const CountyChart = lazy(() => import('./CountyChart'));

type Filters = { countyOrgId?: number; kind?: CreationKind };

const PAGE_SIZE = 50;

export function CreationProgrammesPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<CreationProgrammeQuery>({
    page: 0,
    size: PAGE_SIZE,
    sort: 'id,asc',
  });
  const programmes = useCreationProgrammes(query);
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
    <>
      <PageHeader title={t('creation.overviewTitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters>
          form={form}
          layout="inline"
          style={{ rowGap: 12 }}
          onFinish={(f) =>
            setQuery((q) => ({ ...q, page: 0, countyOrgId: f.countyOrgId, kind: f.kind }))
          }
        >
          <Form.Item name="countyOrgId" label={t('creation.county')}>
            <OrgTreeSelect placeholder={t('creation.allCounties')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('creation.kind')}>
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('creation.allKinds')}
              options={CREATION_KINDS.map((k) => ({
                value: k,
                label: enumLabel(t, 'creationKind', k),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setQuery((q) => ({ ...q, page: 0, countyOrgId: undefined, kind: undefined }));
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {programmes.isError && (
        <Alert
          type="error"
          showIcon
          title={describeError(t, programmes.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card title={t('creation.chartTitle')} style={{ marginBottom: 16 }}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Suspense fallback={<Skeleton active />}>
            <CountyChart programmes={items} />
          </Suspense>
        )}
      </Card>
      <Card>
        <Table<CreationProgramme>
          rowKey="id"
          data-testid="programme-table"
          columns={columns}
          dataSource={items}
          loading={programmes.isFetching}
          scroll={{ x: 1000 }}
          onChange={(pagination) =>
            setQuery((q) => ({
              ...q,
              page: (pagination.current ?? 1) - 1,
              size: pagination.pageSize ?? PAGE_SIZE,
            }))
          }
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: programmes.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
