import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  type TableProps,
} from 'antd';
import {
  EditOutlined,
  KeyOutlined,
  PlusOutlined,
  SearchOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Role, User, UserQuery } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { ALL_ROLES, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useUsers } from '../api/users';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

type Filters = { q?: string; role?: Role; organizationId?: number };

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<UserQuery>({ page: 0, size: PAGE_SIZE, sort: 'username,asc' });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers(query);

  const applyFilters = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      q: f.q?.trim() || undefined,
      role: f.role,
      organizationId: f.organizationId,
    }));

  const columns: TableProps<User>['columns'] = [
    { title: t('user.username'), dataIndex: 'username', key: 'username', sorter: true },
    { title: t('user.displayName'), dataIndex: 'displayName', key: 'displayName', sorter: true },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: Role[] | undefined, u) => (
        <Space wrap size={[4, 4]}>
          {(roles ?? []).map((r) => (
            <Tag key={r} color={r === 'ADMIN' ? 'red' : 'geekblue'}>
              {enumLabel(t, 'role', r)}
            </Tag>
          ))}
          {(u.roleMisfits?.length ?? 0) > 0 && (
            <Tooltip
              title={t('user.misfitHint', {
                roles: (u.roleMisfits ?? []).map((r) => enumLabel(t, 'role', r)).join('、'),
              })}
            >
              <Tag color="error" icon={<WarningOutlined />} data-testid="role-misfit">
                {t('user.misfit')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('user.organization'), dataIndex: 'organizationName', key: 'organizationName' },
    {
      title: t('user.active'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean | undefined) =>
        active ? <Tag color="success">{t('user.enabled')}</Tag> : <Tag>{t('user.disabled')}</Tag>,
    },
    {
      title: t('user.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      render: (v: string | undefined) => dateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(u)}>
            {t('common.edit')}
          </Button>
          <Button type="link" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
            {t('user.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  const onTableChange: TableProps<User>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof s?.columnKey === 'string' && s.order ? s.columnKey : undefined;
    setQuery((q) => ({
      ...q,
      page: (pagination.current ?? 1) - 1,
      size: pagination.pageSize ?? PAGE_SIZE,
      sort: field ? `${field},${s?.order === 'descend' ? 'desc' : 'asc'}` : 'username,asc',
    }));
  };

  return (
    <>
      <PageHeader
        title={t('user.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('user.createTitle')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={applyFilters} style={{ rowGap: 12 }}>
          <Form.Item name="q" label={t('user.keyword')}>
            <Input allowClear placeholder={t('user.keywordPlaceholder')} />
          </Form.Item>
          <Form.Item name="role" label={t('user.roles')}>
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('user.allRoles')}
              options={ALL_ROLES.map((r) => ({ value: r, label: enumLabel(t, 'role', r) }))}
            />
          </Form.Item>
          <Form.Item name="organizationId" label={t('user.organization')}>
            <OrgTreeSelect placeholder={t('user.allOrgs')} style={{ width: 240 }} />
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
        {users.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, users.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<User>
          rowKey={(u) => u.id ?? u.username ?? ''}
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          onChange={onTableChange}
          scroll={{ x: 960 }}
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      {editing && (
        <UserFormModal
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
