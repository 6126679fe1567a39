import { Button, Form, InputNumber, Table, type TableProps } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanStatus, PlanSummary } from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { PLAN_STATUSES, canIssue } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { useMe } from '../../auth/api/session';
import { PlanStatusTag } from '../../tasks/components/TaskTags';
import { usePlans } from '../api/plans';

type Filters = { year?: number | null; status?: PlanStatus; q?: string };

const FILTERS = { year: 'int', status: PLAN_STATUSES, q: 'string' } as const;
const DEFAULTS = { sort: 'year,desc' };

export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const { data: me } = useMe();
  const list = useListState(FILTERS, DEFAULTS);
  const plans = usePlans(list.query);
  const office = canIssue(me?.roles);

  const columns: TableProps<PlanSummary>['columns'] = [
    {
      title: t('plan.name'),
      key: 'title',
      dataIndex: 'title',
      sorter: true,
      sortOrder: list.sortOrder('title'),
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
      sortOrder: list.sortOrder('issuedOn'),
      render: (v: string | undefined) => date(v),
    },
    {
      title: t('plan.year'),
      key: 'year',
      dataIndex: 'year',
      width: 90,
      sorter: true,
      sortOrder: list.sortOrder('year'),
    },
    {
      title: t('plan.status'),
      key: 'status',
      dataIndex: 'status',
      width: 100,
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
  ];

  return (
    <ListPage<Filters>
      title={t('plan.title')}
      actions={
        office && (
          <>
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
          </>
        )
      }
      filters={{
        values: list.filters,
        onApply: ({ year, q, ...f }) =>
          list.setFilters({ ...f, year: year ?? undefined, q: q?.trim() || undefined }),
        children: (
          <>
            <Form.Item name="year" label={t('plan.year')}>
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                placeholder={t('plan.allYears')}
                style={{ width: 120 }}
              />
            </Form.Item>
            <EnumFilter
              name="status"
              label={t('plan.status')}
              placeholder={t('plan.allStatuses')}
              width={130}
              values={PLAN_STATUSES}
              group="planStatus"
            />
            <KeywordFilter
              label={t('plan.keyword')}
              placeholder={t('plan.keywordPlaceholder')}
              width={220}
            />
          </>
        ),
      }}
      error={plans.error}
    >
      <Table<PlanSummary>
        rowKey="id"
        columns={columns}
        dataSource={plans.data?.items ?? []}
        loading={plans.isFetching}
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
        scroll={{ x: 900 }}
        pagination={list.pagination(plans.data?.total)}
      />
    </ListPage>
  );
}
