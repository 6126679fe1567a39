import { Button, Checkbox, Form, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  InspectionReportQuery,
  InspectionReportStatus,
  InspectionReportSummary,
  InspectionType,
} from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { INSPECTION_TYPES, REPORT_STATUSES, canInspect, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { exportReports, useReports } from '../api/reports';
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

const FILTERS = {
  q: 'string',
  type: INSPECTION_TYPES,
  status: REPORT_STATUSES,
  targetOrgId: 'int',
  mine: 'boolean',
} as const;
const DEFAULTS = { sort: 'updatedAt,desc' };

export function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const { data: me } = useMe();
  const list = useListState(FILTERS, DEFAULTS);
  const planItemId = usePlanItemParam();
  const query: InspectionReportQuery = { ...list.query, planItemId };
  const reports = useReports(query);

  return (
    <ListPage<Filters>
      notice={<PlanItemFilterTag />}
      title={t('report.title')}
      exportLabel={t('report.export')}
      onExport={() => exportReports(query, `${t('report.exportName')}.xlsx`)}
      actions={
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
      filters={{
        values: list.filters,
        onApply: ({ q, mine, ...f }) =>
          list.setFilters({ ...f, q: q?.trim() || undefined, mine: mine || undefined }),
        children: (
          <>
            <KeywordFilter
              label={t('report.keyword')}
              placeholder={t('report.keywordPlaceholder')}
              width={180}
            />
            <EnumFilter
              name="type"
              label={t('report.type')}
              placeholder={t('report.allTypes')}
              width={170}
              values={INSPECTION_TYPES}
              group="inspectionType"
            />
            <EnumFilter
              name="status"
              label={t('report.status')}
              placeholder={t('report.allStatuses')}
              width={120}
              values={REPORT_STATUSES}
              group="reportStatus"
            />
            <Form.Item name="targetOrgId" label={t('report.target')}>
              <OrgTreeSelect placeholder={t('finding.allOrgs')} style={{ width: 200 }} />
            </Form.Item>
            {canInspect(me?.roles) && (
              <Form.Item name="mine" valuePropName="checked">
                <Checkbox>{t('report.mine')}</Checkbox>
              </Form.Item>
            )}
          </>
        ),
      }}
      error={reports.error}
    >
      <Table<InspectionReportSummary>
        rowKey="id"
        data-testid="report-table"
        loading={reports.isFetching}
        dataSource={reports.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={list.pagination(reports.data?.total)}
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
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
    </ListPage>
  );
}
