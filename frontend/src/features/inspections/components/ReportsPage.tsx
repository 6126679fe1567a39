import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Table } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  InspectionReportQuery,
  InspectionReportStatus,
  InspectionReportSummary,
  InspectionType,
} from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { INSPECTION_TYPES, REPORT_STATUSES, canInspect, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useReports } from '../api/reports';
import { FindingCountsCell, ReportStatusTag } from './InspectionTags';
import { PlanItemFilterTag } from '../../plans/components/PlanItemFilter';
import { usePlanItemParam } from '../../plans/planItemParam';

type Filters = {
  q?: string;
  type?: InspectionType;
  status?: InspectionReportStatus;
  targetOrgId?: number;
  mine?: boolean;
};

const PAGE_SIZE = 20;

export function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const { data: me } = useMe();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<InspectionReportQuery>({
    page: 0,
    size: PAGE_SIZE,
    sort: 'updatedAt,desc',
  });
  const planItemId = usePlanItemParam();
  const filtered = { ...query, planItemId };
  const reports = useReports(filtered);

  const apply = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      q: f.q?.trim() || undefined,
      type: f.type,
      status: f.status,
      targetOrgId: f.targetOrgId,
      mine: f.mine || undefined,
    }));

  return (
    <>
      <PageHeader
        title={t('report.title')}
        extra={
          canInspect(me?.roles) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/inspection-reports/new')}
            >
              {t('report.create')}
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
          <Form.Item name="q" label={t('report.keyword')}>
            <Input allowClear placeholder={t('report.keywordPlaceholder')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="type" label={t('report.type')}>
            <Select
              allowClear
              style={{ width: 170 }}
              placeholder={t('report.allTypes')}
              options={INSPECTION_TYPES.map((v) => ({
                value: v,
                label: enumLabel(t, 'inspectionType', v),
              }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('report.status')}>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('report.allStatuses')}
              options={REPORT_STATUSES.map((v) => ({
                value: v,
                label: enumLabel(t, 'reportStatus', v),
              }))}
            />
          </Form.Item>
          <Form.Item name="targetOrgId" label={t('report.target')}>
            <OrgTreeSelect placeholder={t('finding.allOrgs')} style={{ width: 200 }} />
          </Form.Item>
          {canInspect(me?.roles) && (
            <Form.Item name="mine" valuePropName="checked">
              <Checkbox>{t('report.mine')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  apply({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <PlanItemFilterTag />
      <Card>
        {reports.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, reports.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<InspectionReportSummary>
          rowKey="id"
          data-testid="report-table"
          loading={reports.isFetching}
          dataSource={reports.data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: reports.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(p) =>
            setQuery((q) => ({ ...q, page: (p.current ?? 1) - 1, size: p.pageSize ?? PAGE_SIZE }))
          }
          columns={[
            {
              title: t('report.name'),
              key: 'title',
              render: (_, r) => (
                <Space orientation="vertical" size={2}>
                  <Link to={`/inspection-reports/${r.id}`}>{r.title}</Link>
                  <Space size={4} wrap>
                    <span className="muted-small">{enumLabel(t, 'inspectionType', r.type)}</span>
                    {r.topic && <span className="muted-small">· {r.topic}</span>}
                  </Space>
                </Space>
              ),
            },
            { title: t('report.target'), dataIndex: 'targetOrgName', width: 170 },
            { title: t('report.inspecting'), dataIndex: 'inspectingOrgName', width: 150 },
            {
              title: t('report.visit'),
              key: 'visit',
              width: 140,
              render: (_, r) => date(r.visitStart),
            },
            {
              title: t('report.grade'),
              key: 'grade',
              width: 120,
              render: (_, r) =>
                r.totalScore !== undefined ? (
                  <span>
                    {r.totalScore}
                    {r.grade ? `（${r.grade}）` : ''}
                  </span>
                ) : (
                  (r.grade ?? '—')
                ),
            },
            {
              title: t('report.findings'),
              key: 'findings',
              width: 190,
              render: (_, r) => <FindingCountsCell counts={r.findings} />,
            },
            {
              title: t('report.status'),
              key: 'status',
              width: 90,
              render: (_, r) => <ReportStatusTag status={r.status} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
