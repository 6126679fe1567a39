import { Space, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding } from '../../../api/types';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import type { ListChange } from '../../../lib/list/useListState';
import { LightTag } from '../../tasks/components/TaskTags';
import { EscalationTag, FindingStatusTag, SeverityTag } from './InspectionTags';
import { FindingSourceLabel } from './FindingSource';

type Column = 'report' | 'owner' | 'inspecting';

/** Findings with their lights; the description links to the finding (rectify / verify there). */
export function FindingTable({
  findings,
  loading,
  hide = [],
  pagination,
  onChange,
  size,
}: {
  findings: readonly Finding[];
  loading?: boolean;
  hide?: readonly Column[];
  pagination?: TableProps<Finding>['pagination'];
  onChange?: (change: ListChange) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const columns: NonNullable<TableProps<Finding>['columns']> = [
    {
      title: t('finding.light'),
      key: 'light',
      width: 64,
      align: 'center',
      render: (_, f) => <LightTag light={f.light} compact />,
    },
    {
      title: t('finding.description'),
      key: 'description',
      minWidth: 240,
      render: (_, f) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/findings/${f.id}`} data-testid="finding-link">
            {f.description}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('finding.requirement')}：{f.requirement}
          </Typography.Text>
          {f.lastReopenReason && f.status === 'REOPENED' && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('finding.lastReopenReason')}：{f.lastReopenReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('finding.report'),
      key: 'report',
      width: 200,
      render: (_, f) => <FindingSourceLabel finding={f} />,
    },
    {
      title: t('finding.indicator'),
      key: 'indicator',
      dataIndex: 'indicatorCode',
      width: 80,
      render: (code?: string) => code ?? '—',
    },
    {
      title: t('finding.severity'),
      key: 'severity',
      width: 80,
      render: (_, f) => <SeverityTag severity={f.severity} />,
    },
    { title: t('finding.owner'), key: 'owner', dataIndex: 'ownerOrgName', width: 150 },
    {
      title: t('finding.inspecting'),
      key: 'inspecting',
      dataIndex: 'inspectingOrgName',
      width: 130,
    },
    {
      title: t('finding.dueDate'),
      key: 'dueDate',
      width: 130,
      render: (_, f) => (
        <Typography.Text type={f.light === 'RED' ? 'danger' : undefined}>
          {date(f.dueDate)}
        </Typography.Text>
      ),
    },
    {
      title: t('finding.status'),
      key: 'status',
      width: 120,
      render: (_, f) => (
        <Space size={4} wrap>
          <FindingStatusTag status={f.status} />
          {f.escalation && <EscalationTag />}
          {f.accountabilityCaseId && (
            <Link to={`/accountability/${f.accountabilityCaseId}`}>{t('case.viewCase')}</Link>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Finding>
      rowKey="id"
      size={size}
      loading={loading}
      dataSource={findings}
      columns={columns.filter((c) => !hide.includes(c.key as Column))}
      pagination={pagination ?? false}
      scroll={{ x: 1000 }}
      rowClassName={(f) => `finding-row finding-light-${f.light.toLowerCase()}`}
      onChange={(p, _filters, sorter) => onChange?.(toListChange(p, sorter))}
    />
  );
}
