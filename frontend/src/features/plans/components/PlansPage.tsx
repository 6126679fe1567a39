import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  type TableProps,
} from 'antd';
import { ImportOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanQuery, PlanStatus, PlanSummary } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { PLAN_STATUSES, canIssue, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { PlanStatusTag } from '../../tasks/components/TaskTags';
import { usePlans } from '../api/plans';

type Filters = { year?: number | null; status?: PlanStatus; q?: string };

const PAGE_SIZE = 20;
const DEFAULT_SORT = 'year,desc';

export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const { data: me } = useMe();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<PlanQuery>({ page: 0, size: PAGE_SIZE, sort: DEFAULT_SORT });
  const plans = usePlans(query);
  const office = canIssue(me?.roles);

  const applyFilters = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      year: f.year ?? undefined,
      status: f.status,
      q: f.q?.trim() || undefined,
    }));

  const [sortField, sortDir] = (query.sort ?? '').split(',');
  const order = (key: string) =>
    sortField === key ? (sortDir === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;

  const columns: TableProps<PlanSummary>['columns'] = [
    {
      title: t('plan.name'),
      key: 'title',
      dataIndex: 'title',
      sorter: true,
      sortOrder: order('title'),
      render: (_, p) => <Link to={`/plans/${p.id}`}>{p.title}</Link>,
    },
    {
      title: t('plan.documentNumber'),
      key: 'documentNumber',
      dataIndex: 'documentNumber',
      width: 220,
      render: (v: string | undefined) => v || '—',
    },
    { title: t('plan.issuingOrg'), key: 'issuingOrgName', dataIndex: 'issuingOrgName', width: 140 },
    {
      title: t('plan.issuedOn'),
      key: 'issuedOn',
      dataIndex: 'issuedOn',
      width: 150,
      sorter: true,
      sortOrder: order('issuedOn'),
      render: (v: string | undefined) => date(v),
    },
    {
      title: t('plan.year'),
      key: 'year',
      dataIndex: 'year',
      width: 90,
      sorter: true,
      sortOrder: order('year'),
    },
    {
      title: t('plan.status'),
      key: 'status',
      dataIndex: 'status',
      width: 100,
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
  ];

  const onTableChange: TableProps<PlanSummary>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof s?.columnKey === 'string' && s.order ? s.columnKey : undefined;
    setQuery((q) => ({
      ...q,
      page: (pagination.current ?? 1) - 1,
      size: pagination.pageSize ?? PAGE_SIZE,
      sort: field ? `${field},${s?.order === 'descend' ? 'desc' : 'asc'}` : DEFAULT_SORT,
    }));
  };

  return (
    <>
      <PageHeader
        title={t('plan.title')}
        extra={
          office && (
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => void navigate('/plans/new')}>
                {t('plan.create')}
              </Button>
              <Button
                type="primary"
                icon={<ImportOutlined />}
                onClick={() => void navigate('/plans/import')}
              >
                {t('plan.import')}
              </Button>
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={applyFilters} style={{ rowGap: 12 }}>
          <Form.Item name="year" label={t('plan.year')}>
            <InputNumber
              min={2000}
              max={2100}
              precision={0}
              placeholder={t('plan.allYears')}
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item name="status" label={t('plan.status')}>
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('plan.allStatuses')}
              options={PLAN_STATUSES.map((s) => ({
                value: s,
                label: enumLabel(t, 'planStatus', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('plan.keyword')}>
            <Input allowClear placeholder={t('plan.keywordPlaceholder')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  applyFilters({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        {plans.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, plans.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<PlanSummary>
          rowKey="id"
          columns={columns}
          dataSource={plans.data?.items ?? []}
          loading={plans.isFetching}
          onChange={onTableChange}
          scroll={{ x: 900 }}
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: plans.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
