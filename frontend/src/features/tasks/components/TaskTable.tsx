import { Progress, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { sortOrderOf, toListChange } from '../../../lib/list/listState';
import { LightTag, PriorityTag, TaskStatusTag } from './TaskTags';

type Column =
  | 'light'
  | 'title'
  | 'category'
  | 'assignee'
  | 'issuer'
  | 'priority'
  | 'status'
  | 'progress'
  | 'dueDate'
  | 'updatedAt';

const SORTABLE: readonly string[] = ['dueDate', 'updatedAt', 'priority'];

/** Tasks as a table; sortable columns report `field,asc|desc` through onChange. */
export function TaskTable({
  tasks,
  loading,
  hide = [],
  sort,
  pagination,
  onChange,
  size,
}: {
  tasks: readonly Task[];
  loading?: boolean;
  hide?: readonly Column[];
  sort?: string;
  pagination?: TableProps<Task>['pagination'];
  onChange?: (change: { page: number; size: number; sort?: string }) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const order = (key: string) => sortOrderOf(sort, key);

  const all: NonNullable<TableProps<Task>['columns']> = [
    {
      title: t('task.light'),
      key: 'light',
      dataIndex: 'light',
      width: 64,
      align: 'center',
      render: (_, task) => <LightTag light={task.light} compact />,
    },
    {
      title: t('task.name'),
      key: 'title',
      dataIndex: 'title',
      render: (_, task) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/tasks/${task.id}`} className="task-title-link">
            {task.title}
          </Link>
          {!hide.includes('category') && (
            <Tag variant="filled" style={{ fontSize: 12 }}>
              {enumLabel(t, 'category', task.category)}
            </Tag>
          )}
          {task.returnReason && task.status === 'IN_PROGRESS' && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('task.returnReason')}：{task.returnReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('task.assignee'),
      key: 'assignee',
      dataIndex: 'assigneeOrgName',
      width: 130,
      render: (_, task) => (
        <Space orientation="vertical" size={0}>
          <span>{task.assigneeOrgName}</span>
          {!hide.includes('issuer') && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('task.issuedBy', { name: task.issuerOrgName })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('task.priority'),
      key: 'priority',
      dataIndex: 'priority',
      width: 84,
      align: 'center',
      sorter: !!onChange,
      sortOrder: order('priority'),
      render: (_, task) => <PriorityTag priority={task.priority} />,
    },
    {
      title: t('task.status'),
      key: 'status',
      dataIndex: 'status',
      width: 100,
      render: (_, task) => <TaskStatusTag status={task.status} />,
    },
    {
      title: t('task.progress'),
      key: 'progress',
      dataIndex: 'progressPercent',
      width: 130,
      render: (_, task) => (
        <Progress
          percent={task.progressPercent}
          size="small"
          status={task.status === 'COMPLETED' ? 'success' : 'normal'}
        />
      ),
    },
    {
      title: t('task.dueDate'),
      key: 'dueDate',
      dataIndex: 'dueDate',
      width: 140,
      sorter: !!onChange,
      sortOrder: order('dueDate'),
      render: (_, task) => (
        <Typography.Text
          type={task.light === 'RED' ? 'danger' : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {date(task.dueDate)}
        </Typography.Text>
      ),
    },
    {
      title: t('task.updatedAt'),
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      width: 140,
      sorter: !!onChange,
      sortOrder: order('updatedAt'),
      render: (_, task) => (
        <Tooltip title={dateTime(task.updatedAt)}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {date(task.updatedAt)}
          </Typography.Text>
        </Tooltip>
      ),
    },
  ];
  // category and issuer are shown inside the title and assignee cells
  const columns = all.filter((c) => !hide.includes(c.key as Column));

  const handleChange: TableProps<Task>['onChange'] = (p, _filters, sorter) =>
    onChange?.(toListChange(p, sorter, SORTABLE));

  return (
    <Table<Task>
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={[...tasks]}
      loading={loading}
      onChange={onChange ? handleChange : undefined}
      pagination={pagination ?? false}
      scroll={{ x: 1000 }}
      rowClassName={(task) => (task.light === 'RED' ? 'task-row-red' : '')}
    />
  );
}
