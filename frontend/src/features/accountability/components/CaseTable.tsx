import { Space, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountabilityCase } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import type { ListChange } from '../../../lib/list/useListState';
import { LightTag } from '../../tasks/components/TaskTags';
import { CaseStatusTag, SevereTag } from './CaseTags';

export function CaseTable({
  cases,
  loading,
  pagination,
  onChange,
}: {
  cases: readonly AccountabilityCase[];
  loading?: boolean;
  pagination?: TableProps<AccountabilityCase>['pagination'];
  onChange?: (change: ListChange) => void;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const columns: NonNullable<TableProps<AccountabilityCase>['columns']> = [
    {
      title: t('case.light'),
      key: 'light',
      width: 64,
      align: 'center',
      render: (_, c) => <LightTag light={c.light} compact />,
    },
    {
      title: t('case.caseNumber'),
      key: 'caseNumber',
      width: 220,
      render: (_, c) => (
        <Space size={4} wrap>
          <Link to={`/accountability/${c.id}`} className="case-number-link">
            {c.caseNumber}
          </Link>
          {c.severe && <SevereTag reasons={c.severeReasons} />}
        </Space>
      ),
    },
    {
      title: t('case.subject'),
      key: 'subject',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <span>
            {c.subjectOrgName ?? '—'}
            {c.subjectPerson &&
              `（${c.subjectPerson.name}${c.subjectPerson.position ? `，${c.subjectPerson.position}` : ''}）`}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {enumLabel(t, 'subjectType', c.subjectType)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('case.source'),
      key: 'source',
      width: 130,
      render: (_, c) => enumLabel(t, 'caseSource', c.source),
    },
    {
      title: t('case.handlingOrg'),
      key: 'handlingOrg',
      dataIndex: 'handlingOrgName',
      width: 110,
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 120,
      render: (_, c) => <CaseStatusTag status={c.status} />,
    },
    {
      title: t('case.openedOn'),
      key: 'openedOn',
      width: 140,
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{date(c.openedOn)}</span>,
    },
    {
      title: t('case.decidedOn'),
      key: 'decidedOn',
      width: 140,
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{date(c.decidedOn)}</span>,
    },
  ];
  return (
    <Table<AccountabilityCase>
      rowKey="id"
      columns={columns}
      dataSource={[...cases]}
      loading={loading}
      pagination={pagination ?? false}
      onChange={(p, _filters, sorter) => onChange?.(toListChange(p, sorter))}
      scroll={{ x: 1000 }}
      rowClassName={(c) => (c.light === 'RED' ? 'task-row-red' : '')}
    />
  );
}
